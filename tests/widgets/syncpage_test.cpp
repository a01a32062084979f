#include "widgets/views/syncpage.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSqlError>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

#include <catch2/catch.hpp>

#include "core/clock.h"
#include "models/conflictlistmodel.h"
#include "models/modeltesthelpers.h"
#include "models/outboxmodel.h"
#include "session/datafoldersession.h"
#include "storage/datastore.h"
#include "sync/syncscenario.h"
#include "widgets/dialogs/conflictdialog.h"

using namespace Qt::StringLiterals;
using namespace sitesafe;
using namespace sitesafe::test;

namespace {
template<typename T>
T *child(QWidget *parent, const QString &name)
{
    T *widget = parent->findChild<T *>(name);
    REQUIRE(widget);
    return widget;
}

QVariant scalar(QSqlDatabase db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0);
}

/// A laptop whose outbox and conflicts come from real syncs with the real server (SyncScenario), and the Sync
/// page on its store and session (not signed in: the page's controller has no server).
struct PageFixture {
    SyncScenario scenario;
    std::unique_ptr<DataFolderSession> session;
    std::unique_ptr<SyncPage> page;

    ~PageFixture()
    {
        page.reset();
        session.reset();
    }
    QUndoStack *undoStack() const { return session->undoStack(); }
    void showPage()
    {
        if (!session)
            session = std::make_unique<DataFolderSession>(scenario.mine().store(), Clock::system());
        page = std::make_unique<SyncPage>(*session);
        page->resize(1200, 800);
        page->show();
        REQUIRE(QTest::qWaitForWindowExposed(page.get()));
        waitUntilLoaded();
    }
    void waitUntilLoaded()
    {
        REQUIRE(waitFor([&] { return page->outboxModel()->isReady() && page->conflictModel()->isReady(); }));
    }
    QSqlDatabase db() { return scenario.mine().db(); }
    qint64 count(const QString &sql) { return scalar(db(), sql).toLongLong(); }
};

/// The open conflict of `hazardId` (one per hazard in these tests).
QString conflictOf(PageFixture &f, const QString &hazardId)
{
    return scalar(f.db(), u"SELECT id FROM conflicts WHERE entity_id = ? AND resolved_at IS NULL"_s, {hazardId})
        .toString();
}

int rowOf(QAbstractItemModel *model, const QString &conflictId)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(ConflictListModel::ConflictIdRole).toString() == conflictId)
            return row;
    }
    FAIL("conflict not listed: " << conflictId.toStdString());
    return -1;
}

/// Selects the conflict in the table and presses Enter, like a user; returns the dialog that opened.
ConflictDialog *openDialog(PageFixture &f, const QString &conflictId)
{
    QTableView *view = f.page->conflictView();
    view->setFocus();
    view->setCurrentIndex(view->model()->index(rowOf(view->model(), conflictId), 0));
    QTest::keyClick(view, Qt::Key_Return);
    ConflictDialog *dialog = f.page->findChild<ConflictDialog *>();
    REQUIRE(dialog);
    // Mnemonics (Alt+M/S/E) go to the active window; the offscreen platform does not move activation to a
    // second top-level window by itself.
    QApplication::setActiveWindow(dialog);
    REQUIRE(QTest::qWaitForWindowActive(dialog));
    REQUIRE(QApplication::activeWindow() == dialog);
    CHECK(dialog->conflict().id == conflictId);
    return dialog;
}
} // namespace

