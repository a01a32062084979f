// 检查 page and the 新建检查 wizard, driven with the keyboard on a writable copy of the demo folder.
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>

#include <catch2/catch.hpp>

#include "core/checklistselection.h"
#include "models/democopy.h"
#include "models/inspectionlistmodel.h"
#include "storage/inspectionrepository.h"
#include "widgets/dialogs/inspectionchecklistpage.h"
#include "widgets/dialogs/inspectiondetailspage.h"
#include "widgets/dialogs/inspectionprojectpage.h"
#include "widgets/dialogs/newinspectionwizard.h"
#include "widgets/localization.h"
#include "widgets/views/inspectionspage.h"
#include "widgets/views/inspectionworkspace.h"
#include "widgettesthelpers.h"

using namespace Qt::StringLiterals;
using namespace sitesafe;
using namespace sitesafe::test;

namespace {

/// A main window on a writable copy of the demo folder, at 17:00 China time on the demo's today (after the demo's
/// last inspection of the day and its import).
struct InspectionWindow {
    DemoCopy copy;
    FixedClock clock{QDateTime(DemoFixture::today(), QTime(9, 0), Qt::UTC)};
    QTemporaryDir settingsDir;
    std::unique_ptr<AppSettings> settings;
    std::unique_ptr<DataStore> store;
    std::unique_ptr<DataFolderSession> session;
    std::unique_ptr<MainWindow> window;

    InspectionWindow()
    {
        settings = std::make_unique<AppSettings>(settingsDir.filePath(u"sitesafe.ini"_s));
        Database::Options options;
        options.clock = &clock;
        auto opened = DataStore::open(copy.directory(), options);
        if (!opened)
            throw std::runtime_error(opened.error().message.toStdString());
        store = std::move(opened).value();
        session = std::make_unique<DataFolderSession>(*store, clock, DemoFixture::today());
        window = std::make_unique<MainWindow>(*session, *settings);
        window->resize(1366, 768);
        window->show();
        window->activateWindow();
        if (!QTest::qWaitForWindowActive(window.get(), 2000))
            throw std::runtime_error("the main window never became active");
    }
    ~InspectionWindow()
    {
        window.reset();
        session.reset();
        store.reset();
    }
    QSqlDatabase db() const { return store->connection(); }
    InspectionsPage *page() const { return window->inspectionsPage(); }

    /// Ctrl+N on the 检查 page: the wizard, shown.
    NewInspectionWizard *openWizard()
    {
        window->showPage(MainWindow::Page::Inspections);
        REQUIRE(waitFor([&] { return page()->model()->isReady(); }));
        QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier);
        NewInspectionWizard *wizard = page()->wizard();
        REQUIRE(wizard);
        REQUIRE(QTest::qWaitForWindowExposed(wizard));
        wizard->activateWindow();
        return wizard;
    }
};

/// Types `text` key by key, as an input method delivers Chinese: QTest::keyClicks only knows ASCII.
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

struct ChosenProject {
    QString id;
    QString name;
    QString part; ///< a piece of the name no other project has
};

/// A project with 危大工程 and equipment that bring their own sheets, and a piece of its name that finds only it.
ChosenProject projectWithWorks(QSqlDatabase db)
{
    QSqlQuery q(db);
    REQUIRE(q.exec(u"SELECT p.id, p.name FROM projects p WHERE "
                   "EXISTS (SELECT 1 FROM dangerous_works d WHERE d.project_id = p.id AND d.category = 'scaffolding') "
                   "AND EXISTS (SELECT 1 FROM dangerous_works d WHERE d.project_id = p.id AND d.category = 'excavation') "
                   "AND EXISTS (SELECT 1 FROM equipment e WHERE e.project_id = p.id AND e.status <> 'dismantled') "
                   "ORDER BY p.id"_s));
    while (q.next()) {
        const QString name = q.value(1).toString();
        for (int from = 1; from + 5 <= name.size(); ++from) {
            const QString part = name.mid(from, 5);
            if (sqlCount(db, u"SELECT count(*) FROM projects WHERE instr(name, ?) > 0"_s, {part}) == 1)
                return {q.value(0).toString(), name, part};
        }
    }
    FAIL("the demo has no project with scaffolding, an excavation and equipment");
    return {};
}

