#include "widgets/views/hazardspage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

#include "models/hazardtablemodel.h"
#include "models/projectlistmodel.h"
#include "widgets/delegates/highlightdelegate.h"
#include "widgets/views/hazarddetailpane.h"
#include "widgets/views/projectdetailview.h"
#include "widgets/views/projectspage.h"
#include "widgettesthelpers.h"

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

/// Rows the view shows, once the model has the current filter's rows in place.
int shownRows(HazardsPage *page)
{
    REQUIRE(waitFor([&] { return page->model()->isReady(); }));
    return page->view()->model()->rowCount();
}

void choose(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    REQUIRE(index >= 0);
    // Keyboard selection like a user, then the exact entry (several entries may share a first letter).
    combo->setFocus();
    combo->setCurrentIndex(index);
}
} // namespace

TEST_CASE("Clicking through the hazard filters and search shows the rows SQL counts", "[widgets][hazards]")
{
    WindowFixture f;
    f.window->showPage(MainWindow::Page::Hazards);
    HazardsPage *page = f.window->hazardsPage();
    QSqlDatabase db = f.db();
    REQUIRE(waitFor([&] { return page->hasChoices(); }));
    const QString today = DemoFixture::today().toString(Qt::ISODate);
    CHECK(shownRows(page) == nonZero(sqlCount(db, u"SELECT count(*) FROM hazards"_s)));

    auto *status = child<QComboBox>(page, u"statusCombo"_s);
    choose(status, QStringList{u"closed"_s});
    CHECK(shownRows(page) == nonZero(sqlCount(db, u"SELECT count(*) FROM hazards WHERE status = 'closed'"_s)));
    choose(status, QStringList{u"open"_s, u"rectifying"_s});
    CHECK(shownRows(page) == nonZero(sqlCount(db, u"SELECT count(*) FROM hazards WHERE status IN ('open','rectifying')"_s)));

    auto *level = child<QComboBox>(page, u"levelCombo"_s);
    choose(level, int(HazardFilter::Level::Major));
    CHECK(shownRows(page)
          == nonZero(sqlCount(db, u"SELECT count(*) FROM hazards WHERE status IN ('open','rectifying') AND is_major = 1"_s)));

    auto *overdue = child<QCheckBox>(page, u"overdueCheck"_s);
    QTest::mouseClick(overdue, Qt::LeftButton, {}, QPoint(5, overdue->height() / 2));
    REQUIRE(overdue->isChecked());
    CHECK(shownRows(page)
          == nonZero(sqlCount(db, u"SELECT count(*) FROM hazards WHERE status IN ('open','rectifying') AND is_major = 1 "
                          "AND effective_deadline < ?"_s, {today})));

    QTest::mouseClick(child<QPushButton>(page, u"resetButton"_s), Qt::LeftButton);
    CHECK_FALSE(overdue->isChecked());
    CHECK(shownRows(page) == nonZero(sqlCount(db, u"SELECT count(*) FROM hazards"_s)));

    choose(child<QComboBox>(page, u"articleCombo"_s), u"V2024-08"_s);
    CHECK(shownRows(page) == nonZero(sqlCount(db, u"SELECT count(*) FROM hazards WHERE criteria_item LIKE 'V2024-08%'"_s)));
    choose(child<QComboBox>(page, u"articleCombo"_s), HazardFilter::noCriterion());
    CHECK(shownRows(page) == nonZero(sqlCount(db, u"SELECT count(*) FROM hazards WHERE criteria_item IS NULL"_s)));
    QTest::mouseClick(child<QPushButton>(page, u"resetButton"_s), Qt::LeftButton);

    choose(child<QComboBox>(page, u"jurisdictionCombo"_s), u"460200"_s);
    CHECK(shownRows(page) == nonZero(sqlCount(db, u"SELECT count(*) FROM hazards h JOIN projects p ON p.id = h.project_id "
                                          "WHERE p.jurisdiction_code = '460200' OR p.park_code = '460200'"_s)));
    QTest::mouseClick(child<QPushButton>(page, u"resetButton"_s), Qt::LeftButton);

    auto *foundBy = child<QComboBox>(page, u"foundByCombo"_s);
    REQUIRE(foundBy->count() > 2);
    const QString inspector = foundBy->itemData(1).toString();
    choose(foundBy, inspector);
    CHECK(shownRows(page) == nonZero(sqlCount(db, u"SELECT count(*) FROM hazards WHERE found_by = ?"_s, {inspector})));
    QTest::mouseClick(child<QPushButton>(page, u"resetButton"_s), Qt::LeftButton);

    auto *deadline = child<QCheckBox>(page, u"deadlineCheck"_s);
    child<QDateEdit>(page, u"deadlineFromEdit"_s)->setDate(DemoFixture::today().addDays(-60));
    child<QDateEdit>(page, u"deadlineToEdit"_s)->setDate(DemoFixture::today());
    QTest::mouseClick(deadline, Qt::LeftButton, {}, QPoint(5, deadline->height() / 2));
    CHECK(shownRows(page) == nonZero(sqlCount(db, u"SELECT count(*) FROM hazards WHERE effective_deadline BETWEEN ? AND ?"_s,
                                      {DemoFixture::today().addDays(-60).toString(Qt::ISODate), today})));
    QTest::mouseClick(child<QPushButton>(page, u"resetButton"_s), Qt::LeftButton);

    // Search: FTS for three characters or more, LIKE for shorter words, words highlighted.
    auto *search = child<QLineEdit>(page, u"searchEdit"_s);
    const QString plain = u"SELECT count(*) FROM hazards h JOIN projects p ON p.id = h.project_id "
                          "LEFT JOIN criteria_items ci ON ci.code = h.criteria_item WHERE instr(h.description, ?) "
                          "OR instr(coalesce(h.location, ''), ?) OR instr(p.name, ?) OR instr(coalesce(ci.text, ''), ?)"_s;
    for (const QString &word : {u"塔式起重机"_s, u"塔吊"_s}) {
        search->clear();
        search->setFocus();
        search->setText(word); // QTest::keyClicks types ASCII only
        QTest::keyClick(search, Qt::Key_Return);
        CHECK(shownRows(page) == nonZero(sqlCount(db, plain, {word, word, word, word})));
        CHECK(shownRows(page) > 0);
        auto *delegate = qobject_cast<HighlightDelegate *>(page->view()->itemDelegateForColumn(int(HazardColumn::Description)));
        REQUIRE(delegate);
        CHECK(delegate->terms() == QStringList{word});
        // Rows can match on location or criterion text too; among the first rows some show the word.
        int highlighted = 0;
        for (int row = 0; row < std::min(20, page->model()->rowCount()); ++row) {
            const QString description = page->model()->index(row, int(HazardColumn::Description)).data().toString();
            const QString project = page->model()->index(row, int(HazardColumn::Project)).data().toString();
            highlighted += !delegate->matches(description).isEmpty() || !delegate->matches(project).isEmpty();
        }
        CHECK(highlighted > 0);
    }

    // Multi-select and the detail of the current row.
    search->clear();
    QTest::keyClick(search, Qt::Key_Return);
    REQUIRE(shownRows(page) > 10);
    QTableView *view = page->view();
    REQUIRE(waitFor([&] { return page->model()->isRowLoaded(5); }));
    view->selectRow(0);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ShiftModifier, view->visualRect(view->model()->index(4, 1)).center());
    CHECK(view->selectionModel()->selectedRows().size() == 5);
    const QString hazardId = view->model()->index(4, 0).data(HazardTableModel::HazardIdRole).toString();
    HazardDetailPane *pane = page->detailPane();
    REQUIRE(waitFor([&] { return pane->detail().id == hazardId; }));
    CHECK(pane->timelineCount() == nonZero(sqlCount(db, u"SELECT count(*) FROM hazard_events WHERE hazard_id = ?"_s, {hazardId})));
    CHECK(pane->photoCount() == sqlCount(db, u"SELECT count(*) FROM attachments WHERE owner_id = ? AND role = 'photo'"_s, {hazardId}));
    CHECK(pane->summaryText().contains(pane->detail().description));
}

