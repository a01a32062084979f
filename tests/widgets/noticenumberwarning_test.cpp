// The status bar warns an inspector working offline that a kind of notice is running out of numbers, and says
// nothing while every kind has enough.
#include <QDir>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include "core/dataset.h"
#include "models/sqlworker.h"
#include "storage/datasetwriter.h"
#include "storage/syncstatestore.h"
#include "widgets/noticenumberwarninglabel.h"
#include "widgettesthelpers.h"

using namespace Qt::StringLiterals;
using namespace sitesafe;
using namespace sitesafe::test;

namespace {
NoticeNumberBlock block(const QString &deviceId, const QString &kind, int index, int first, int next)
{
    NoticeNumberBlock b;
    b.id = u"01930000-0000-7000-8000-%1"_s.arg(index, 12, 10, QLatin1Char('0'));
    b.deviceId = deviceId;
    b.kind = kind;
    b.prefix = u"琼海口建安〔2026〕"_s;
    b.firstNumber = first;
    b.lastNumber = first + 49;
    b.nextNumber = next;
    return b;
}

void load(DataStore &store, const QList<NoticeNumberBlock> &blocks)
{
    Dataset d;
    d.noticeNumberBlocks = blocks;
    REQUIRE(DatasetWriter(store.connection(), QDateTime::currentDateTimeUtc()).write(d).isOk());
}
} // namespace

TEST_CASE("The notice-number warning names the kind running low and hides once a block arrives",
          "[widgets][numbering]")
{
    QTemporaryDir dir;
    auto opened = DataStore::open(dir.path());
    REQUIRE(opened.isOk());
    std::unique_ptr<DataStore> store = std::move(opened).value();
    const QString device = SyncStateStore(store->connection()).deviceId().value();
    // Every kind has 50 numbers, except rectification notices: 3 left of its block.
    QList<NoticeNumberBlock> blocks;
    int index = 1;
    for (const QString &kind : {u"stop_work"_s, u"resume_work"_s, u"reinspection"_s, u"supervision"_s,
                                u"enforcement_proposal"_s})
        blocks.append(block(device, kind, index++, 1, 1));
    blocks.append(block(device, u"rectification"_s, index++, 1, 48));
    // Another device's block in the folder does not count.
    blocks.append(block(u"bureau-460100"_s, u"rectification"_s, index++, 101, 101));
    load(*store, blocks);

    SqlWorker worker(DataStore::databasePath(dir.path()));
    QWidget window;
    auto *label = new NoticeNumberWarningLabel(worker, &window);
    window.show();
    label->start();
    QSignalSpy counted(label, &NoticeNumberWarningLabel::counted);
    REQUIRE(waitFor([&] { return counted.count() >= 1; }));
    REQUIRE(label->lowKinds().size() == 1);
    CHECK(label->lowKinds().first().kind == u"rectification"_s);
    CHECK(label->lowKinds().first().remaining == 3);
    CHECK(label->isVisible());
    CHECK(label->text() == u"Only 3 rectification notice number(s) left on this computer; connect and sync soon."_s);
    CHECK(label->accessibleName() == label->text());

    // The next sync brings a new block: the warning goes away at the next count.
    load(*store, {block(device, u"rectification"_s, index++, 151, 151)});
    label->recount();
    REQUIRE(waitFor([&] { return counted.count() >= 2; }));
    CHECK(label->lowKinds().isEmpty());
    CHECK_FALSE(label->isVisible());
    CHECK(label->text().isEmpty());

    CHECK(NoticeNumberWarningLabel::describe({{u"supervision"_s, 0, 0}})
          == u"No supervision notice numbers are left on this computer; connect and sync before issuing one."_s);
    CHECK(NoticeNumberWarningLabel::describe({{u"supervision"_s, 0, 0}, {u"stop_work"_s, 2, 50}})
          == u"Notice numbers are running out for 2 kinds of notice; connect and sync soon."_s);
}

TEST_CASE("The main window's status bar carries the notice-number warning", "[widgets][numbering]")
{
    WindowFixture w;
    auto *label = w.window->statusBar()->findChild<NoticeNumberWarningLabel *>();
    REQUIRE(label);
    REQUIRE(waitFor([&] { return label->isCounted(); }));
    // The demo gives this laptop a block of every kind: nothing to warn about.
    CHECK(label->lowKinds().isEmpty());
    CHECK_FALSE(label->isVisibleTo(w.window.get()));
    // The supervision notices' numbers all spent offline: the bar says so after the next count. The demo folder
    // is shared by every test of this build, so the block gets its next number back however the test ends.
    const QString block = u"kind = 'supervision' AND device_id = (SELECT value FROM sync_state WHERE key = 'device_id')"_s;
    QSqlQuery q(w.store->connection());
    REQUIRE(q.exec(u"SELECT next_number FROM notice_number_blocks WHERE "_s + block));
    REQUIRE(q.next());
    struct Restore {
        QSqlDatabase db;
        QString where;
        QVariant nextNumber;
        ~Restore()
        {
            QSqlQuery back(db);
            back.prepare(u"UPDATE notice_number_blocks SET next_number = ? WHERE "_s + where);
            back.addBindValue(nextNumber);
            back.exec();
        }
    } restore{w.store->connection(), block, q.value(0)};
    q.finish();
    REQUIRE(q.exec(u"UPDATE notice_number_blocks SET next_number = last_number + 1 WHERE "_s + block));
    REQUIRE(q.numRowsAffected() == 1);
    label->recount();
    REQUIRE(waitFor([&] { return !label->lowKinds().isEmpty(); }));
    CHECK(label->lowKinds().size() == 1);
    CHECK(label->isVisibleTo(w.window.get()));
    CHECK(label->text() == NoticeNumberWarningLabel::describe(label->lowKinds()));
    CHECK(label->text().contains(u"supervision"_s));
    QDir().mkpath(QStringLiteral(SITESAFE_RENDER_DIR));
    CHECK(w.window->grab().toImage().save(QStringLiteral(SITESAFE_RENDER_DIR) + u"/statusbar-notice-numbers.png"_s));
}
