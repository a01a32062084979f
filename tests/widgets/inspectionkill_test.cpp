#include <csignal>
#include <random>

#include <QProcess>
#include <QSqlQuery>

#include <catch2/catch.hpp>

#include "inspectionfixture.h"

using namespace Qt::StringLiterals;
using namespace sitesafe;
using namespace sitesafe::test;

TEST_CASE(
    "A client killed in the middle of an inspection keeps every answer it gave, exactly once", "[inspection][kill]")
{
    InspectionFixture f;
    const QString dataDir = f.copy.directory();
    const QString inspectionId = f.inspectionId;
    f.session.reset();
    f.store.reset(); // the driver is the only writer, as on the inspector's laptop

    std::mt19937 random(20261205); // seeded: the same kill points on every run
    QHash<QString, QString> given; // item → last result printed
    for (int round = 0; round < 3; ++round) {
        const int killAfter = 3 + int(random() % 12);
        QProcess driver;
        driver.setProcessChannelMode(QProcess::SeparateChannels);
        driver.start(
            QStringLiteral(SITESAFE_INSPECTION_KILL_DRIVER), {dataDir, inspectionId, QString::number(random())});
        REQUIRE(driver.waitForStarted(5000));
        int printed = 0;
        while (printed < killAfter) {
            if (!driver.canReadLine() && !driver.waitForReadyRead(20000))
                break;
            while (driver.canReadLine() && printed < killAfter) {
                const QStringList words = QString::fromUtf8(driver.readLine()).trimmed().split(u' ');
                if (words.size() == 3 && words.at(0) == u"answered"_s) {
                    given.insert(words.at(1), words.at(2));
                    ++printed;
                }
            }
        }
        INFO("round " << round << ": " << driver.readAllStandardError().toStdString());
        REQUIRE(printed == killAfter);
        ::kill(static_cast<pid_t>(driver.processId()), SIGKILL); // no chance to clean up
        REQUIRE(driver.waitForFinished(5000));
        CHECK(driver.exitStatus() == QProcess::CrashExit);
        // The driver does not wait for the kill: what it printed before the signal landed must survive too.
        for (const QByteArray &line : driver.readAllStandardOutput().split('\n')) {
            const QStringList words = QString::fromUtf8(line).trimmed().split(u' ');
            if (words.size() == 3 && words.at(0) == u"answered"_s)
                given.insert(words.at(1), words.at(2));
        }

        auto store = DataStore::open(dataDir);
        REQUIRE(store.isOk());
        QSqlDatabase db = store.value()->connection();
        for (auto it = given.constBegin(); it != given.constEnd(); ++it) {
            INFO("round " << round << ", item " << it.key().toStdString());
            CHECK(sqlCount(db,
                      u"SELECT count(*) FROM inspection_answers WHERE inspection_id = ? AND item_code = ? "
                      "AND result = ? AND is_withdrawn = 0"_s,
                      {inspectionId, it.key(), it.value()})
                == 1);
            CHECK(sqlCount(db,
                      u"SELECT count(*) FROM outbox o JOIN inspection_answers a ON a.id = o.entity_id "
                      "WHERE a.inspection_id = ? AND a.item_code = ? AND o.op = 'insert'"_s,
                      {inspectionId, it.key()})
                == 1);
        }
        // Beyond those printed, at most the one answer being written when the kill came is in force. It stays (the
        // next runner starts at the first unanswered item and never prints it), so it joins what must survive.
        QHash<QString, QString> unprinted; // item → result in force that the driver never printed
        QSqlQuery live(db);
        live.prepare(
            u"SELECT item_code, result FROM inspection_answers WHERE inspection_id = ? AND is_withdrawn = 0"_s);
        live.addBindValue(inspectionId);
        REQUIRE(live.exec());
        qint64 rows = 0;
        while (live.next()) {
            ++rows;
            if (given.value(live.value(0).toString()) != live.value(1).toString())
                unprinted.insert(live.value(0).toString(), live.value(1).toString());
        }
        INFO("round " << round << ", unprinted: " << QStringList(unprinted.keys()).join(u", "_s).toStdString());
        CHECK(rows >= given.size());
        CHECK(unprinted.size() <= 1);
        given.insert(unprinted);
    }
}