TEST_CASE("Sorting the hazard list by any column keeps every row and shows them in that column's order",
          "[widgets][hazards]")
{
    WindowFixture f;
    HazardsPage *page = f.window->hazardsPage();
    QSqlDatabase db = f.db();
    const qint64 total = sqlCount(db, u"SELECT count(*) FROM hazards"_s);
    REQUIRE(total > 50);
    // What each column sorts by, written here (not taken from HazardQuery): ties broken by seq in the same
    // direction. The first rows on screen must be the first rows of this plain ORDER BY.
    const QList<QStringList> keys{{u"h.seq"_s}, {u"h.status"_s}, {u"h.is_major"_s}, {u"h.description"_s},
                                  {u"p.name"_s}, {u"p.jurisdiction_code"_s, u"p.name"_s, u"p.id"_s},
                                  {u"coalesce(h.criteria_item, '')"_s}, {u"h.found_at"_s}, {u"h.found_by"_s},
                                  {u"coalesce(h.effective_deadline, '')"_s}, {u"h.measure"_s},
                                  {u"coalesce(h.supervision_level, '')"_s}};
    REQUIRE(keys.size() == int(HazardColumn::Count));
    constexpr int kShown = 40;
    for (int column = 0; column < int(HazardColumn::Count); ++column) {
        QList<qint64> ascending;
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            const QString direction = order == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s;
            INFO("column " << column << ' ' << direction.toStdString());
            page->view()->sortByColumn(column, order);
            CHECK(shownRows(page) == total);
            REQUIRE(waitFor([&] { return page->model()->isRowLoaded(kShown - 1); }));
            QList<qint64> shown;
            for (int row = 0; row < kShown; ++row)
                shown << page->model()->data(page->model()->index(row, 0), HazardTableModel::SeqRole).toLongLong();
            QStringList orderBy;
            for (const QString &key : keys[column])
                orderBy << key + u' ' + direction;
            orderBy << u"h.seq "_s + direction;
            QSqlQuery q(db);
            REQUIRE(q.exec(u"SELECT h.seq FROM hazards h JOIN projects p ON p.id = h.project_id ORDER BY %1 LIMIT %2"_s
                               .arg(orderBy.join(u", "_s))
                               .arg(kShown)));
            QList<qint64> expected;
            while (q.next())
                expected << q.value(0).toLongLong();
            REQUIRE(expected.size() == kShown);
            CHECK(shown == expected);
            if (order == Qt::AscendingOrder)
                ascending = shown;
            else
                CHECK(shown != ascending);
        }
    }
}

