// SqlWorker on its shared threads (SqlWorkerPool): the workers of one file share a few threads and connections,
// each worker's jobs still run in the order posted, a deleted worker's queued jobs never run, and the connections
// are closed once the file's last worker is gone.
#include "models/sqlworker.h"

#include <atomic>
#include <memory>
#include <vector>

#include <QFileInfo>
#include <QSemaphore>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>

#include <catch2/catch.hpp>

#include "core/backgroundpriority.h"
#include "democopy.h"
#include "demofixture.h"
#include "models/sqlworkerpool.h"
#include "modeltesthelpers.h"

using namespace Qt::StringLiterals;
using namespace sitesafe;
using namespace sitesafe::test;

namespace {

int workerConnections()
{
    int n = 0;
    for (const QString &name : QSqlDatabase::connectionNames())
        n += name.startsWith(u"sitesafe-sqlworker-"_s) ? 1 : 0;
    return n;
}

qint64 countIn(ReadConnection db, const QString &sql)
{
    QSqlQuery q(db.database());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

TEST_CASE("The SqlWorkers of one file share a few threads, keep each worker's order and skip a deleted worker's jobs",
          "[models][sqlworker]")
{
    const int before = workerConnections();
    {
        // Twelve workers (about what the main window makes) run on at most kThreads threads, none the caller's.
        std::vector<std::unique_ptr<SqlWorker>> workers;
        QSet<QThread *> threads;
        for (int i = 0; i < 12; ++i) {
            workers.push_back(std::make_unique<SqlWorker>(DemoFixture::databasePath()));
            threads.insert(workers.back()->runBlocking<QThread *>([](ReadConnection) { return QThread::currentThread(); }));
        }
        CHECK(threads.size() == SqlWorkerPool::kThreads);
        CHECK_FALSE(threads.contains(QThread::currentThread()));
        // Each thread opened one read-only connection, however many workers use it.
        CHECK(workerConnections() - before == SqlWorkerPool::kThreads);

        // Every worker's jobs arrive in the order posted, interleaved with the others' on the shared threads.
        QObject receiver;
        std::vector<QList<int>> arrived(workers.size());
        for (int job = 0; job < 30; ++job) {
            for (size_t w = 0; w < workers.size(); ++w) {
                workers[w]->post<int>(
                    &receiver, [job](ReadConnection db) { return countIn(db, u"SELECT count(*) FROM projects"_s) > 0 ? job : -1; },
                    [&arrived, w](int value) { arrived[w].append(value); });
            }
        }
        REQUIRE(waitFor([&] {
            for (const QList<int> &list : arrived)
                if (list.size() < 30)
                    return false;
            return true;
        }));
        QList<int> expected;
        for (int job = 0; job < 30; ++job)
            expected.append(job);
        for (const QList<int> &list : arrived)
            CHECK(list == expected);

        // A worker deleted with jobs still queued: they never start and never reach the receiver. The jobs wait
        // behind another worker's job that holds their shared thread: `blocker` takes the least used thread, three
        // more workers even the others out, so `doomed` gets the blocker's thread (the least used, first).
        auto blocker = std::make_unique<SqlWorker>(DemoFixture::databasePath());
        std::vector<std::unique_ptr<SqlWorker>> fillers;
        for (int i = 0; i < SqlWorkerPool::kThreads - 1; ++i)
            fillers.push_back(std::make_unique<SqlWorker>(DemoFixture::databasePath()));
        auto doomed = std::make_unique<SqlWorker>(DemoFixture::databasePath());
        const auto threadOf = [](ReadConnection) { return QThread::currentThread(); };
        REQUIRE(doomed->runBlocking<QThread *>(threadOf) == blocker->runBlocking<QThread *>(threadOf));
        QSemaphore hold;
        std::atomic<bool> isHolding{false};
        bool isBlockerDone = false;
        blocker->post<int>(
            &receiver,
            [&hold, &isHolding](ReadConnection) {
                isHolding = true;
                hold.acquire();
                return 0;
            },
            [&isBlockerDone](int) { isBlockerDone = true; });
        REQUIRE(waitFor([&] { return isHolding.load(); }));
        std::atomic<int> started{0};
        int delivered = 0;
        for (int i = 0; i < 20; ++i)
            doomed->post<int>(
                &receiver, [&started](ReadConnection) { return ++started; }, [&delivered](int) { ++delivered; });
        doomed.reset(); // nothing of it is running: returns at once
        hold.release();
        REQUIRE(waitFor([&] { return isBlockerDone; }));
        // Whatever was queued on the thread before the blocker's result came back has run by now.
        CHECK(blocker->runBlocking<int>([](ReadConnection) { return 1; }) == 1);
        QCoreApplication::processEvents();
        CHECK(started.load() == 0);
        CHECK(delivered == 0);
    }
    // The file's last worker is gone: its threads closed their connections.
    CHECK(workerConnections() == before);

    // Two files never share a connection: each worker reads its own file.
    DemoCopy copy;
    SqlWorker original(DemoFixture::databasePath());
    SqlWorker copied(copy.databasePath());
    const auto fileOf = [](ReadConnection db) {
        QSqlQuery q(db.database());
        return q.exec(u"SELECT file FROM pragma_database_list WHERE name = 'main'"_s) && q.next()
                   ? QFileInfo(q.value(0).toString()).canonicalFilePath()
                   : QString();
    };
    CHECK(original.runBlocking<QString>(fileOf) == QFileInfo(DemoFixture::databasePath()).canonicalFilePath());
    CHECK(copied.runBlocking<QString>(fileOf) == QFileInfo(copy.databasePath()).canonicalFilePath());
}

TEST_CASE("SqlWorker::discard frees a replaced result on its own idle-priority thread, never the caller's",
    "[models][sqlworker]")
{
    // A value that says which thread destroyed it (the shared_ptr's last owner frees it).
    struct Freed {
        QSemaphore *done;
        std::atomic<QThread *> *by;
        Freed(QSemaphore *d, std::atomic<QThread *> *b)
            : done(d)
            , by(b)
        { }
        Q_DISABLE_COPY_MOVE(Freed)
        ~Freed()
        {
            by->store(QThread::currentThread());
            done->release();
        }
    };
    QSemaphore done;
    std::atomic<QThread *> by {nullptr};
    auto rows = std::make_shared<Freed>(&done, &by);
    std::weak_ptr<Freed> watch = rows;
    SqlWorker::discard(std::move(rows));
    // Bounded wait: the disposal thread runs as soon as a core is idle, which this waiting thread leaves it.
    REQUIRE(done.tryAcquire(1, 10000));
    CHECK(watch.expired());
    REQUIRE(by.load() != nullptr);
    CHECK(by.load() != QThread::currentThread());
    CHECK(by.load()->objectName() == u"SqlDisposal"_s);
    CHECK(by.load()->priority() == QThread::IdlePriority);
}

TEST_CASE("Query, export and backup threads run at background priority, the calling (UI) thread does not",
    "[models][sqlworker]")
{
    // On 2 cores three busy query threads took equal turns with the UI thread and a paint waited ~100 ms
    // (bench/ui_stall_bench); a lowered thread gives way (core/backgroundpriority.h).
    const int callerNice = BackgroundPriority::currentNice();
    CHECK(callerNice < BackgroundPriority::kNice);

    DemoCopy copy;
    SqlWorker worker(copy.databasePath());
    const int queryNice = worker.runBlocking<int>([](ReadConnection) { return BackgroundPriority::currentNice(); });
    CHECK(queryNice == BackgroundPriority::kNice);

    QSemaphore done;
    std::atomic<int> jobNice {-100};
    std::atomic<QThread *> jobThread {nullptr};
    BackgroundPriority::start([&] {
        jobNice = BackgroundPriority::currentNice();
        jobThread = QThread::currentThread();
        done.release();
    });
    REQUIRE(done.tryAcquire(1, 10000));
    CHECK(jobNice.load() == BackgroundPriority::kNice);
    CHECK(jobThread.load() != QThread::currentThread());
    // Lowering one thread leaves the others (nice is per thread on Linux): the caller is as it was.
    CHECK(BackgroundPriority::currentNice() == callerNice);
}