/// The mapping applied to what the test reads itself from the project's rows.
QStringList expectedSheets(QSqlDatabase db, const QString &projectId)
{
    QList<ChecklistSelection::DangerousWork> works;
    QSqlQuery w(db);
    w.prepare(u"SELECT category, coalesce(description, '') FROM dangerous_works WHERE project_id = ?"_s);
    w.addBindValue(projectId);
    REQUIRE(w.exec());
    while (w.next())
        works.append({w.value(0).toString(), w.value(1).toString()});
    QStringList kinds;
    QSqlQuery e(db);
    e.prepare(u"SELECT kind FROM equipment WHERE project_id = ? AND status <> 'dismantled'"_s);
    e.addBindValue(projectId);
    REQUIRE(e.exec());
    while (e.next())
        kinds.append(e.value(0).toString());
    return ChecklistSelection::scoreSheetsFor(works, kinds);
}

/// Types `part` into the project search and moves with the arrow keys to the row of `projectId`.
void chooseProject(NewInspectionWizard *wizard, const QString &part, const QString &projectId)
{
    InspectionProjectPage *page = wizard->projectPage();
    REQUIRE(wizard->currentId() == NewInspectionWizard::ProjectPageId);
    page->searchEdit()->setFocus();
    typeText(page->searchEdit(), part);
    REQUIRE(waitFor([&] { return page->isSearchDone(); }));
    int row = -1;
    for (int r = 0; r < page->resultList()->rowCount(); ++r)
        if (page->resultList()->item(r, 0)->text().contains(part))
            row = r;
    REQUIRE(row >= 0);
    for (int i = 0; i < row; ++i)
        QTest::keyClick(page->searchEdit(), Qt::Key_Down);
    REQUIRE(page->project().id == projectId);
    CHECK_FALSE(page->project().jurisdictionName.isEmpty());
    CHECK(wizard->button(QWizard::NextButton)->isEnabled());
    QTest::keyClick(page->searchEdit(), Qt::Key_Return);
    REQUIRE(wizard->currentId() == NewInspectionWizard::DetailsPageId);
}

} // namespace