TEST_CASE("Project filters show the rows SQL counts and the detail shows the project's records", "[widgets][projects]")
{
    WindowFixture f;
    f.window->showPage(MainWindow::Page::Projects);
    ProjectsPage *page = f.window->projectsPage();
    QSqlDatabase db = f.db();
    REQUIRE(waitFor([&] { return page->hasChoices() && page->model()->isReady(); }));
    auto rows = [&] {
        REQUIRE(waitFor([&] { return page->model()->isReady(); }));
        return page->view()->model()->rowCount();
    };
    CHECK(rows() == nonZero(sqlCount(db, u"SELECT count(*) FROM projects"_s)));
    choose(child<QComboBox>(page, u"jurisdictionCombo"_s), u"460100"_s);
    CHECK(rows() == nonZero(sqlCount(db, u"SELECT count(*) FROM projects WHERE jurisdiction_code = '460100' OR park_code = '460100'"_s)));
    choose(child<QComboBox>(page, u"categoryCombo"_s), u"municipal"_s);
    CHECK(rows() == nonZero(sqlCount(db, u"SELECT count(*) FROM projects WHERE (jurisdiction_code = '460100' OR park_code = '460100') "
                                 "AND category = 'municipal'"_s)));
    choose(child<QComboBox>(page, u"jurisdictionCombo"_s), QString());
    choose(child<QComboBox>(page, u"categoryCombo"_s), QString());
    choose(child<QComboBox>(page, u"statusCombo"_s), u"under_construction"_s);
    choose(child<QComboBox>(page, u"coverageCombo"_s), int(ProjectFilter::Coverage::NotCoveredInRound2));
    // Covered: a signed round-2 inspection in the campaign of the session's day (the demo's year).
    CHECK(rows() == nonZero(sqlCount(db, u"SELECT count(*) FROM projects WHERE status = 'under_construction' AND id NOT IN "
                                 "(SELECT project_id FROM inspections WHERE round = 2 AND status = 'signed' "
                                 "AND date(started_at, '+8 hours') BETWEEN '2026-01-01' AND '2026-12-31')"_s)));
    CHECK(waitFor([&] { return child<QLabel>(page, u"coverageLabel"_s)->text().contains(u"治理行动（2026年）"_s); }));
    choose(child<QComboBox>(page, u"statusCombo"_s), QString());
    choose(child<QComboBox>(page, u"coverageCombo"_s), int(ProjectFilter::Coverage::Any));

    QSqlQuery q(db);
    REQUIRE(q.exec(u"SELECT p.permit_no, p.id FROM projects p WHERE EXISTS (SELECT 1 FROM equipment e WHERE e.project_id = p.id) "
                   "AND EXISTS (SELECT 1 FROM hazards h WHERE h.project_id = p.id) "
                   "AND EXISTS (SELECT 1 FROM project_key_people k WHERE k.project_id = p.id) LIMIT 1"_s));
    REQUIRE(q.next());
    const QString permit = q.value(0).toString();
    const QString id = q.value(1).toString();
    q.finish();
    auto *search = child<QLineEdit>(page, u"searchEdit"_s);
    QTest::keyClicks(search, permit);
    QTest::keyClick(search, Qt::Key_Return);
    REQUIRE(rows() >= 1);
    page->view()->selectRow(0);
    ProjectDetailView *detail = page->detailView();
    REQUIRE(waitFor([&] { return detail->detail().isFound; }));
    CHECK(detail->detail().id == id);
    CHECK(detail->rowsIn(ProjectDetailView::Participants) == nonZero(sqlCount(db, u"SELECT count(*) FROM project_participants WHERE project_id = ?"_s, {id})));
    CHECK(detail->rowsIn(ProjectDetailView::KeyPeople) == nonZero(sqlCount(db, u"SELECT count(*) FROM project_key_people WHERE project_id = ?"_s, {id})));
    CHECK(detail->rowsIn(ProjectDetailView::Equipment) == nonZero(sqlCount(db, u"SELECT count(*) FROM equipment WHERE project_id = ?"_s, {id})));
    CHECK(detail->rowsIn(ProjectDetailView::DangerousWorks) == nonZero(sqlCount(db, u"SELECT count(*) FROM dangerous_works WHERE project_id = ?"_s, {id})));
    CHECK(detail->rowsIn(ProjectDetailView::Inspections) == sqlCount(db, u"SELECT count(*) FROM inspections WHERE project_id = ?"_s, {id}));
    CHECK(detail->rowsIn(ProjectDetailView::Hazards) == nonZero(sqlCount(db, u"SELECT count(*) FROM hazards WHERE project_id = ?"_s, {id})));
    CHECK(detail->expiredCertificatesShown()
          == sqlCount(db, u"SELECT count(*) FROM project_key_people kp JOIN certificates c ON c.holder_person_id = kp.person_id "
                          "WHERE kp.project_id = ? AND c.valid_until < ?"_s, {id, DemoFixture::today().toString(Qt::ISODate)}));

    // "Show in the hazard list" filters the hazards page by this project.
    QTest::mouseClick(child<QPushButton>(detail, u"showHazardsButton"_s), Qt::LeftButton);
    CHECK(f.window->currentPage() == MainWindow::Page::Hazards);
    CHECK(shownRows(f.window->hazardsPage()) == nonZero(sqlCount(db, u"SELECT count(*) FROM hazards WHERE project_id = ?"_s, {id})));
}

