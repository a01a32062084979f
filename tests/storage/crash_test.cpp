#include <csignal>

#include <QElapsedTimer>
#include <QProcess>
#include <QSqlQuery>
#include <QThread>

#include <catch2/catch.hpp>

#include "storage/storecheck.h"
#include "storagefixture.h"

using namespace sitesafe;
using namespace Qt::StringLiterals;

TEST_CASE("A process killed in the middle of writing leaves each row with its outbox entry, or neither",
          "[storage][crash]")
{
    StorageFixture f;
    const QString dataDir = f.dataDir();
    qint64 previous = 0;
    for (int delayMs : {50, 170, 420}) {
        QProcess writer;
        writer.start(QStringLiteral(SITESAFE_CRASH_WRITER), {dataDir, QString::fromUtf16(StorageFixture::kProjectId)});
        REQUIRE(writer.waitForStarted(5000));
        REQUIRE(writer.waitForReadyRead(10000)); // first hazard committed: now writing continuously
        QThread::msleep(static_cast<unsigned long>(delayMs));
        ::kill(static_cast<pid_t>(writer.processId()), SIGKILL); // no chance to clean up
        REQUIRE(writer.waitForFinished(5000));
        CHECK(writer.exitStatus() == QProcess::CrashExit);

        auto store = DataStore::open(dataDir);
        REQUIRE(store.isOk());
        auto db = store.value()->connection();
        const auto scalar = [&](const QString &sql) {
            QSqlQuery q(db);
            REQUIRE(q.exec(sql));
            REQUIRE(q.next());
            return q.value(0).toLongLong();
        };
        const qint64 hazards = scalar(u"SELECT count(*) FROM hazards"_s);
        INFO("killed after " << delayMs << " ms with " << hazards << " hazards");
        CHECK(hazards > previous);
        CHECK(scalar(u"SELECT count(*) FROM outbox WHERE entity = 'hazards' AND op = 'insert'"_s) == hazards);
        CHECK(scalar(u"SELECT count(*) FROM hazards h WHERE NOT EXISTS (SELECT 1 FROM outbox o WHERE "
                     "o.entity_id = h.id)"_s) == 0);
        CHECK(scalar(u"SELECT count(*) FROM outbox o WHERE o.entity = 'hazards' AND NOT EXISTS (SELECT 1 FROM "
                     "hazards h WHERE h.id = o.entity_id)"_s) == 0);
        CHECK(scalar(u"SELECT count(*) FROM hazard_events WHERE kind = 'created'"_s) == hazards);
        CHECK(scalar(u"SELECT count(*) FROM outbox WHERE entity = 'hazard_events'"_s) == hazards);
        const StoreCheck::Report report = StoreCheck(db).run();
        INFO(report.problems.join(u"\n"_s).toStdString());
        CHECK(report.isHealthy());
        CHECK(report.auditEntries == hazards);
        previous = hazards;
    }
}