TEST_CASE("A new inspection made with the keyboard: two officers before Next, sheets preselected, one draft saved",
          "[inspection][widgets]")
{
    InspectionWindow f;
    const ChosenProject project = projectWithWorks(f.db());
    const qint64 before = sqlCount(f.db(), u"SELECT count(*) FROM inspections"_s);
    NewInspectionWizard *wizard = f.openWizard();
    chooseProject(wizard, project.part, project.id);

    // Kind: full coverage is the default; round 2 through the round box's mnemonic and an arrow.
    InspectionDetailsPage *details = wizard->detailsPage();
    CHECK(details->kind() == u"round");
    CHECK(details->date() == DemoFixture::today());
    QTest::keyClick(wizard, Qt::Key_O, Qt::AltModifier);
    REQUIRE(wizard->focusWidget() == details->roundCombo());
    QTest::keyClick(details->roundCombo(), Qt::Key_Down);
    CHECK(details->round() == 2);

    // One inspector (the user, listed first): Next is disabled and the page says why, in the repository's words.
    const QString actor = InspectionsPage::actor(*f.session);
    REQUIRE(details->inspectors() == QStringList{actor});
    Inspection lone;
    lone.projectId = project.id;
    lone.kind = u"round"_s;
    lone.round = 2;
    lone.inspectors = {actor};
    lone.checklists = {u"V2024"_s};
    const QString twoOfficers = InspectionRepository::validate(lone).error().message;
    REQUIRE(twoOfficers.contains(u"two"_s));
    CHECK_FALSE(wizard->button(QWizard::NextButton)->isEnabled());
    CHECK(details->problemLabel()->isVisible());
    CHECK(details->problemLabel()->text() == twoOfficers);
    auto *rule = details->findChild<QLabel *>(u"ruleLabel"_s);
    REQUIRE(rule);
    CHECK(rule->isVisible());
    CHECK(rule->text().contains(u"law-enforcement officers"_s));

    // Names seen in earlier inspections are offered as the name is typed.
    QCompleter *completer = details->inspectorEdit()->completer();
    REQUIRE(completer);
    const qint64 seen = nonZero(
        sqlCount(f.db(), u"SELECT count(DISTINCT trim(n.value)) FROM inspections, json_each(inspectors) n"_s));
    REQUIRE(waitFor([&] { return completer->model()->rowCount() == seen; }));

    // The same name again is not a second officer.
    QTest::keyClick(wizard, Qt::Key_I, Qt::AltModifier);
    REQUIRE(wizard->focusWidget() == details->inspectorEdit());
    typeText(details->inspectorEdit(), actor);
    QTest::keyClick(details->inspectorEdit(), Qt::Key_Return);
    CHECK(details->inspectors() == QStringList{actor});
    CHECK_FALSE(wizard->button(QWizard::NextButton)->isEnabled());
    CHECK(wizard->currentId() == NewInspectionWizard::DetailsPageId);

    const QString second = u"测试督查员"_s;
    typeText(details->inspectorEdit(), second);
    QTest::keyClick(details->inspectorEdit(), Qt::Key_Return);
    CHECK(details->inspectors() == QStringList{actor, second});
    CHECK(wizard->currentId() == NewInspectionWizard::DetailsPageId); // Enter added the name, did not move on
    CHECK(wizard->button(QWizard::NextButton)->isEnabled());
    CHECK_FALSE(details->problemLabel()->isVisible());
    QTest::keyClick(details->inspectorEdit(), Qt::Key_Return);
    REQUIRE(wizard->currentId() == NewInspectionWizard::ChecklistPageId);

    // Checklists: the 2024 criteria (in force today) and exactly the sheets the mapping gives for this project.
    InspectionChecklistPage *checklists = wizard->checklistPage();
    REQUIRE(waitFor([&] { return checklists->isReady(); }));
    const QStringList sheets = expectedSheets(f.db(), project.id);
    CHECK(sheets.size() >= 7); // the five general sheets and at least a scaffold and an excavation sheet
    CHECK(sheets.contains(u"B.11"_s));
    const QStringList expected = QStringList{u"V2024"_s} + sheets;
    CHECK(checklists->checkedCodes() == expected);
    CHECK(checklists->editionLabel()->text().contains(u"建质规〔2024〕5号"_s));

    QSignalSpy opened(f.page(), &InspectionsPage::openInspectionRequested);
    QTest::keyClick(checklists->list(), Qt::Key_Return);
    REQUIRE(waitFor([&] { return f.page()->wizard() == nullptr; }));

    // Exactly one new row with those values, and its outbox insert.
    CHECK(sqlCount(f.db(), u"SELECT count(*) FROM inspections"_s) == before + 1);
    REQUIRE(opened.size() == 1);
    const QString id = opened.first().at(0).toString();
    CHECK(sqlCount(f.db(), u"SELECT count(*) FROM inspections WHERE created_at >= ?"_s,
                   {f.clock.now().toString(Qt::ISODateWithMs)})
          == 1);
    QSqlQuery row(f.db());
    row.prepare(u"SELECT id, project_id, kind, round, inspectors, checklists, status, started_at, template_code "
                "FROM inspections WHERE id = ?"_s);
    row.addBindValue(id);
    REQUIRE(row.exec());
    REQUIRE(row.next());
    CHECK(row.value(1).toString() == project.id);
    CHECK(row.value(2).toString() == u"round");
    CHECK(row.value(3).toInt() == 2);
    CHECK(row.value(4).toString() == u"[\"%1\",\"%2\"]"_s.arg(actor, second));
    CHECK(row.value(5).toString() == u"[\""_s + expected.join(u"\",\""_s) + u"\"]"_s);
    CHECK(row.value(6).toString() == u"draft");
    CHECK(row.value(7).toString() == u"%1T09:00:00.000Z"_s.arg(DemoFixture::today().toString(Qt::ISODate)));
    CHECK(row.value(8).toString() == u"V2024");
    CHECK(sqlCount(f.db(), u"SELECT count(*) FROM outbox WHERE entity = 'inspections' AND entity_id = ?"_s, {id}) == 1);
    CHECK(sqlCount(f.db(), u"SELECT count(*) FROM outbox WHERE entity = 'inspections' AND entity_id = ? "
                           "AND op = 'insert' AND state = 'pending'"_s,
                   {id})
          == 1);

    // It opens in its own window at the checklist; the page lists it first, as a draft, selected.
    const auto workspaces = f.window->findChildren<InspectionWorkspace *>();
    REQUIRE(workspaces.size() == 1);
    CHECK(workspaces.constFirst()->inspectionId() == id);
    CHECK(workspaces.constFirst()->isWindow());
    workspaces.constFirst()->close();
    REQUIRE(waitFor([&] { return f.page()->model()->isReady() && f.page()->model()->rowCount() == before + 1; }));
    CHECK(f.page()->model()->row(0).id == id);
    CHECK(f.page()->model()->row(0).status == u"draft");
    CHECK(f.page()->model()->index(0, InspectionListModel::Status).data().toString() == u"Draft");
    REQUIRE(waitFor([&] { return f.page()->view()->currentIndex().row() == 0; }));

    // Enter on the list asks for it to be opened.
    f.window->activateWindow();
    f.page()->view()->setFocus();
    QTest::keyClick(f.page()->view(), Qt::Key_Return);
    REQUIRE(opened.size() == 2);
    CHECK(opened.last().at(0).toString() == id);
}

