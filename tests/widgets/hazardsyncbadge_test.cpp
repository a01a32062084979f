#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QHelpEvent>
#include <QTableView>
#include <QToolTip>

#include <catch2/catch.hpp>

#include "models/hazardtablemodel.h"
#include "widgets/delegates/syncbadgedelegate.h"
#include "widgets/views/hazardspage.h"
#include "widgettesthelpers.h"

using namespace Qt::StringLiterals;
using namespace sitesafe;
using namespace sitesafe::test;

namespace {
bool isNear(QColor a, QColor b)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue()) < 60;
}
} // namespace

TEST_CASE("A hazard edited on this laptop shows the not-yet-on-the-server badge in the hazard list",
          "[widgets][hazards][sync]")
{
    // The demo store holds DemoFixture::kLocalEdits hazards recorded locally after the import (outbox pending).
    HazardsPage page(DemoFixture::databasePath(), QDir(DemoFixture::directory()).filePath(u"blobs"_s),
                     DemoFixture::today());
    page.resize(1366, 700);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    QTableView *view = page.view();
    // Newest first: the local hazards have the highest numbers.
    view->horizontalHeader()->setSortIndicator(int(HazardColumn::Number), Qt::DescendingOrder);
    REQUIRE_FALSE(page.model()->isReady()); // the header asked the model for the new order
    REQUIRE(waitFor([&] { return page.model()->isReady(); }));
    REQUIRE(page.model()->rowCount() > DemoFixture::kLocalEdits);
    QSqlDatabase db = directConnection(DemoFixture::databasePath());
    const qint64 newestLocal = sqlCount(db, u"SELECT max(h.seq) FROM hazards h JOIN outbox o ON o.entity = 'hazards' AND "
                                            "o.entity_id = h.id WHERE o.state = 'pending'"_s);
    REQUIRE(newestLocal > 0);

    const QModelIndex local = page.model()->index(0, int(HazardColumn::Number));
    REQUIRE(local.data(HazardTableModel::SeqRole).toLongLong() == newestLocal);
    CHECK(local.data(HazardTableModel::SyncStateRole).toInt() == int(HazardSyncState::Pending));
    const QModelIndex synced = page.model()->index(DemoFixture::kLocalEdits, int(HazardColumn::Number));
    CHECK(synced.data(HazardTableModel::SyncStateRole).toInt() == int(HazardSyncState::Synced));
    REQUIRE(qobject_cast<SyncBadgeDelegate *>(view->itemDelegateForColumn(int(HazardColumn::Number))));

    // Visible: the badge's blue disc is painted in the local row's cell and not in the synced row's.
    view->scrollToTop();
    QApplication::processEvents();
    const QImage shot = view->viewport()->grab().toImage();
    QDir().mkpath(QStringLiteral(SITESAFE_RENDER_DIR)); // kept for a look by eye
    CHECK(shot.copy(0, 0, shot.width() / 2, shot.height() / 3).save(QStringLiteral(SITESAFE_RENDER_DIR)
                                                                     + u"/hazards-sync-badge.png"_s));
    const qreal ratio = shot.devicePixelRatio();
    auto pixelAt = [&](const QPoint &p) { return shot.pixelColor(QPoint(int(p.x() * ratio), int(p.y() * ratio))); };
    const QRect localBadge = SyncBadgeDelegate::badgeRect(view->visualRect(local));
    const QRect syncedBadge = SyncBadgeDelegate::badgeRect(view->visualRect(synced));
    INFO("local badge pixel " << pixelAt(localBadge.center() + QPoint(-3, 0)).name().toStdString());
    // Beside the glyph (which is white), the disc's own colour.
    CHECK(isNear(pixelAt(localBadge.center() + QPoint(-3, 0)), SyncBadgeDelegate::color(HazardSyncState::Pending)));
    CHECK_FALSE(isNear(pixelAt(syncedBadge.center() + QPoint(-3, 0)), SyncBadgeDelegate::color(HazardSyncState::Pending)));

    // Hovering it says what it means; a screen reader hears it with the number.
    const QPoint at = localBadge.center();
    QHelpEvent help(QEvent::ToolTip, at, view->viewport()->mapToGlobal(at));
    QApplication::sendEvent(view->viewport(), &help);
    CHECK(waitFor([] { return QToolTip::isVisible(); }, 2000));
    CHECK(QToolTip::text() == HazardTableModel::tr("Not yet on the server"));
    QToolTip::hideText();
    CHECK(local.data(Qt::AccessibleTextRole).toString()
          == HazardTableModel::tr("%1, %2").arg(QString::number(newestLocal), HazardTableModel::tr("Not yet on the server")));
    CHECK_FALSE(synced.data(Qt::ToolTipRole).isValid());
}
