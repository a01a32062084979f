#include "reinspectiondialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QImageReader>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
const QSize kPictureSize(320, 240);
}

ReinspectionDialog::ReinspectionDialog(const HazardDetail &detail, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Re-inspection (复查)"));
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(u"<b>%1</b>"_s.arg(detail.description.toHtmlEscaped()), this);
    heading->setWordWrap(true);
    layout->addWidget(heading);

    auto *pictures = new QGridLayout;
    pictures->addWidget(new QLabel(tr("Original (when found)"), this), 0, 0);
    m_newCaption = new QLabel(tr("New (now)"), this);
    pictures->addWidget(m_newCaption, 0, 1);
    m_original = new QLabel(this);
    m_original->setObjectName(u"originalPhoto"_s);
    m_new = new QLabel(this);
    m_new->setObjectName(u"newPhoto"_s);
    for (QLabel *label : {m_original, m_new}) {
        label->setFixedSize(kPictureSize);
        label->setAlignment(Qt::AlignCenter);
        label->setStyleSheet(u"background:#f2f2f2;color:#777;border:1px solid #ccc"_s);
    }
    if (detail.photos.isEmpty()) {
        m_original->setText(tr("No photo was taken when the hazard was found."));
    } else {
        const HazardPhoto &first = detail.photos.constFirst();
        const QPixmap shown = picture(first.localPath, first.thumbnail, kPictureSize);
        if (shown.isNull())
            m_original->setText(tr("The original photo is only on the server: download it from the hazard's photos."));
        else
            m_original->setPixmap(shown);
    }
    m_new->setText(tr("Add the photo taken now."));
    m_original->setWordWrap(true);
    m_new->setWordWrap(true);
    pictures->addWidget(m_original, 1, 0);
    pictures->addWidget(m_new, 1, 1);
    layout->addLayout(pictures);

    auto *add = new QPushButton(tr("Add photos…"), this);
    connect(add, &QPushButton::clicked, this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(this, tr("Photos of the re-inspection"), QString(),
                                                                tr("Images (*.jpg *.jpeg *.png *.heic)"));
        if (!files.isEmpty())
            setPhotoFiles(m_files + files);
    });
    layout->addWidget(add, 0, Qt::AlignLeft);

    m_pass = new QRadioButton(tr("Rectified: re-inspection passed"), this);
    m_fail = new QRadioButton(tr("Not rectified: re-inspection failed, back to rectification"), this);
    m_pass->setChecked(true);
    layout->addWidget(m_pass);
    layout->addWidget(m_fail);
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(u"noteEdit"_s);
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("What was checked; when it failed, what is still wrong"));
    m_note->setMaximumHeight(80);
    layout->addWidget(m_note);
    m_missing = new QLabel(this);
    m_missing->setStyleSheet(u"color:#b26a00"_s);
    layout->addWidget(m_missing);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_note, &QPlainTextEdit::textChanged, this, &ReinspectionDialog::updateOk);
    connect(m_fail, &QRadioButton::toggled, this, &ReinspectionDialog::updateOk);
    updateOk();
}

QPixmap ReinspectionDialog::picture(const QString &filePath, const QImage &fallback, const QSize &size)
{
    QImage image;
    if (!filePath.isEmpty()) {
        QImageReader reader(filePath);
        reader.setAutoTransform(true);
        if (const QSize original = reader.size(); original.isValid())
            reader.setScaledSize(original.scaled(size, Qt::KeepAspectRatio));
        image = reader.read();
    }
    if (image.isNull())
        image = fallback;
    return image.isNull() ? QPixmap() : QPixmap::fromImage(image.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation));
}

bool ReinspectionDialog::isPassed() const
{
    return m_pass->isChecked();
}

QString ReinspectionDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

void ReinspectionDialog::setPassed(bool isPassed)
{
    (isPassed ? m_pass : m_fail)->setChecked(true);
}

void ReinspectionDialog::setPhotoFiles(const QStringList &files)
{
    m_files = files;
    if (m_files.isEmpty())
        return;
    const QPixmap shown = picture(m_files.constFirst(), {}, kPictureSize);
    if (shown.isNull())
        m_new->setText(tr("%1 is not a picture this computer can show.").arg(QFileInfo(m_files.constFirst()).fileName()));
    else
        m_new->setPixmap(shown);
    m_newCaption->setText(tr("New (now), %n photo(s)", nullptr, int(m_files.size())));
}

void ReinspectionDialog::updateOk()
{
    const bool isMissing = m_fail->isChecked() && note().isEmpty();
    m_missing->setText(isMissing ? tr("Say what is still wrong, so the responsible party knows what to rectify.")
                                 : QString());
    m_ok->setEnabled(!isMissing);
}

} // namespace sitesafe
