#include "evidencestrip.h"

#include <algorithm>

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

#include "dialogs/photoviewerdialog.h"
#include "evidence/evidenceworker.h"
#include "photostrip.h"
#include "session/datafoldersession.h"
#include "storage/datastore.h"
#include "sync/synccontroller.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
constexpr int kChinaOffsetSeconds = 8 * 3600;

QStringList localFiles(const QMimeData *mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            files.append(url.toLocalFile());
    }
    return files;
}
} // namespace

EvidenceStrip::EvidenceStrip(DataFolderSession &session, QString ownerEntity, QString ownerId, PhotoContext context,
                             QWidget *parent)
    : QWidget(parent),
      m_session(session),
      m_worker(new EvidenceWorker(session.store(), std::move(ownerEntity), std::move(ownerId), std::move(context),
                                  this))
{
    setAcceptDrops(true);
    m_strip = new PhotoStrip(this);
    m_strip->setOpensExternally(false);
    m_strip->setViewMode(QListView::IconMode);
    m_strip->setIconSize(QSize(96, 96));
    m_strip->setFlow(QListView::LeftToRight);
    m_strip->setWrapping(true);
    m_strip->setResizeMode(QListView::Adjust);
    m_strip->setWordWrap(true);
    m_strip->setAcceptDrops(false); // drops go to the strip as a whole
    m_strip->setMinimumHeight(130);
    m_strip->setToolTip(tr("Drop photo files here, or use “Add photos…”."));

    m_addButton = new QPushButton(tr("Add photos…"), this);
    m_cancelButton = new QPushButton(tr("Stop"), this);
    m_cancelButton->setVisible(false);
    m_progress = new QProgressBar(this);
    m_progress->setVisible(false);
    m_progress->setTextVisible(true);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setVisible(false);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_addButton);
    bar->addWidget(m_progress, 1);
    bar->addWidget(m_cancelButton);
    bar->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_strip, 1);
    layout->addLayout(bar);
    layout->addWidget(m_message);

    connect(m_addButton, &QPushButton::clicked, this, &EvidenceStrip::choosePhotos);
    connect(m_cancelButton, &QPushButton::clicked, this, &EvidenceStrip::cancelImport);
    connect(m_strip, &PhotoStrip::photoOpened, this, &EvidenceStrip::openViewer);
    connect(m_worker, &EvidenceWorker::photosLoaded, this, &EvidenceStrip::showPhotos);
    connect(m_worker, &EvidenceWorker::loadFailed, this, [this](const QString &message) {
        m_message->setText(message);
        m_message->setVisible(true);
    });
    connect(m_worker, &EvidenceWorker::photoImported, this, [this](const EvidencePhoto &photo) {
        if (photo.wasAlreadyAttached)
            return;
        QList<EvidencePhoto> photos = m_photos;
        photos.append(photo);
        showPhotos(photos);
    });
    connect(m_worker, &EvidenceWorker::importFailed, this, [this](const QString &, const QString &sentence) {
        m_failures.append(sentence);
        m_message->setText(message());
        m_message->setVisible(true);
    });
    connect(m_worker, &EvidenceWorker::importProgress, this, [this](int done, int total, const QString &fileName) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        m_progress->setFormat(tr("%1 of %2: %3").arg(done).arg(total).arg(fileName));
    });
    connect(m_worker, &EvidenceWorker::importFinished, this, [this](int imported, int failed, bool wasCancelled) {
        m_isImporting = false;
        m_progress->setVisible(false);
        m_cancelButton->setVisible(false);
        m_addButton->setEnabled(true);
        if (wasCancelled) {
            m_failures.append(tr("Adding photos was stopped; %n photo(s) were added before that.", nullptr, imported));
            m_message->setText(message());
            m_message->setVisible(true);
        }
        Q_EMIT importFinished(imported, failed);
    });
    if (SyncController *sync = session.syncController()) {
        connect(m_strip, &PhotoStrip::photosWanted, sync, &SyncController::fetchPhotos);
        connect(sync, &SyncController::photoFetched, this, &EvidenceStrip::onPhotoFetched);
    }
    reload();
}

EvidenceStrip::~EvidenceStrip() = default;

QString EvidenceStrip::message() const
{
    return m_failures.join(u'\n');
}

void EvidenceStrip::reload()
{
    m_worker->load();
}

void EvidenceStrip::showPhotos(const QList<EvidencePhoto> &photos)
{
    m_photos = photos;
    QList<HazardPhoto> shown;
    for (const EvidencePhoto &p : photos) {
        HazardPhoto h;
        h.sha256 = p.record.sha256;
        h.caption = p.record.capturedAt.isValid()
                        ? p.record.capturedAt.toOffsetFromUtc(kChinaOffsetSeconds).toString(u"MM-dd HH:mm"_s)
                        : p.record.caption;
        if (!p.record.evidenceFlags.isEmpty())
            h.caption.prepend(u"⚠ "_s);
        h.capturedAt = p.record.capturedAt.isValid() ? p.record.capturedAt.toString(Qt::ISODate) : QString();
        h.thumbnail = p.thumbnail;
        h.isLocal = !p.originalPath.isEmpty();
        h.localPath = p.originalPath;
        shown.append(h);
    }
    m_strip->setPhotos(shown);
    Q_EMIT photosChanged(int(m_photos.size()));
}

void EvidenceStrip::addFiles(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    m_failures.clear();
    m_message->setVisible(false);
    m_isImporting = true;
    m_addButton->setEnabled(false);
    m_cancelButton->setVisible(true);
    m_progress->setRange(0, int(paths.size()));
    m_progress->setValue(0);
    m_progress->setFormat(tr("Adding %n photo(s)…", nullptr, int(paths.size())));
    m_progress->setVisible(true);
    m_worker->importFiles(paths, m_session.timeTrust());
}

void EvidenceStrip::choosePhotos()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Add photos"), folder,
        tr("Photos (*.jpg *.jpeg *.png *.heic *.heif *.JPG *.JPEG *.PNG *.HEIC *.HEIF);;All files (*)"));
    addFiles(paths);
}

void EvidenceStrip::openViewer(int index)
{
    if (index < 0 || index >= m_photos.size())
        return;
    auto *viewer = new PhotoViewerDialog(m_photos, index, this);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->open();
}

void EvidenceStrip::cancelImport()
{
    m_worker->cancel();
}

void EvidenceStrip::dragEnterEvent(QDragEnterEvent *event)
{
    if (!m_isImporting && !localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void EvidenceStrip::dropEvent(QDropEvent *event)
{
    const QStringList files = localFiles(event->mimeData());
    if (files.isEmpty() || m_isImporting)
        return;
    event->acceptProposedAction();
    addFiles(files);
}

void EvidenceStrip::onPhotoFetched(const QString &sha256, bool isAvailable, const QString &message)
{
    const bool isOurs = std::any_of(m_photos.cbegin(), m_photos.cend(),
                                    [&](const EvidencePhoto &p) { return p.record.sha256 == sha256; });
    if (!isOurs)
        return;
    if (isAvailable)
        reload(); // the renditions are made from the downloaded original on the worker
    else
        m_strip->onPhotoFetched(sha256, false, message);
}

} // namespace sitesafe
