#include "photoviewerdialog.h"

#include <functional>

#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QHBoxLayout>
#include <QImageReader>
#include <QKeyEvent>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>

#include "evidence/evidenceflags.h"
#include "evidence/photorenditions.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
constexpr double kZoomStep = 1.25;
constexpr double kMinZoom = 0.02;
constexpr double kMaxZoom = 16.0;
constexpr int kChinaOffsetSeconds = 8 * 3600;

/// The picture area: the wheel zooms instead of scrolling; keys go to the dialog.
class PhotoView final : public QGraphicsView
{
public:
    PhotoView(QGraphicsScene *scene, std::function<void(bool zoomIn)> onWheel, QWidget *parent)
        : QGraphicsView(scene, parent), m_onWheel(std::move(onWheel))
    {
        setFocusPolicy(Qt::NoFocus);
        setDragMode(QGraphicsView::ScrollHandDrag);
        setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
        setRenderHint(QPainter::SmoothPixmapTransform);
        setBackgroundBrush(QColor(0x20, 0x21, 0x24));
        setAlignment(Qt::AlignCenter);
    }

protected:
    void wheelEvent(QWheelEvent *event) override
    {
        if (event->angleDelta().y() == 0)
            return QGraphicsView::wheelEvent(event);
        m_onWheel(event->angleDelta().y() > 0);
        event->accept();
    }

private:
    std::function<void(bool)> m_onWheel;
};

QString chinaTime(const QDateTime &time)
{
    return time.toOffsetFromUtc(kChinaOffsetSeconds).toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

QToolButton *toolButton(const QString &text, const QString &toolTip, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setFocusPolicy(Qt::NoFocus);
    return button;
}
} // namespace

PhotoViewerDialog::PhotoViewerDialog(QList<EvidencePhoto> photos, int index, QWidget *parent)
    : QDialog(parent), m_photos(std::move(photos)), m_scene(new QGraphicsScene(this))
{
    setWindowTitle(tr("Photo"));
    m_item = m_scene->addPixmap({});
    m_item->setTransformationMode(Qt::SmoothTransformation);
    m_view = new PhotoView(m_scene, [this](bool in) { in ? zoomIn() : zoomOut(); }, this);

    m_previousButton = toolButton(tr("◀ Previous"), tr("Previous photo (Left arrow)"), this);
    m_nextButton = toolButton(tr("Next ▶"), tr("Next photo (Right arrow)"), this);
    auto *zoomOutButton = toolButton(tr("−"), tr("Zoom out (-)"), this);
    auto *zoomInButton = toolButton(tr("+"), tr("Zoom in (+)"), this);
    auto *fitButton = toolButton(tr("Fit"), tr("Fit the photo in the window (0)"), this);
    auto *actualButton = toolButton(tr("100%"), tr("One photo pixel per screen pixel (1)"), this);
    m_originalButton = toolButton(tr("Original"), tr("Show the untouched original instead of the watermarked copy"),
                                  this);
    m_originalButton->setCheckable(true);
    connect(m_previousButton, &QToolButton::clicked, this, &PhotoViewerDialog::previous);
    connect(m_nextButton, &QToolButton::clicked, this, &PhotoViewerDialog::next);
    connect(zoomOutButton, &QToolButton::clicked, this, &PhotoViewerDialog::zoomOut);
    connect(zoomInButton, &QToolButton::clicked, this, &PhotoViewerDialog::zoomIn);
    connect(fitButton, &QToolButton::clicked, this, &PhotoViewerDialog::fitToWindow);
    connect(actualButton, &QToolButton::clicked, this, &PhotoViewerDialog::actualSize);
    connect(m_originalButton, &QToolButton::toggled, this, &PhotoViewerDialog::setShowingOriginal);

    m_position = new QLabel(this);
    auto *bar = new QHBoxLayout;
    for (QWidget *w : {static_cast<QWidget *>(m_previousButton), static_cast<QWidget *>(m_nextButton),
                       static_cast<QWidget *>(m_position)})
        bar->addWidget(w);
    bar->addStretch();
    for (QToolButton *b : {zoomOutButton, zoomInButton, fitButton, actualButton, m_originalButton})
        bar->addWidget(b);

    m_description = new QLabel(this);
    m_description->setWordWrap(true);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_description->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_description->setFixedWidth(320);

    auto *body = new QHBoxLayout;
    body->addWidget(m_view, 1);
    body->addWidget(m_description);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(body, 1);

    resize(1100, 720);
    showPhoto(index);
}

PhotoViewerDialog::~PhotoViewerDialog() = default;

double PhotoViewerDialog::zoom() const
{
    return m_view->transform().m11();
}

