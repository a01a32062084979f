#pragma once

#include <QList>
#include <QMutex>

namespace sitesafe {

/// Shared between a windowed list model (UI thread) and its jobs (worker thread): which windows are still worth
/// reading (the hazard list and WindowedRowModel's lists). A job whose window scrolled out of the recent requests
/// is skipped instead of delaying the visible ones.
struct WindowedFetchState {
    static constexpr int kWantedLimit = 12;

    QMutex mutex;
    quint64 latestOpen = 0;
    quint64 shownGeneration = 0;
    QList<int> wanted; ///< most recent last

    void want(int page)
    {
        QMutexLocker lock(&mutex);
        wanted.removeOne(page);
        wanted.append(page);
        while (wanted.size() > kWantedLimit)
            wanted.removeFirst();
    }
    bool isWanted(quint64 generation, int page)
    {
        QMutexLocker lock(&mutex);
        return generation == shownGeneration && wanted.contains(page);
    }
    bool isLatestOpen(quint64 generation)
    {
        QMutexLocker lock(&mutex);
        return generation == latestOpen;
    }
};

} // namespace sitesafe
