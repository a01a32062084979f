#include "widgets/views/hazardactions.h"

#include <QAction>
#include <QDir>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUndoStack>

#include <catch2/catch.hpp>

#include "core/clock.h"
#include "core/domainlabels.h"
#include "evidence/testphotos.h"
#include "models/democopy.h"
#include "models/hazardtablemodel.h"
#include "models/modeltesthelpers.h"
#include "session/datafoldersession.h"
#include "storage/datastore.h"
#include "storage/syncstatestore.h"
#include "widgets/dialogs/hazardstepdialog.h"
#include "widgets/localization.h"
#include "widgets/views/hazarddetailpane.h"
#include "widgets/views/hazardspage.h"
#include "widgets/views/hazardtimelineview.h"
#include "widgettesthelpers.h"

using namespace Qt::StringLiterals;
using namespace sitesafe;
using namespace sitesafe::test;

namespace {

/// A hazards page with its steps on a private copy of the demo folder, signed in (as recorded in sync_state) as
/// `account`, the clock fixed at 10:00 Beijing time on the demo's today.
struct LoopFixture {
    DemoCopy copy;
    FixedClock clock{QDateTime(DemoFixture::today(), QTime(10, 0), QTimeZone(8 * 3600)).toUTC()};
    std::unique_ptr<DataStore> store;
    std::unique_ptr<DataFolderSession> session;
    std::unique_ptr<HazardsPage> page;

    explicit LoopFixture(const Account &account)
    {
        Database::Options options;
        options.clock = &clock;
        auto opened = DataStore::open(copy.directory(), options);
        REQUIRE(opened.isOk());
        store = std::move(opened).value();
        REQUIRE(SyncStateStore(store->connection()).recordAccount(account));
        session = std::make_unique<DataFolderSession>(*store, clock, DemoFixture::today());
        page = std::make_unique<HazardsPage>(copy.databasePath(), store->blobs().root(), DemoFixture::today());
        page->setSession(*session);
        page->resize(1366, 768);
        page->show();
    }
    ~LoopFixture()
    {
        page.reset();
        session.reset();
        store.reset();
    }
    HazardActions *actions() const { return page->actions(); }
    HazardDetailPane *pane() const { return page->detailPane(); }

    /// The first hazard (by seq) in `status`, not listed for supervision, with a photo when `withPhoto`.
    QString pick(const QString &status, bool withPhoto = false)
    {
        QSqlQuery q(store->connection());
        q.prepare(u"SELECT h.id FROM hazards h WHERE h.status = ? AND h.is_supervision_listed = 0 %1 "
                  "ORDER BY h.seq LIMIT 1"_s.arg(withPhoto ? u"AND EXISTS (SELECT 1 FROM attachments a WHERE "
                                                             "a.owner_entity = 'hazards' AND a.owner_id = h.id)"_s
                                                           : QString()));
        q.addBindValue(status);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        return q.value(0).toString();
    }
    /// Shows `hazardId` and waits until its detail (and so the actions' state) is loaded.
    void show(const QString &hazardId)
    {
        page->showHazard(hazardId);
        REQUIRE(waitFor([&] { return pane()->detail().id == hazardId; }));
    }
    /// Waits for the pane to show the hazard again after a step (the step reloads it).
    void waitStatus(const QString &status)
    {
        REQUIRE(waitFor([&] { return pane()->detail().status == status; }));
    }
    qint64 count(const QString &sql, const QVariantList &values) { return sqlCount(store->connection(), sql, values); }
    QString text(const QString &sql, const QVariantList &values)
    {
        QSqlQuery q(store->connection());
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }
    qint64 events(const QString &hazardId)
    {
        return count(u"SELECT count(*) FROM hazard_events WHERE hazard_id = ?"_s, {hazardId});
    }
    /// The one event `eventId` has: its kind, actor and role, and exactly one outbox row for it.
    void checkEvent(const QString &eventId, const QString &kind, const Account &by)
    {
        INFO("event " << eventId.toStdString() << " " << kind.toStdString());
        CHECK(text(u"SELECT kind || '|' || actor || '|' || actor_role FROM hazard_events WHERE id = ?"_s, {eventId})
              == kind + u'|' + by.userName + u'|' + by.role);
        CHECK(count(u"SELECT count(*) FROM outbox WHERE entity = 'hazard_events' AND entity_id = ?"_s, {eventId}) == 1);
    }
    QString hazardStatus(const QString &hazardId)
    {
        return text(u"SELECT status FROM hazards WHERE id = ?"_s, {hazardId});
    }
};

Account inspector()
{
    return Account{u"wang.inspector"_s, u"inspector"_s, u"460100"_s};
}

Account supervisor()
{
    return Account{u"li.supervisor"_s, u"supervisor"_s, u"460100"_s};
}

QString photoFile(const QTemporaryDir &dir, int seed)
{
    const QString path = dir.filePath(u"rectified-%1.jpg"_s.arg(seed));
    writePhoto(path, jpegBytes(QSize(800, 600), seed), std::nullopt);
    return path;
}

} // namespace

