#include "evidenceworker.h"

#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

#include "core/backgroundpriority.h"
#include "storage/datastore.h"

namespace sitesafe {

EvidenceWorker::EvidenceWorker(DataStore &store, QString ownerEntity, QString ownerId, PhotoContext context,
                               QObject *parent)
    : QObject(parent), m_store(store), m_importer(store, std::move(ownerEntity), std::move(ownerId), std::move(context))
{
    m_pool.setMaxThreadCount(1); // jobs of one record run in order: a listing after an import sees its rows
}

EvidenceWorker::~EvidenceWorker()
{
    cancel();
    m_pool.waitForDone();
}

void EvidenceWorker::run(std::function<void()> job)
{
    ++m_pending;
    // Signals emitted on the pool's thread reach receivers on theirs (queued); each job closes its connection,
    // since the pool may end the thread and a new one may reuse its address.
    (void)QtConcurrent::run(&m_pool, [this, job = std::move(job)] {
        BackgroundPriority::lowerCurrentThread(); // the pool's threads do only this: photos, thumbnails, checks
        job();
        m_store.database().releaseConnection();
        --m_pending;
    });
}

void EvidenceWorker::load()
{
    run([this] {
        auto photos = m_importer.photos();
        if (photos)
            Q_EMIT photosLoaded(photos.value());
        else
            Q_EMIT loadFailed(photos.error().message);
    });
}

void EvidenceWorker::importFiles(const QStringList &paths, std::optional<TimeTrust> trust)
{
    m_isCancelled = false;
    PhotoImporter importer = m_importer;
    if (trust)
        importer.setTimeTrust(*trust);
    run([this, paths, importer] {
        int imported = 0;
        int failed = 0;
        int done = 0;
        for (const QString &path : paths) {
            if (m_isCancelled)
                break;
            auto photo = importer.importFile(path);
            ++done;
            if (photo) {
                ++imported;
                Q_EMIT photoImported(photo.value());
            } else {
                ++failed;
                Q_EMIT importFailed(QFileInfo(path).fileName(), photo.error().message);
            }
            Q_EMIT importProgress(done, int(paths.size()), QFileInfo(path).fileName());
        }
        Q_EMIT importFinished(imported, failed, done < paths.size());
    });
}

void EvidenceWorker::cancel()
{
    m_isCancelled = true;
}

bool EvidenceWorker::isBusy() const
{
    return m_pending > 0;
}

void EvidenceWorker::waitForIdle()
{
    m_pool.waitForDone();
}

} // namespace sitesafe