TEST_CASE("The projects page keeps the selected project across a reload and shows a row reached before its window",
          "[widgets][projects][window]")
{
    WindowFixture f;
    f.window->showPage(MainWindow::Page::Projects);
    ProjectsPage *page = f.window->projectsPage();
    page->model()->setPageSize(8);
    page->model()->setCachedPageLimit(6); // the rows on screen span up to four windows
    page->reload();
    REQUIRE(waitFor([&] { return page->model()->isReady(); }));
    QSqlDatabase db = f.db();
    QSqlQuery q(db);
    REQUIRE(q.exec(u"SELECT p.id FROM projects p ORDER BY p.name, p.name, p.id LIMIT 1 OFFSET 41"_s));
    REQUIRE(q.next());
    const QString id = q.value(0).toString();
    q.finish();

    // A current row whose window is not in memory: the detail follows when the window arrives.
    REQUIRE_FALSE(page->model()->isRowLoaded(41));
    page->view()->setCurrentIndex(page->model()->index(41, 0));
    ProjectDetailView *detail = page->detailView();
    REQUIRE(waitFor([&] { return detail->detail().isFound && detail->detail().id == id; }));

    // A reload (after a sync) selects the same project again, though its window is not the first.
    page->reload();
    REQUIRE(waitFor([&] {
        const QModelIndex current = page->view()->currentIndex();
        return page->model()->isReady() && current.row() == 41
            && current.data(ProjectListModel::ProjectIdRole).toString() == id;
    }));
}
