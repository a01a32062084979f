#include "widgets/views/checklistrunner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlError>
#include <QTreeView>
#include <QUndoStack>

#include <catch2/catch.hpp>

#include "inspectionfixture.h"
#include "models/checklistmodel.h"
#include "widgets/dialogs/hazardformdialog.h"
#include "widgets/localization.h"
#include "widgets/views/checklistitempanel.h"
#include "widgets/views/jgj59scoreview.h"
#include "widgettesthelpers.h"

using namespace Qt::StringLiterals;
using namespace sitesafe;
using namespace sitesafe::test;

namespace {
struct RunnerFixture : InspectionFixture {
    std::unique_ptr<ChecklistRunner> runner;

    explicit RunnerFixture(QSize size = {1366, 768})
    {
        runner = std::make_unique<ChecklistRunner>(*session, inspectionId);
        runner->resize(size);
        runner->show();
        runner->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(runner.get(), 2000));
        REQUIRE(waitFor([&] { return runner->model()->isLoaded(); }));
    }
    ~RunnerFixture() { runner.reset(); }

    QTreeView *list() const { return runner->list(); }
    void key(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(list(), Qt::Key(key), modifiers);
    }
    QString current() const { return runner->model()->item(runner->currentItem()).code; }
    void go(const QString &code)
    {
        runner->selectItem(runner->model()->itemIndex(code));
        REQUIRE(current() == code);
        list()->setFocus();
    }
    qint64 count(const QString &sql, const QVariantList &values = {}) const
    {
        return sqlCount(store->connection(), sql, values);
    }
    std::string answer(const QString &code) const
    {
        QSqlQuery q(store->connection());
        q.prepare(u"SELECT result || '/' || printf('%g', deduction) || '/' || is_withdrawn FROM inspection_answers "
                  "WHERE inspection_id = ? AND item_code = ?"_s);
        q.addBindValue(inspectionId);
        q.addBindValue(code);
        return q.exec() && q.next() ? q.value(0).toString().toStdString() : std::string();
    }
};

/// Not blank: many colours, and not nearly all of one (background) colour.
void checkDrawn(const QImage &image)
{
    QHash<QRgb, int> histogram;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            ++histogram[image.pixel(x, y)];
    int background = 0;
    for (int n : std::as_const(histogram))
        background = std::max(background, n);
    const int samples = (image.width() / 2) * (image.height() / 2);
    CHECK(histogram.size() > 40);
    CHECK(double(background) / samples < 0.95);
}

/// The hazard form the runner opened last, waited for.
HazardFormDialog *openedForm(ChecklistRunner &runner)
{
    REQUIRE(waitFor([&] { return runner.hazardForm() && runner.hazardForm()->isVisible(); }));
    return runner.hazardForm();
}
} // namespace

TEST_CASE("The runner walks the checklist by keyboard, writes every answer at once and resumes at the first "
          "unanswered item",
    "[inspection][widgets]")
{
    RunnerFixture f;
    ChecklistModel *model = f.runner->model();
    // Criteria items of the 2024 edition first, then the sheet items of B.1 and B.14.
    REQUIRE(model->itemCount() > 40);
    CHECK(model->item(0).code.startsWith(u"V2024-04-"_s));
    CHECK(model->itemIndex(u"B.1-01"_s) > 0);
    CHECK(model->itemIndex(u"B.14-01"_s) > model->itemIndex(u"B.1-01"_s));
    CHECK(model->item(model->itemIndex(u"V2024-05-04"_s)).conditions.size() >= 2);
    CHECK(f.runner->progressText() == u"0 / %1 answered"_s.arg(model->itemCount()));

    const QString first = f.current();
    f.key(Qt::Key_P);
    const QString second = f.current();
    CHECK(second != first);
    f.key(Qt::Key_N);
    f.key(Qt::Key_K); // back up to the second item, down again with j and Down
    CHECK(f.current() == second);
    f.key(Qt::Key_J);
    f.key(Qt::Key_Down);
    const QString fourth = f.current();
    f.key(Qt::Key_Up);
    f.key(Qt::Key_P);
    CHECK(f.answer(first) == "pass/0/0");
    CHECK(f.answer(second) == "not_applicable/0/0");
    CHECK(f.current() == fourth);
    CHECK(f.runner->progressText() == u"3 / %1 answered"_s.arg(model->itemCount()));

    // Enter opens the note; Esc hands it over (a NoteCommand) and returns to the list.
    f.key(Qt::Key_K);
    f.key(Qt::Key_Return);
    QPlainTextEdit *note = f.runner->detailPanel()->noteEdit();
    REQUIRE(note->hasFocus());
    note->insertPlainText(u"现场已整改"_s);
    QTest::keyClick(note, Qt::Key_Escape);
    CHECK(f.list()->hasFocus());
    REQUIRE(waitFor([&] {
        return sqlCount(f.store->connection(), u"SELECT count(*) FROM inspection_answers WHERE note = '现场已整改'"_s)
            == 1;
    }));

    // Reopened, the draft selects the first item not answered.
    const int answered = model->answeredCount();
    f.runner.reset();
    ChecklistRunner again(*f.session, f.inspectionId);
    again.show();
    REQUIRE(waitFor([&] { return again.model()->isLoaded(); }));
    CHECK(again.model()->answeredCount() == answered);
    CHECK(again.currentItem() == again.model()->firstUnanswered());
    CHECK(again.model()->item(again.currentItem()).code == fourth);
}