TEST_CASE("The criteria edition follows the inspection date: 2022 edition in June 2024, 2024 edition in 2025",
          "[inspection][widgets]")
{
    InspectionWindow f;
    const ChosenProject project = projectWithWorks(f.db());
    NewInspectionWizard *wizard = f.openWizard();
    chooseProject(wizard, project.part, project.id);
    InspectionDetailsPage *details = wizard->detailsPage();
    InspectionChecklistPage *checklists = wizard->checklistPage();
    details->addInspector(u"测试督查员"_s);

    const QList<std::tuple<QDate, QString, QString>> cases{
        {QDate(2025, 1, 10), u"V2024"_s, u"建质规〔2024〕5号"_s},
        {QDate(2024, 6, 1), u"V2022"_s, u"建质规〔2022〕2号"_s},
    };
    for (const auto &[date, code, document] : cases) {
        INFO(date.toString(Qt::ISODate).toStdString());
        if (wizard->currentId() == NewInspectionWizard::ChecklistPageId)
            wizard->back();
        details->dateEdit()->setFocus();
        details->dateEdit()->setDate(date);
        wizard->next();
        REQUIRE(wizard->currentId() == NewInspectionWizard::ChecklistPageId);
        REQUIRE(waitFor([&] { return checklists->isReady(); }));
        CHECK(checklists->editionCode() == code);
        CHECK(checklists->checkedCodes().value(0) == code);
        CHECK(checklists->editionLabel()->text().contains(document));
    }
    // Saved with the date's edition and the date itself (at the present time of day in China).
    const qint64 before = sqlCount(f.db(), u"SELECT count(*) FROM inspections"_s);
    QTest::keyClick(checklists->list(), Qt::Key_Return); // Finish: validatePage saves
    REQUIRE(waitFor([&] { return f.page()->wizard() == nullptr; }));
    CHECK(sqlCount(f.db(), u"SELECT count(*) FROM inspections"_s) == before + 1);
    CHECK(sqlCount(f.db(),
                   u"SELECT count(*) FROM inspections WHERE started_at = '2024-06-01T09:00:00.000Z' "
                   "AND json_extract(checklists, '$[0]') = 'V2022' AND template_code = 'V2022'"_s)
          == 1);
}