TEST_CASE("The Sync page shows the SQL counts per state and each filter shows those rows", "[widgets][sync]")
{
    PageFixture f;
    f.scenario.makeEveryState(40);
    f.showPage();
    CHECK(child<QLabel>(f.page.get(), u"serverLabel"_s)->text().contains(u"No provincial server"_s));
    const QString lastPush = child<QLabel>(f.page.get(), u"lastPushLabel"_s)->text();
    CHECK_FALSE(lastPush.isEmpty());
    CHECK(lastPush != u"never"_s); // the real pushes of the scenario left their time
    CHECK(child<QPushButton>(f.page.get(), u"syncNowButton"_s)->text() == u"Sign &in…"_s);

    const QList<std::tuple<OutboxGroup, QString, QStringList>> groups{
        {OutboxGroup::Waiting, u"state IN ('pending', 'in_flight')"_s, {u"pending"_s, u"in_flight"_s}},
        {OutboxGroup::Applied, u"state IN ('applied', 'duplicate')"_s, {u"applied"_s, u"duplicate"_s}},
        {OutboxGroup::Conflict, u"state = 'conflict'"_s, {u"conflict"_s}},
        {OutboxGroup::Rejected, u"state = 'rejected'"_s, {u"rejected"_s}},
        {OutboxGroup::All, u"1"_s, {u"pending"_s, u"in_flight"_s, u"applied"_s, u"duplicate"_s, u"conflict"_s,
                                    u"rejected"_s}},
    };
    for (const auto &[group, condition, states] : groups) {
        INFO(condition.toStdString());
        const qint64 expected = f.count(u"SELECT count(*) FROM outbox WHERE "_s + condition);
        REQUIRE(expected > 0);
        QToolButton *button = f.page->filterButton(group);
        CHECK(button->text().contains(u"(%1)"_s.arg(QLocale().toString(expected))));
        QTest::mouseClick(button, Qt::LeftButton);
        REQUIRE(waitFor([&] { return f.page->outboxModel()->group() == group && f.page->outboxModel()->isReady(); }));
        CHECK(button->isChecked());
        QAbstractItemModel *shown = f.page->outboxView()->model();
        CHECK(shown->rowCount() == expected);
        for (int row = 0; row < shown->rowCount(); ++row)
            CHECK(states.contains(shown->index(row, 0).data(OutboxModel::StateCodeRole).toString()));
    }
}