TEST_CASE("Each hazard step appends one event with its author and role, and undo appends a withdrawal",
          "[rectification][hazardactions]")
{
    LoopFixture f(inspector());
    const QString id = f.pick(u"rectifying"_s);
    f.show(id);
    QTemporaryDir photos;
    const QString photo = photoFile(photos, 11);

    // 整改回复 with a photo: one event, its photo owned by the event, one outbox row each.
    qint64 before = f.events(id);
    HazardStepResult reported = f.actions()->reportRectification(u"护栏已恢复"_s, {photo});
    REQUIRE(reported.status);
    CHECK(reported.outcome.isApplied);
    CHECK(reported.photoErrors.isEmpty());
    CHECK(f.events(id) == before + 1);
    f.checkEvent(reported.eventId, u"rectification_reported"_s, inspector());
    CHECK(f.count(u"SELECT count(*) FROM attachments WHERE owner_entity = 'hazard_events' AND owner_id = ?"_s,
                  {reported.eventId}) == 1);
    CHECK(f.hazardStatus(id) == u"reported");
    f.waitStatus(u"reported"_s);
    CHECK(f.pane()->timeline()->topLevelItem(f.pane()->timelineCount() - 1)->text(HazardTimelineView::Evidence)
          == HazardTimelineView::tr("%n photo(s)", nullptr, 1));

    // Undo: a withdrawn event naming it, and the state returns.
    f.session->undoStack()->undo();
    CHECK(f.events(id) == before + 2);
    const QString withdrawal = f.text(u"SELECT id FROM hazard_events WHERE hazard_id = ? AND kind = 'withdrawn' "
                                      "AND target_event_id = ?"_s, {id, reported.eventId});
    REQUIRE(!withdrawal.isEmpty());
    f.checkEvent(withdrawal, u"withdrawn"_s, inspector());
    CHECK(f.hazardStatus(id) == u"rectifying");
    CHECK(f.text(u"SELECT is_superseded FROM hazard_events WHERE id = ?"_s, {reported.eventId}) == u"1");
    f.waitStatus(u"rectifying"_s);

    // Redo: a copy under a new id, with the photo attached to the copy too.
    f.session->undoStack()->redo();
    CHECK(f.events(id) == before + 3);
    const QString copyId = f.text(u"SELECT id FROM hazard_events WHERE hazard_id = ? AND kind = 'rectification_reported' "
                                  "AND id <> ? ORDER BY seq DESC LIMIT 1"_s, {id, reported.eventId});
    REQUIRE(!copyId.isEmpty());
    f.checkEvent(copyId, u"rectification_reported"_s, inspector());
    CHECK(f.count(u"SELECT count(*) FROM attachments WHERE owner_entity = 'hazard_events' AND owner_id = ?"_s,
                  {copyId}) == 1);
    CHECK(f.hazardStatus(id) == u"reported");
    f.waitStatus(u"reported"_s);

    // 复查 failed, comment, deadline extension: one event each.
    before = f.events(id);
    HazardStepResult failed = f.actions()->reinspect(false, u"护栏高度不足1.2米"_s, {});
    REQUIRE(failed.status);
    f.checkEvent(failed.eventId, u"reinspected_fail"_s, inspector());
    CHECK(f.hazardStatus(id) == u"rectifying");
    f.waitStatus(u"rectifying"_s);
    HazardStepResult comment = f.actions()->comment(u"已电话通知项目经理"_s);
    REQUIRE(comment.status);
    f.checkEvent(comment.eventId, u"comment"_s, inspector());
    // An extension without a reason is refused before anything is written.
    HazardStepResult noReason = f.actions()->extendDeadline(DemoFixture::today().addDays(10), u"  "_s);
    CHECK(!noReason.status);
    CHECK(f.events(id) == before + 2);
    HazardStepResult extended = f.actions()->extendDeadline(DemoFixture::today().addDays(10), u"材料到货延迟"_s);
    REQUIRE(extended.status);
    f.checkEvent(extended.eventId, u"deadline_extended"_s, inspector());
    CHECK(f.text(u"SELECT effective_deadline FROM hazards WHERE id = ?"_s, {id})
          == DemoFixture::today().addDays(10).toString(Qt::ISODate));
    CHECK(f.events(id) == before + 3);

    // Void needs a reason too; with one it is terminal.
    CHECK(!f.actions()->voidHazard(QString()).status);
    CHECK(f.events(id) == before + 3);
    f.waitStatus(u"rectifying"_s);
    REQUIRE(waitFor([&] { return f.pane()->detail().effectiveDeadline == DemoFixture::today().addDays(10).toString(Qt::ISODate); }));
    HazardStepResult voided = f.actions()->voidHazard(u"重复录入"_s);
    REQUIRE(voided.status);
    f.checkEvent(voided.eventId, u"voided"_s, inspector());
    CHECK(f.hazardStatus(id) == u"voided");
    f.waitStatus(u"voided"_s);
    CHECK(!f.actions()->action(HazardActions::Step::Report)->isEnabled());
    CHECK(f.events(id) == before + 4);
}