TEST_CASE("Renders the inspection list and the wizard's checklist page in Chinese at 1366×768",
          "[inspection][widgets][render]")
{
    REQUIRE(Localization::install(u"zh_CN"_s));
    Localization::applyFonts();
    {
        InspectionWindow f;
        QDir().mkpath(QStringLiteral(SITESAFE_RENDER_DIR));
        f.window->showPage(MainWindow::Page::Inspections);
        REQUIRE(waitFor([&] { return f.page()->model()->isReady() && f.page()->hasChoices(); }));
        f.page()->view()->selectRow(0);
        QTest::qWait(50);
        const QImage list = f.window->grab().toImage();
        CHECK(list.size() == QSize(1366, 768) * f.window->devicePixelRatio());
        CHECK(list.save(QStringLiteral(SITESAFE_RENDER_DIR) + u"/inspections-page.png"_s));

        const ChosenProject project = projectWithWorks(f.db());
        NewInspectionWizard *wizard = f.openWizard();
        chooseProject(wizard, project.part, project.id);
        QTest::qWait(50);
        CHECK(wizard->detailsPage()->problemLabel()->isVisible());
        CHECK(wizard->grab().toImage().save(QStringLiteral(SITESAFE_RENDER_DIR)
                                            + u"/new-inspection-wizard-inspectors.png"_s));
        wizard->detailsPage()->addInspector(u"陈红"_s);
        wizard->next();
        REQUIRE(waitFor([&] { return wizard->checklistPage()->isReady(); }));
        QTest::qWait(50);
        CHECK(wizard->grab().toImage().save(QStringLiteral(SITESAFE_RENDER_DIR) + u"/new-inspection-wizard.png"_s));
        wizard->reject();
    }
    Localization::install(u"en"_s);
}

TEST_CASE("A save that fails leaves a sentence in the wizard and nothing saved, and Finish then saves once",
          "[inspection][widgets]")
{
    InspectionWindow f;
    const ChosenProject project = projectWithWorks(f.db());
    const qint64 before = sqlCount(f.db(), u"SELECT count(*) FROM inspections"_s);
    const qint64 outboxBefore = sqlCount(f.db(), u"SELECT count(*) FROM outbox"_s);
    const QString audits = u"SELECT count(*) FROM audit_log WHERE action = 'inspection.create'"_s;
    const qint64 auditBefore = sqlCount(f.db(), audits);
    NewInspectionWizard *wizard = f.openWizard();
    chooseProject(wizard, project.part, project.id);
    wizard->detailsPage()->addInspector(u"测试督查员"_s);
    QTest::keyClick(wizard->detailsPage()->inspectorEdit(), Qt::Key_Return);
    REQUIRE(wizard->currentId() == NewInspectionWizard::ChecklistPageId);
    InspectionChecklistPage *checklists = wizard->checklistPage();
    REQUIRE(waitFor([&] { return checklists->isReady(); }));

    // Nothing ticked: Finish is disabled.
    QListWidget *list = checklists->list();
    QList<int> ticked;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            ticked.append(i);
    for (int i : std::as_const(ticked))
        list->item(i)->setCheckState(Qt::Unchecked);
    CHECK_FALSE(wizard->button(QWizard::FinishButton)->isEnabled());
    for (int i : std::as_const(ticked))
        list->item(i)->setCheckState(Qt::Checked);
    CHECK(wizard->button(QWizard::FinishButton)->isEnabled());

    // Another program holds the write lock: the save fails after the store's busy timeout, in words.
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"inspection-lock"_s);
        other.setDatabaseName(f.copy.databasePath());
        REQUIRE(other.open());
        QSqlQuery lock(other);
        REQUIRE(lock.exec(u"BEGIN IMMEDIATE"_s));
        QTest::keyClick(list, Qt::Key_Return);
        CHECK(wizard->currentId() == NewInspectionWizard::ChecklistPageId);
        CHECK(checklists->errorLabel()->isVisible());
        CHECK(checklists->errorLabel()->text().contains(u"busy"_s));
        CHECK(checklists->errorLabel()->text().contains(u"Try again"_s));
        REQUIRE(lock.exec(u"ROLLBACK"_s));
        lock.finish();
        other.close();
    }
    QSqlDatabase::removeDatabase(u"inspection-lock"_s);
    CHECK(sqlCount(f.db(), u"SELECT count(*) FROM inspections"_s) == before);
    CHECK(sqlCount(f.db(), u"SELECT count(*) FROM outbox"_s) == outboxBefore);
    CHECK(sqlCount(f.db(), audits) == auditBefore);

    // Finish again: saved exactly once.
    QTest::keyClick(list, Qt::Key_Return);
    REQUIRE(waitFor([&] { return f.page()->wizard() == nullptr; }));
    CHECK(sqlCount(f.db(), u"SELECT count(*) FROM inspections"_s) == before + 1);
    CHECK(sqlCount(f.db(), u"SELECT count(*) FROM outbox"_s) == outboxBefore + 1);
    CHECK(sqlCount(f.db(), audits) == auditBefore + 1);
}