TEST_CASE("A failed criterion becomes a major hazard with its edition, article and text, undone and redone with "
          "the keyboard",
    "[inspection][widgets]")
{
    RunnerFixture f;
    const ChecklistItem item = f.runner->model()->item(f.runner->model()->itemIndex(u"V2024-05-01"_s));
    f.go(item.code);
    f.key(Qt::Key_F);
    HazardFormDialog *form = openedForm(*f.runner);
    const QString basis = form->findChild<QLabel *>(u"basisLabel"_s)->text();
    CHECK(basis.contains(u"2024"_s));
    CHECK(basis.contains(u"article 5 "_s));
    CHECK(basis.contains(u"V2024-05-01"_s));
    CHECK(basis.contains(item.articleTitle));
    CHECK(basis.contains(item.text));
    CHECK(form->findChild<QCheckBox *>(u"majorCheck"_s)->isChecked());
    CHECK(form->findChild<QComboBox *>(u"measureCombo"_s)->currentData().toString() == u"partial_stop"_s);
    CHECK(form->findChild<QDateEdit *>(u"deadlineEdit"_s)->date() == DemoFixture::today().addDays(7));
    CHECK(form->findChild<QComboBox *>(u"enterpriseCombo"_s)->currentData().toString() == f.contractorId);
    CHECK(form->findChild<QLineEdit *>(u"personEdit"_s)->text() == f.projectManager);
    form->findChild<QLineEdit *>(u"locationEdit"_s)->setText(u"基坑北侧"_s);
    form->accept();
    REQUIRE(waitFor([&] { return !f.runner->hazardForm(); }));

    const QString hazardsSql = u"SELECT count(*) FROM hazards WHERE inspection_id = ? AND criteria_set = 'V2024' "
                               "AND criteria_item = 'V2024-05-01' AND is_major = 1 AND measure = 'partial_stop' "
                               "AND location = '基坑北侧' AND responsible_enterprise_id = ? AND description = ?"_s;
    CHECK(f.count(hazardsSql, {f.inspectionId, f.contractorId, item.text}) == 1);
    CHECK(f.answer(item.code) == "fail/0/0");

    // Ctrl+Z voids the hazard, Ctrl+Z again withdraws the first answer; Ctrl+Shift+Z brings both back.
    f.key(Qt::Key_Z, Qt::ControlModifier);
    CHECK(f.count(u"SELECT count(*) FROM hazard_events e JOIN hazards h ON h.id = e.hazard_id WHERE "
                  "h.inspection_id = ? AND e.kind = 'voided' AND e.note = 'undone by the inspector'"_s,
              {f.inspectionId})
        == 1);
    f.key(Qt::Key_Z, Qt::ControlModifier);
    CHECK(f.answer(item.code) == "fail/0/1");
    CHECK(f.runner->model()->item(f.runner->model()->itemIndex(item.code)).result.isEmpty());
    f.key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(f.answer(item.code) == "fail/0/0");
    f.key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(f.count(u"SELECT count(*) FROM hazards WHERE inspection_id = ? AND status <> 'voided'"_s, {f.inspectionId})
        == 1);
    CHECK(f.count(u"SELECT count(*) FROM hazards WHERE inspection_id = ?"_s, {f.inspectionId}) == 2);
    CHECK(f.count(u"SELECT count(*) FROM outbox WHERE entity = 'hazards' AND op = 'insert' AND entity_id IN "
                  "(SELECT id FROM hazards WHERE inspection_id = ?)"_s,
              {f.inspectionId})
        == 2);
}