TEST_CASE("After a step and its undo the list keeps the hazard selected and the pane on it",
          "[rectification][hazardactions]")
{
    LoopFixture f(inspector());
    HazardTableModel *model = f.page->model();
    REQUIRE(waitFor([&] { return model->isReady() && model->rowCount() > 20; }));
    // A row in the middle of the first window whose hazard is being rectified (not the first row, where a model
    // reset would land).
    int row = -1;
    for (int r = 5; r < 200 && row < 0; ++r)
        if (model->index(r, 0).data(HazardTableModel::StatusCodeRole).toString() == u"rectifying")
            row = r;
    REQUIRE(row > 0);
    const QString id = model->index(row, 0).data(HazardTableModel::HazardIdRole).toString();
    QTableView *view = f.page->view();
    view->selectionModel()->setCurrentIndex(model->index(row, 0),
                                            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    REQUIRE(waitFor([&] { return f.pane()->detail().id == id; }));

    QSignalSpy loaded(model, &HazardTableModel::loaded);
    REQUIRE(f.actions()->comment(u"已电话通知项目经理"_s).status);
    REQUIRE(waitFor([&] { return loaded.count() >= 1; }));
    CHECK(view->currentIndex().row() == row);
    CHECK(view->currentIndex().data(HazardTableModel::HazardIdRole).toString() == id);
    CHECK(f.pane()->detail().id == id);

    f.session->undoStack()->undo();
    REQUIRE(waitFor([&] { return loaded.count() >= 2; }));
    REQUIRE(waitFor([&] { return f.pane()->timelineCount() == int(f.events(id)); }));
    CHECK(f.pane()->detail().id == id);
    CHECK(view->currentIndex().data(HazardTableModel::HazardIdRole).toString() == id);
}

TEST_CASE("销号 is disabled for an inspector with the reason, and a supervisor closes after another's pass",
          "[rectification][hazardactions]")
{
    LoopFixture f(inspector());
    const QString id = f.pick(u"reported"_s);
    f.show(id);
    HazardStepResult passed = f.actions()->reinspect(true, u"复查合格"_s, {});
    REQUIRE(passed.status);
    f.checkEvent(passed.eventId, u"reinspected_pass"_s, inspector());
    f.waitStatus(u"verified"_s);

    QAction *close = f.actions()->action(HazardActions::Step::Close);
    CHECK(!close->isEnabled());
    CHECK(close->toolTip().startsWith(u"销号 needs a supervisor (second person)"_s));
    CHECK(close->statusTip() == close->toolTip());
    const qint64 before = f.events(id);
    HazardStepResult refused = f.actions()->close(QString());
    CHECK(!refused.status);
    CHECK(f.events(id) == before);
    CHECK(f.pane()->actionMessage().startsWith(u"销号 needs a supervisor"_s));

    // The supervisor signs in on this computer: 销号 is offered and folds to closed.
    REQUIRE(SyncStateStore(f.store->connection()).recordAccount(supervisor()));
    f.actions()->refreshAccount();
    CHECK(close->isEnabled());
    HazardStepResult closed = f.actions()->close(u"同意销号"_s);
    REQUIRE(closed.status);
    CHECK(closed.outcome.isApplied);
    f.checkEvent(closed.eventId, u"closed"_s, supervisor());
    CHECK(f.hazardStatus(id) == u"closed");
    f.waitStatus(u"closed"_s);
    CHECK(!close->isEnabled());

    // Undone by the supervisor: withdrawn, back to verified.
    f.session->undoStack()->undo();
    CHECK(f.hazardStatus(id) == u"verified");
}

TEST_CASE("A city supervisor lists a hazard for city-level supervision, an inspector cannot",
          "[rectification][hazardactions]")
{
    LoopFixture f(inspector());
    const QString id = f.pick(u"rectifying"_s);
    f.show(id);
    QAction *list = f.actions()->action(HazardActions::Step::ListSupervision);
    CHECK(!list->isEnabled());
    CHECK(list->toolTip().contains(u"挂牌督办"_s));

    REQUIRE(SyncStateStore(f.store->connection()).recordAccount(supervisor()));
    f.actions()->refreshAccount();
    CHECK(f.actions()->supervisionLevel() == u"city"); // 海口 is a prefecture-level city
    CHECK(list->isEnabled());
    CHECK(!list->text().contains(u"Province"_s));
    HazardStepResult listed = f.actions()->listForSupervision(u"琼建督〔2026〕3号"_s);
    REQUIRE(listed.status);
    f.checkEvent(listed.eventId, u"supervision_listed"_s, supervisor());
    CHECK(f.text(u"SELECT is_supervision_listed || supervision_level FROM hazards WHERE id = ?"_s, {id}) == u"1city");
    REQUIRE(waitFor([&] { return f.pane()->detail().isSupervisionListed; }));
    CHECK(f.pane()->summaryText().contains(DomainLabels::supervisionListing(u"city"_s)));
    CHECK(!f.pane()->summaryText().contains(DomainLabels::supervisionListing(u"province"_s)));
    CHECK(!list->isEnabled());
    CHECK(f.actions()->action(HazardActions::Step::LiftSupervision)->isEnabled());
}

TEST_CASE("Issue notice asks for the notice dialog with the selected hazards", "[rectification][hazardactions]")
{
    LoopFixture f(inspector());
    const QString id = f.pick(u"open"_s);
    f.show(id);
    QSignalSpy requested(f.page.get(), &HazardsPage::noticeRequested);
    f.actions()->action(HazardActions::Step::IssueNotice)->trigger();
    REQUIRE(requested.count() == 1);
    CHECK(requested.at(0).at(0).toStringList() == QStringList{id});
}

TEST_CASE("Renders the hazard pane with its timeline and actions in Chinese", "[rectification][hazardactions][render]")
{
    REQUIRE(Localization::install(u"zh_CN"_s));
    Localization::applyFonts();
    {
        LoopFixture f(inspector());
        const QString id = f.pick(u"rectifying"_s, true);
        f.show(id);
        QTemporaryDir photos;
        REQUIRE(f.actions()->reportRectification(u"已恢复临边防护栏杆并设置挡脚板"_s, {photoFile(photos, 21), photoFile(photos, 22)}).status);
        f.clock.advance(3600 * 1000);
        REQUIRE(f.actions()->reinspect(false, u"挡脚板高度不足"_s, {photoFile(photos, 23)}).status);
        f.clock.advance(3600 * 1000);
        REQUIRE(f.actions()->comment(u"已电话通知项目经理"_s).status);
        f.session->undoStack()->undo(); // the comment withdrawn: greyed with the reason
        REQUIRE(f.actions()->extendDeadline(DemoFixture::today().addDays(5), u"材料到货延迟"_s).status);
        REQUIRE(waitFor([&] { return f.pane()->detail().timeline.size() >= 6 && f.pane()->detail().effectiveDeadline
                                         == DemoFixture::today().addDays(5).toString(Qt::ISODate); }));
        QTest::qWait(50);
        QDir().mkpath(QStringLiteral(SITESAFE_RENDER_DIR));
        const QImage image = f.page->grab().toImage();
        CHECK(saveRender(image, u"hazard-timeline.png"_s, u"06-hazard-detail.png"_s));
        const QImage pane = f.pane()->grab().toImage();
        CHECK(pane.save(QStringLiteral(SITESAFE_RENDER_DIR) + u"/hazard-timeline-pane.png"_s));
        // The dialog of a rectification report (报送整改) with its photos, as the user guide shows it.
        HazardStepDialog report({HazardActions::tr("Report rectification"),
            HazardActions::tr("What the responsible party did, and the photos of the rectified site:"),
            HazardStepDialog::NoteOptional, true, {}});
        report.setNote(u"已恢复临边防护栏杆并设置挡脚板，挡脚板高度 18 厘米"_s);
        report.addPhotoFiles({photoFile(photos, 24), photoFile(photos, 25)});
        report.show();
        REQUIRE(QTest::qWaitForWindowExposed(&report));
        CHECK(saveRender(report.grab().toImage(), u"hazard-step-report.png"_s, u"09-hazard-step.png"_s));
    }
    Localization::install(u"en"_s);
}