TEST_CASE("The inspection list's filters are reached with the keyboard, and a double-click opens a row",
          "[inspection][widgets]")
{
    WindowFixture f;
    QSqlDatabase db = f.db();
    f.window->showPage(MainWindow::Page::Inspections);
    InspectionsPage *page = f.window->inspectionsPage();
    REQUIRE(waitFor([&] { return page->model()->isReady() && page->hasChoices(); }));
    CHECK(page->model()->rowCount() == nonZero(sqlCount(db, u"SELECT count(*) FROM inspections"_s)));

    // Ctrl+F: the search box; Tab: the status filter; arrows choose "Draft".
    QTest::keyClick(f.window.get(), Qt::Key_F, Qt::ControlModifier);
    auto *search = page->findChild<QLineEdit *>(u"searchEdit"_s);
    REQUIRE(QApplication::focusWidget() == search);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    auto *status = page->findChild<QComboBox *>(u"statusCombo"_s);
    REQUIRE(QApplication::focusWidget() == status);
    QTest::keyClick(status, Qt::Key_Down);
    CHECK(page->currentFilter().status == u"draft");
    REQUIRE(waitFor([&] { return page->model()->isReady(); }));
    CHECK(page->model()->rowCount() == nonZero(sqlCount(db, u"SELECT count(*) FROM inspections WHERE status = 'draft'"_s)));
    // Tab: kind; Down twice: round 2 (after "all kinds" and round 1).
    QTest::keyClick(status, Qt::Key_Tab);
    auto *kind = page->findChild<QComboBox *>(u"kindCombo"_s);
    REQUIRE(QApplication::focusWidget() == kind);
    QTest::keyClick(kind, Qt::Key_Down);
    QTest::keyClick(kind, Qt::Key_Down);
    CHECK(page->currentFilter().kind == u"round");
    CHECK(page->currentFilter().round == 2);
    REQUIRE(waitFor([&] { return page->model()->isReady(); }));
    CHECK(page->model()->rowCount()
          == nonZero(sqlCount(db, u"SELECT count(*) FROM inspections WHERE status = 'draft' AND round = 2"_s)));
    QTest::keyClick(kind, Qt::Key_Tab);
    REQUIRE(QApplication::focusWidget() == page->findChild<QComboBox *>(u"jurisdictionCombo"_s));

    // A double-click on a row asks for that inspection.
    QSignalSpy opened(page, &InspectionsPage::openInspectionRequested);
    QTableView *view = page->view();
    const QRect cell = view->visualRect(page->model()->index(0, InspectionListModel::Project));
    // A real double-click is a press and release, then the double-click event (QTest's sends only the latter).
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, cell.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, cell.center());
    REQUIRE(opened.size() == 1);
    CHECK(opened.first().at(0).toString() == page->model()->row(0).id);
}