TEST_CASE("An item whose wording is uncertain carries the mark in the list, the panel and the hazard form",
    "[inspection][widgets]")
{
    InspectionFixture f;
    QSqlQuery mark(f.store->connection());
    // Reference data changes only as pulled from the server: write it the way a pull would.
    REQUIRE(mark.exec(u"UPDATE sync_control SET applying_remote = 1 WHERE id = 1"_s));
    INFO(mark.lastError().text().toStdString());
    REQUIRE(mark.exec(u"UPDATE criteria_items SET is_uncertain = 1 WHERE code = 'V2024-08-04'"_s));
    REQUIRE(mark.exec(u"UPDATE sync_control SET applying_remote = 0 WHERE id = 1"_s));
    ChecklistRunner runner(*f.session, f.inspectionId);
    runner.resize(1366, 768);
    runner.show();
    REQUIRE(waitFor([&] { return runner.model()->isLoaded(); }));
    ChecklistModel *model = runner.model();
    const QModelIndex uncertain = model->indexOfItem(model->itemIndex(u"V2024-08-04"_s), ChecklistModel::TextColumn);
    const QModelIndex certain = model->indexOfItem(model->itemIndex(u"V2024-08-03"_s), ChecklistModel::TextColumn);
    CHECK(uncertain.data().toString().contains(u"[wording uncertain]"_s));
    CHECK_FALSE(certain.data().toString().contains(u"uncertain"_s));
    runner.selectItem(model->itemIndex(u"V2024-08-04"_s));
    CHECK(runner.detailPanel()->findChild<QLabel *>(u"uncertainMark"_s)->isVisible());
    runner.selectItem(model->itemIndex(u"V2024-08-03"_s));
    CHECK_FALSE(runner.detailPanel()->findChild<QLabel *>(u"uncertainMark"_s)->isVisible());
    runner.selectItem(model->itemIndex(u"V2024-08-04"_s));
    runner.answerCurrent(u"fail"_s);
    HazardFormDialog *form = openedForm(runner);
    CHECK(form->findChild<QLabel *>(u"uncertainLabel"_s));
    form->reject();
}

TEST_CASE("Deductions change the live JGJ 59 score, the guaranteed-item veto and the rating", "[inspection][widgets]")
{
    RunnerFixture f;
    Jgj59ScoreView *score = f.runner->scoreView();
    CHECK(score->sheetScore(u"B.1"_s));
    CHECK(score->sheetScore(u"B.1"_s)->score == Approx(100));

    // B.1-01 安全生产责任制 (guaranteed, 10 points): its catalog rule takes all 10 → the sheet scores 0.
    f.go(u"B.1-01"_s);
    f.key(Qt::Key_F);
    CHECK_FALSE(f.runner->hazardForm()); // a score-sheet item: a hazard only on request (H)
    auto *rules = f.runner->detailPanel()->findChild<QComboBox *>(u"ruleCombo"_s);
    REQUIRE(rules->count() >= 2);
    QTest::keyClick(rules, Qt::Key_Down);
    CHECK(f.answer(u"B.1-01"_s) == "fail/10/0");
    CHECK(score->sheetScore(u"B.1"_s)->isVetoed);
    CHECK(score->text().contains(u"B.1-01"_s));
    CHECK(score->score().rating == SafetyRating::Unqualified);

    // Undone: the sheet is whole again.
    f.list()->setFocus();
    f.key(Qt::Key_Z, Qt::ControlModifier);
    CHECK(f.answer(u"B.1-01"_s) == "fail/0/0");
    CHECK(score->sheetScore(u"B.1"_s)->score == Approx(100));

    // Typed points on three guaranteed items: 33 of 60 left, under 40 → vetoed with that reason.
    auto *points = f.runner->detailPanel()->findChild<QDoubleSpinBox *>(u"pointsSpin"_s);
    auto *deduct = f.runner->detailPanel()->findChild<QPushButton *>(u"applyDeductionButton"_s);
    for (const QString &code : {u"B.1-02"_s, u"B.1-03"_s, u"B.1-04"_s}) {
        f.go(code);
        points->setValue(9);
        deduct->click();
        CHECK(f.answer(code) == "fail/9/0"); // a deduction fails an unanswered item
    }
    CHECK(score->sheetScore(u"B.1"_s)->isVetoed);
    CHECK(score->text().contains(u"Guaranteed items below 40 (33.0 of 60): sheet scores 0"_s));

    // A general item is capped at its points.
    f.go(u"B.1-07"_s);
    points->setValue(15);
    deduct->click();
    CHECK(f.answer(u"B.1-07"_s) == "fail/10/0");

    // B.14 alone: a deduction of 5 on a general item.
    f.go(u"B.1-04"_s);
    f.list()->setFocus();
    f.key(Qt::Key_Z, Qt::ControlModifier); // B.1-07's deduction
    f.key(Qt::Key_Z, Qt::ControlModifier); // B.1-04's
    CHECK(f.answer(u"B.1-04"_s) == "fail/9/1"); // withdrawn: counts as unanswered, full points
    CHECK_FALSE(score->sheetScore(u"B.1"_s)->isVetoed);
    CHECK(score->sheetScore(u"B.1"_s)->score == Approx(82));
    CHECK(score->score().rating == SafetyRating::Excellent);
}