TEST_CASE("Resolving conflicts on the Sync page: the dialog closes, the outbox gets the edit, undo restores",
          "[widgets][sync][conflicts]")
{
    PageFixture f;
    // Two fields changed on both sides, recorded by a real sync: the local rows hold the server's values.
    const QString hazardA = f.scenario.appliedHazard(u"冲突隐患 A"_s);
    const QString hazardB = f.scenario.appliedHazard(u"冲突隐患 B"_s);
    f.scenario.changeOnBothSides(hazardA, u"description"_s, u"我的描述"_s, u"同事的描述"_s, false);
    f.scenario.changeOnBothSides(hazardB, u"location"_s, u"我的位置"_s, u"同事的位置"_s, false);
    REQUIRE(f.scenario.sync().conflicts == 2);
    const QString byServer = conflictOf(f, hazardA);
    const QString byMine = conflictOf(f, hazardB);
    const QString serverLocation = scalar(f.db(), u"SELECT location FROM hazards WHERE id = ?"_s, {hazardB}).toString();
    REQUIRE(serverLocation == u"同事的位置"_s);
    f.showPage();
    REQUIRE(f.page->conflictView()->model()->rowCount() == 2);
    const qint64 outboxBefore = f.count(u"SELECT count(*) FROM outbox"_s);

    // A refused choice keeps the dialog open with the reason: the description may not be empty.
    QPointer<ConflictDialog> dialog = openDialog(f, byServer);
    auto *ok = child<QDialogButtonBox>(dialog, u"buttonBox"_s)->button(QDialogButtonBox::Ok);
    CHECK_FALSE(ok->isEnabled()); // nothing is chosen for the user
    QTest::keyClick(dialog, Qt::Key_E, Qt::AltModifier);
    // A mnemonic clicks its button through animateClick(), which lands a moment later.
    REQUIRE(waitFor([&] { return child<QRadioButton>(dialog, u"editRadio"_s)->isChecked(); }, 3000));
    child<QLineEdit>(dialog, u"editLine"_s)->clear();
    QTest::mouseClick(ok, Qt::LeftButton);
    CHECK(dialog->isVisible());
    CHECK_FALSE(dialog->errorMessage().isEmpty());
    CHECK(f.undoStack()->count() == 0);

    // Keep the server's (Alt+S, Enter): resolved, and nothing to send since the row already holds that value.
    QTest::keyClick(dialog, Qt::Key_S, Qt::AltModifier);
    REQUIRE(waitFor([&] { return child<QRadioButton>(dialog, u"keepServersRadio"_s)->isChecked(); }, 3000));
    QTest::keyClick(dialog, Qt::Key_Return);
    REQUIRE(waitFor([&] { return dialog.isNull(); }));
    CHECK(f.count(u"SELECT count(*) FROM outbox"_s) == outboxBefore);
    CHECK(scalar(f.db(), u"SELECT resolution FROM conflicts WHERE id = ?"_s, {byServer}).toString() == u"server"_s);
    f.waitUntilLoaded();
    CHECK(f.page->conflictView()->model()->rowCount() == 1);

    // Keep mine: one new outbox row with my value, based on the server's.
    dialog = openDialog(f, byMine);
    auto *keepMine = child<QRadioButton>(dialog, u"keepMineRadio"_s);
    QTest::mouseClick(keepMine, Qt::LeftButton, {}, QPoint(5, keepMine->height() / 2)); // on the indicator
    REQUIRE(keepMine->isChecked());
    QTest::mouseClick(child<QDialogButtonBox>(dialog, u"buttonBox"_s)->button(QDialogButtonBox::Ok), Qt::LeftButton);
    INFO(dialog->errorMessage().toStdString());
    REQUIRE(waitFor([&] { return dialog.isNull(); }, 3000));
    REQUIRE(f.count(u"SELECT count(*) FROM outbox"_s) == outboxBefore + 1);
    CHECK(scalar(f.db(), u"SELECT json_extract(fields, '$.location.value') || '|' || json_extract(fields, "
                         "'$.location.base') || '|' || entity_id FROM outbox ORDER BY seq DESC LIMIT 1"_s)
              .toString()
          == u"我的位置|%1|%2"_s.arg(serverLocation, hazardB));
    CHECK(scalar(f.db(), u"SELECT location FROM hazards WHERE id = ?"_s, {hazardB}).toString() == u"我的位置"_s);
    f.waitUntilLoaded();
    CHECK(f.page->conflictView()->model()->rowCount() == 0);
    CHECK(f.page->outboxModel()->summary().count(OutboxGroup::Waiting)
          == f.count(u"SELECT count(*) FROM outbox WHERE state IN ('pending', 'in_flight')"_s));

    // Undo: the server's value is back (another queued edit) and the conflict is open again.
    REQUIRE(f.undoStack()->count() == 2);
    f.undoStack()->undo();
    CHECK(scalar(f.db(), u"SELECT location FROM hazards WHERE id = ?"_s, {hazardB}).toString() == serverLocation);
    CHECK(f.count(u"SELECT count(*) FROM outbox"_s) == outboxBefore + 2);
    CHECK(scalar(f.db(), u"SELECT resolved_at IS NULL AND resolution IS NULL FROM conflicts WHERE id = ?"_s, {byMine})
              .toBool());
    f.waitUntilLoaded();
    CHECK(f.page->conflictView()->model()->rowCount() == 1);

    f.undoStack()->undo();
    CHECK(f.count(u"SELECT count(*) FROM outbox"_s) == outboxBefore + 2);
    CHECK(f.count(u"SELECT count(*) FROM conflicts WHERE resolved_at IS NULL"_s) == 2);
    f.waitUntilLoaded();
    CHECK(f.page->conflictView()->model()->rowCount() == 2);
    CHECK(f.count(u"SELECT count(*) FROM audit_log WHERE action = 'conflict.resolve'"_s) == 2);
    CHECK(f.count(u"SELECT count(*) FROM audit_log WHERE action = 'conflict.reopen'"_s) == 2);
}