void PhotoViewerDialog::showPhoto(int index)
{
    if (m_photos.isEmpty())
        return;
    m_index = qBound(0, index, int(m_photos.size()) - 1);
    const EvidencePhoto &photo = m_photos.at(m_index);
    const QString path = m_isShowingOriginal || photo.watermarkPath.isEmpty() ? photo.originalPath
                                                                                : photo.watermarkPath;
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QImage image = reader.read();
    m_item->setPixmap(QPixmap::fromImage(image));
    m_scene->setSceneRect(m_item->boundingRect());
    setWindowTitle(tr("Photo %1 of %2 — %3").arg(m_index + 1).arg(m_photos.size()).arg(photo.record.caption));
    m_position->setText(tr("%1 of %2").arg(m_index + 1).arg(m_photos.size()));
    if (m_isFit)
        fitToWindow();
    updateDescription();
    updateButtons();
}

void PhotoViewerDialog::next()
{
    if (m_index + 1 < m_photos.size())
        showPhoto(m_index + 1);
}

void PhotoViewerDialog::previous()
{
    if (m_index > 0)
        showPhoto(m_index - 1);
}

void PhotoViewerDialog::setZoom(double zoom)
{
    m_view->setTransform(QTransform::fromScale(qBound(kMinZoom, zoom, kMaxZoom), qBound(kMinZoom, zoom, kMaxZoom)));
}

void PhotoViewerDialog::zoomIn()
{
    m_isFit = false;
    setZoom(zoom() * kZoomStep);
}

void PhotoViewerDialog::zoomOut()
{
    m_isFit = false;
    setZoom(zoom() / kZoomStep);
}

void PhotoViewerDialog::fitToWindow()
{
    m_isFit = true;
    if (m_item->pixmap().isNull())
        return;
    m_view->resetTransform();
    m_view->fitInView(m_item, Qt::KeepAspectRatio);
}

void PhotoViewerDialog::actualSize()
{
    m_isFit = false;
    setZoom(1.0);
}

void PhotoViewerDialog::setShowingOriginal(bool isOriginal)
{
    m_isShowingOriginal = isOriginal;
    if (m_originalButton->isChecked() != isOriginal)
        m_originalButton->setChecked(isOriginal);
    showPhoto(m_index);
}

QString PhotoViewerDialog::description() const
{
    return m_descriptionText;
}

void PhotoViewerDialog::updateDescription()
{
    const PhotoRecord &r = m_photos.at(m_index).record;
    QStringList lines;
    lines << r.caption << QString();
    lines << (r.capturedAt.isValid() ? tr("Taken: %1 (China time)").arg(chinaTime(r.capturedAt))
                                     : tr("Taken: unknown (the photo has no EXIF time)"));
    if (m_photos.at(m_index).attachedAt.isValid())
        lines << tr("Added: %1 (China time)").arg(chinaTime(m_photos.at(m_index).attachedAt));
    lines << (r.latitude && r.longitude ? tr("Position: %1").arg(PhotoRenditions::coordinates(*r.latitude, *r.longitude))
                                        : tr("Position: unknown (no GPS in the photo)"));
    lines << QString();
    if (r.evidenceFlags.isEmpty())
        lines << tr("No doubts about this photo's time or place.");
    for (const QString &flag : r.evidenceFlags)
        lines << u"⚠ "_s + EvidenceFlags::words(flag);
    lines << QString() << tr("SHA-256:") << r.sha256;
    if (m_isShowingOriginal || m_photos.at(m_index).watermarkPath.isEmpty())
        lines << QString() << tr("Showing the untouched original.");
    m_descriptionText = lines.join(u'\n');
    // The hash on two lines of 32: one line of 64 is wider than the panel and a label does not break inside a word.
    QString shown = m_descriptionText;
    shown.replace(r.sha256, r.sha256.left(32) + u'\n' + r.sha256.mid(32));
    m_description->setText(shown);
}

void PhotoViewerDialog::updateButtons()
{
    m_previousButton->setEnabled(m_index > 0);
    m_nextButton->setEnabled(m_index + 1 < m_photos.size());
}

void PhotoViewerDialog::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_PageUp:
        previous();
        return;
    case Qt::Key_Right:
    case Qt::Key_PageDown:
        next();
        return;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    case Qt::Key_0:
        fitToWindow();
        return;
    case Qt::Key_1:
        actualSize();
        return;
    default:
        QDialog::keyPressEvent(event);
    }
}

void PhotoViewerDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    if (m_isFit)
        fitToWindow();
}

void PhotoViewerDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (m_isFit)
        fitToWindow();
}

} // namespace sitesafe