TEST_CASE("A whole inspection by keyboard: answers, hazards from a criterion, a score-sheet item and outside the "
          "checklist, then submission: the database and the outbox hold exactly those",
    "[inspection][widgets]")
{
    RunnerFixture f;
    ChecklistModel *model = f.runner->model();
    QHash<QString, QString> expected; // item → result/deduction/withdrawn
    for (int i = 0; i < 6; ++i) {
        const QString code = f.current();
        const bool isPass = i % 3 != 2;
        f.key(isPass ? Qt::Key_P : Qt::Key_N);
        expected.insert(code, isPass ? u"pass/0/0"_s : u"not_applicable/0/0"_s);
    }
    // A criterion of article 8 fails: a deadline measure.
    f.go(u"V2024-08-01"_s);
    f.key(Qt::Key_F);
    HazardFormDialog *form = openedForm(*f.runner);
    CHECK(form->findChild<QComboBox *>(u"measureCombo"_s)->currentData().toString() == u"deadline"_s);
    form->accept();
    expected.insert(u"V2024-08-01"_s, u"fail/0/0"_s);

    // A failed score-sheet item offers a general hazard with its sheet as basis (H).
    f.go(u"B.14-01"_s);
    f.key(Qt::Key_F);
    f.key(Qt::Key_H);
    form = openedForm(*f.runner);
    CHECK(form->findChild<QLineEdit *>(u"basisEdit"_s)->text().startsWith(u"JGJ 59-2011 表B.14 "_s));
    CHECK_FALSE(form->findChild<QCheckBox *>(u"majorCheck"_s)->isChecked());
    form->accept();
    expected.insert(u"B.14-01"_s, u"fail/0/0"_s);

    // A general hazard outside the checklist (G): refused without a basis, saved with one.
    f.list()->setFocus();
    f.key(Qt::Key_G);
    form = openedForm(*f.runner);
    form->findChild<QPlainTextEdit *>(u"descriptionEdit"_s)->setPlainText(u"材料堆放占用消防通道"_s);
    form->accept();
    CHECK(form->isVisible());
    CHECK(form->findChild<QLabel *>(u"errorLabel"_s)->text().contains(u"basis"_s));
    form->findChild<QLineEdit *>(u"basisEdit"_s)->setText(u"GB 50720-2011 第3.2.3条"_s);
    form->accept();
    REQUIRE(waitFor([&] { return !f.runner->hazardForm(); }));

    const int unanswered = model->itemCount() - model->answeredCount();
    REQUIRE(unanswered > 0);
    bool confirmed = false;
    answerNextMessageBox(u"&Yes"_s, &confirmed);
    REQUIRE(f.runner->submit());
    CHECK(confirmed);

    // Exactly those answers, each with its outbox insert.
    QSqlQuery q(f.store->connection());
    REQUIRE(q.exec(u"SELECT item_code, result || '/' || printf('%g', deduction) || '/' || is_withdrawn, id FROM "
                   u"inspection_answers "
                   "WHERE inspection_id = '%1'"_s.arg(f.inspectionId)));
    QHash<QString, QString> stored;
    QStringList answerIds;
    while (q.next()) {
        stored.insert(q.value(0).toString(), q.value(1).toString());
        answerIds << q.value(2).toString();
    }
    CHECK(stored == expected);
    for (const QString &id : answerIds)
        CHECK(f.count(u"SELECT count(*) FROM outbox WHERE entity = 'inspection_answers' AND op = 'insert' AND "
                      "entity_id = ?"_s,
                  {id})
            == 1);
    CHECK(f.count(u"SELECT count(*) FROM hazards WHERE inspection_id = ?"_s, {f.inspectionId}) == 3);
    CHECK(f.count(u"SELECT count(*) FROM hazards WHERE inspection_id = ? AND is_major = 1 AND criteria_item = "
                  "'V2024-08-01' AND measure = 'deadline'"_s,
              {f.inspectionId})
        == 1);
    CHECK(f.count(u"SELECT count(*) FROM hazards WHERE inspection_id = ? AND is_major = 0 AND criteria_item IS NULL "
                  "AND basis_text LIKE 'JGJ 59-2011 表B.14 %'"_s,
              {f.inspectionId})
        == 1);
    CHECK(f.count(u"SELECT count(*) FROM hazards WHERE inspection_id = ? AND basis_text = 'GB 50720-2011 第3.2.3条' "
                  "AND description = '材料堆放占用消防通道'"_s,
              {f.inspectionId})
        == 1);
    CHECK(f.count(u"SELECT count(*) FROM outbox o JOIN hazards h ON h.id = o.entity_id WHERE o.entity = 'hazards' "
                  "AND o.op = 'insert' AND h.inspection_id = ?"_s,
              {f.inspectionId})
        == 3);
    CHECK(f.count(u"SELECT count(*) FROM inspections WHERE id = ? AND status = 'submitted'"_s, {f.inspectionId}) == 1);
    CHECK(f.count(u"SELECT count(*) FROM outbox WHERE entity = 'inspections' AND entity_id = ? AND op = 'update' AND "
                  "fields LIKE '%submitted%'"_s,
              {f.inspectionId})
        == 1);
    CHECK_FALSE(f.runner->findChild<QPushButton *>(u"submitButton"_s)->isEnabled());
    QSignalSpy sign(f.runner.get(), &ChecklistRunner::signRequested);
    f.runner->findChild<QPushButton *>(u"signButton"_s)->click();
    CHECK(sign.count() == 1);
    CHECK(f.runner->photoArea()->objectName() == u"photoArea"_s);
}

