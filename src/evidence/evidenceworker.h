#pragma once

#include <atomic>
#include <functional>
#include <optional>

#include <QFuture>
#include <QObject>
#include <QStringList>
#include <QThreadPool>

#include "evidencephoto.h"
#include "photoimporter.h"

namespace sitesafe {

/// Runs one record's photo work off the UI thread (DESIGN.md §5): listing its photos and importing files, one job
/// after another on a thread of its own. Results come back as signals on this object's thread. An import reports
/// each file as it is done and can be cancelled between files (the file being worked on is finished, so nothing is
/// left half-written). The destructor cancels and waits; `store` must outlive the worker.
class EvidenceWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidenceWorker)

public:
    EvidenceWorker(DataStore &store, QString ownerEntity, QString ownerId, PhotoContext context,
                   QObject *parent = nullptr);
    ~EvidenceWorker() override;

    /// Lists the record's photos; photosLoaded() answers.
    void load();
    /// Imports `paths` in order; importProgress() after each file, importFinished() at the end. `trust`, when
    /// given, replaces the context's (the clock's trust is read again at every import).
    void importFiles(const QStringList &paths, std::optional<TimeTrust> trust = std::nullopt);
    /// Stops an import after the file being worked on.
    void cancel();
    bool isBusy() const;
    /// Blocks until every job queued so far has run (tests and shutdown; never the UI thread in use).
    void waitForIdle();

    const PhotoImporter &importer() const { return m_importer; }

Q_SIGNALS:
    void photosLoaded(const QList<sitesafe::EvidencePhoto> &photos);
    void loadFailed(const QString &message);
    /// `done` of `total` files handled; `fileName` the one just handled.
    void importProgress(int done, int total, const QString &fileName);
    void photoImported(const sitesafe::EvidencePhoto &photo);
    /// A file was not taken; `message` says why and what to do.
    void importFailed(const QString &fileName, const QString &message);
    void importFinished(int importedCount, int failedCount, bool wasCancelled);

private:
    void run(std::function<void()> job);

    DataStore &m_store;
    PhotoImporter m_importer;
    QThreadPool m_pool;
    std::atomic<bool> m_isCancelled{false};
    std::atomic<int> m_pending{0};
};

} // namespace sitesafe
