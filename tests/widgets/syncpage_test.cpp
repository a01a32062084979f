#include "models/democopy.h"
#include "models/modeltesthelpers.h"

#include "core/clock.h"
#include "models/conflictlistmodel.h"
#include "models/outboxmodel.h"
#include "session/datafoldersession.h"
#include "storage/datastore.h"
#include "storage/transaction.h"
#include "widgets/dialogs/conflictdialog.h"
#include "widgets/views/syncpage.h"

#include <catch2/catch.hpp>

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

void exec(QSqlDatabase db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    INFO(q.lastError().text().toStdString());
    REQUIRE(q.exec());
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

/// The writable demo copy, its store and session (no server set up), and the Sync page on it.
struct PageFixture {
    DemoCopy copy;
    std::unique_ptr<DataStore> store;
    std::unique_ptr<DataFolderSession> session;
    std::unique_ptr<SyncPage> page;

    PageFixture()
    {
        auto opened = DataStore::open(copy.directory());
        REQUIRE(opened.isOk());
        store = std::move(opened).value();
        session = std::make_unique<DataFolderSession>(*store, Clock::system());
    }
    ~PageFixture()
    {
        page.reset();
        session.reset();
    }
    QUndoStack *undoStack() const { return session->undoStack(); }
    void showPage()
    {
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
    QSqlDatabase db() { return store->connection(); }
    qint64 count(const QString &sql) { return scalar(db(), sql).toLongLong(); }
};

/// Receipts as the sync engine records them (no server here): states set directly on rows of the outbox.
void addReceipts(QSqlDatabase db)
{
    exec(db, u"INSERT INTO outbox (mutation_id, entity, entity_id, op, fields, created_at, state, server_seq, "
             "content_hash, last_error) SELECT 'receipt-' || seq, 'hazards', id, 'update', "
             "'{\"location\":{\"value\":\"新\",\"base\":\"旧\"}}', '2026-11-28T08:00:00.000Z', "
             "CASE seq % 5 WHEN 0 THEN 'applied' WHEN 1 THEN 'duplicate' WHEN 2 THEN 'conflict' "
             "WHEN 3 THEN 'rejected' ELSE 'in_flight' END, "
             "CASE WHEN seq % 5 < 2 THEN 500 + seq END, CASE WHEN seq % 5 < 2 THEN printf('%064d', seq) END, "
             "CASE WHEN seq % 5 = 3 THEN 'frozen: signed' END FROM hazards ORDER BY seq LIMIT 40"_s);
}

/// A field both sides changed, as ReceiptRecorder leaves it on a conflict receipt: the local row already holds
/// the server's value (written in a Remote transaction, so nothing is queued) and `conflicts` keeps both values.
/// No server runs in this test; the rows are what the engine writes.
QString makeConflict(QSqlDatabase db, int hazardOffset, const QString &field, const QString &mine)
{
    const QString hazardId =
        scalar(db, u"SELECT id FROM hazards ORDER BY seq LIMIT 1 OFFSET ?"_s, {hazardOffset}).toString();
    const QString server =
        scalar(db, u"SELECT %1 FROM hazards WHERE id = ?"_s.arg(field), {hazardId}).toString();
    const QString id = u"conflict-%1"_s.arg(hazardOffset);
    Transaction receipt(db, Transaction::Origin::Remote);
    exec(db, u"INSERT INTO conflicts (id, entity, entity_id, field, local_value, server_value, base_value, "
             "mutation_id, detected_at) VALUES (?, 'hazards', ?, ?, ?, ?, 'base', 'm', '2026-11-28T09:00:00.000Z')"_s,
         {id, hazardId, field, mine, server});
    REQUIRE(receipt.commit().isOk());
    return id;
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
    addReceipts(f.db());
    f.showPage();
    CHECK(child<QLabel>(f.page.get(), u"serverLabel"_s)->text().contains(u"No provincial server"_s));
    CHECK(child<QLabel>(f.page.get(), u"lastPushLabel"_s)->text() == u"never"_s);
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
    const QString byServer = makeConflict(f.db(), 0, u"description"_s, u"我的描述"_s);
    const QString byMine = makeConflict(f.db(), 1, u"location"_s, u"我的位置"_s);
    const QString hazardB = scalar(f.db(), u"SELECT entity_id FROM conflicts WHERE id = ?"_s, {byMine}).toString();
    const QString serverLocation = scalar(f.db(), u"SELECT location FROM hazards WHERE id = ?"_s, {hazardB}).toString();
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