TEST_CASE(
    "Renders the runner with a failed item and the hazard form in Chinese at 1366×768", "[inspection][widgets][render]")
{
    REQUIRE(Localization::install(u"zh_CN"_s));
    Localization::applyFonts();
    {
        RunnerFixture f;
        for (int i = 0; i < 5; ++i)
            f.key(Qt::Key_P);
        f.go(u"V2024-05-04"_s); // the uncertain mark and collapse signs show in the panel when the catalog has them
        f.key(Qt::Key_F);
        HazardFormDialog *form = openedForm(*f.runner);
        form->findChild<QLineEdit *>(u"locationEdit"_s)->setText(u"1#楼基坑东侧"_s);
        QDir().mkpath(QStringLiteral(SITESAFE_RENDER_DIR));
        const QImage formImage = form->grab().toImage();
        checkDrawn(formImage);
        CHECK(saveRender(formImage, u"hazard-form.png"_s, u"05-hazard-form.png"_s));
        form->accept();
        f.go(u"B.1-01"_s);
        f.key(Qt::Key_F);
        QTest::keyClick(f.runner->detailPanel()->findChild<QComboBox *>(u"ruleCombo"_s), Qt::Key_Down);
        f.go(u"V2024-05-04"_s);
        QTest::qWait(50);
        const QImage image = f.runner->grab().toImage();
        CHECK(image.size() == QSize(1366, 768) * f.runner->devicePixelRatio());
        checkDrawn(image);
        CHECK(saveRender(image, u"inspection-runner.png"_s, u"04-inspection-checklist.png"_s));
    }
    Localization::install(u"en"_s);
}
