// The ledger pages on a copy of the demo folder with a clock the test moves: the incident list counts down the
// 48-hour national-platform deadline ("剩余 hh:mm"), turns 迟报 in red once it passes without a report, and stops
// counting once the platform time is entered in the form; the enforcement form refuses a fine without an amount
// in words and then saves exactly one row with one outbox mutation.
#include <QBrush>
#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

#include "core/clock.h"
#include "core/enforcementkinds.h"
#include "core/incidentdeadline.h"
#include "models/democopy.h"
#include "models/demofixture.h"
#include "models/enforcementlistmodel.h"
#include "models/incidentlistmodel.h"
#include "models/modeltesthelpers.h"
#include "session/datafoldersession.h"
#include "storage/database.h"
#include "storage/datastore.h"
#include "storage/enforcementrepository.h"
#include "storage/incidentrepository.h"
#include "widgets/dialogs/enforcementformdialog.h"
#include "widgets/dialogs/incidentformdialog.h"
#include "widgets/localization.h"
#include "widgets/optionaldatetimeedit.h"
#include "widgets/projectchoicecombo.h"
#include "widgets/views/enforcementpage.h"
#include "widgets/views/incidentspage.h"

using namespace Qt::StringLiterals;
using namespace sitesafe;
using namespace sitesafe::test;

namespace {

/// A writable demo copy opened with a FixedClock, and a session on it.
struct ClockedFolder {
    DemoCopy copy;
    FixedClock clock{QDateTime(DemoFixture::today(), QTime(6, 0), Qt::UTC)};
    std::unique_ptr<DataStore> store;
    std::unique_ptr<DataFolderSession> session;

    ClockedFolder()
    {
        Database::Options options;
        options.clock = &clock;
        auto opened = DataStore::open(copy.directory(), options);
        REQUIRE(opened.isOk());
        store = std::move(opened).value();
        session = std::make_unique<DataFolderSession>(*store, clock, DemoFixture::today());
    }
    QString anyProject()
    {
        QSqlQuery q(store->connection());
        REQUIRE(q.exec(u"SELECT id FROM projects WHERE status = 'under_construction' ORDER BY id LIMIT 1"_s));
        REQUIRE(q.next());
        return q.value(0).toString();
    }
    qint64 scalar(const QString &sql)
    {
        QSqlQuery q(store->connection());
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }
};

QString platformText(IncidentsPage &page, const QString &id)
{
    const int row = page.model()->rowOf(id);
    REQUIRE(row >= 0);
    return page.model()->index(row, IncidentListModel::PlatformReport).data().toString();
}

void waitLoaded(LedgerPage &page)
{
    REQUIRE(waitFor([&] { return page.ledgerModel()->isReady(); }));
}

void render(QWidget &widget, const QString &file)
{
    QDir().mkpath(QStringLiteral(SITESAFE_RENDER_DIR));
    QTest::qWait(50);
    CHECK(widget.grab().toImage().save(QStringLiteral(SITESAFE_RENDER_DIR) + u'/' + file));
}

} // namespace

TEST_CASE("The incident page counts down 48 hours, shows 迟报 once past, stops when the platform time is entered",
          "[incident][ui]")
{
    ClockedFolder folder;
    const QDateTime occurred = folder.clock.now().addSecs(-10 * 60);
    Incident fresh;
    fresh.projectId = folder.anyProject();
    fresh.occurredAt = occurred;
    fresh.kind = u"fall"_s;
    fresh.seriousInjuries = 1;
    fresh.summary = u"一名作业人员在临边部位坠落，造成1人重伤"_s;
    IncidentRepository repo(folder.store->connection());
    const auto reported = repo.create(fresh, u"test"_s);
    REQUIRE(reported.isOk());
    const auto unreported = repo.create(fresh, u"test"_s);
    REQUIRE(unreported.isOk());

    IncidentsPage page(*folder.session);
    page.resize(1366, 600);
    page.show();
    waitLoaded(page);
    CHECK(page.clockTimer().isActive());
    CHECK(page.clockTimer().interval() == 60'000);

    // Ten minutes after the incident: 47 h 50 min left, in both rows and in the summary above the list.
    const QString left4750 = IncidentDeadline::tr("%1 left").arg(u"47:50"_s);
    CHECK(platformText(page, reported.value()) == left4750);
    CHECK(platformText(page, unreported.value()) == left4750);
    // The summary names the nearest deadline of all counting incidents (the demo's fresh ones may come first).
    qint64 nearest = -1;
    CHECK(page.model()->countingRows(&nearest) >= 2);
    CHECK(nearest > 0);
    CHECK(nearest <= (47 * 60 + 50) * 60);
    CHECK(page.deadlineLabel()->text().contains(IncidentDeadline::hoursMinutes(nearest)));

    // The clock moves (the timer re-reads it; the test calls the tick instead of waiting a minute).
    folder.clock.set(occurred.addSecs(20 * 3600 + 5 * 60));
    page.tick();
    CHECK(platformText(page, unreported.value()) == IncidentDeadline::tr("%1 left").arg(u"27:55"_s));

    // Entering the platform time in the form stops that incident's countdown.
    auto *form = qobject_cast<IncidentFormDialog *>(page.openForm(reported.value()));
    REQUIRE(form);
    // The unit never reported to the bureau: the line also says the hour is over.
    CHECK(form->deadlineText().startsWith(IncidentDeadline::tr("%1 left").arg(u"27:55"_s)));
    CHECK_FALSE(form->platformReportEdit()->isChecked());
    QTest::mouseClick(form->platformReportEdit()->checkBox(), Qt::LeftButton);
    REQUIRE(form->platformReportEdit()->isChecked());
    form->platformReportEdit()->edit()->setDateTime(occurred.addSecs(20 * 3600).toLocalTime());
    CHECK(form->deadlineText().startsWith(IncidentDeadline::tr("Reported")));
    form->accept();
    INFO(form->errorText().toStdString());
    REQUIRE(form->result() == QDialog::Accepted);
    REQUIRE(waitFor([&] { return page.ledgerModel()->isReady() && platformText(page, reported.value())
                                                                    == IncidentDeadline::tr("Reported"); }));
    CHECK(folder.scalar(u"SELECT count(*) FROM incidents WHERE id = '%1' AND platform_reported_at = '%2'"_s.arg(
              reported.value(), Timestamp::toText(occurred.addSecs(20 * 3600))))
          == 1);
    CHECK(folder.scalar(u"SELECT count(*) FROM outbox WHERE entity = 'incidents' AND op = 'update' AND entity_id = '%1'"_s
                            .arg(reported.value()))
          == 1);

    // 48 hours and a minute: the unreported one is 迟报 in red; the reported one stays reported, in time.
    folder.clock.set(occurred.addSecs(48 * 3600 + 60));
    page.tick();
    CHECK(platformText(page, unreported.value()) == IncidentDeadline::tr("Late (迟报), not reported"));
    const int lateRow = page.model()->rowOf(unreported.value());
    const QModelIndex late = page.model()->index(lateRow, IncidentListModel::PlatformReport);
    CHECK(late.data(IncidentListModel::IsLateRole).toBool());
    CHECK(late.data(Qt::ForegroundRole).value<QBrush>().color() == QColor(0xc6, 0x28, 0x28));
    CHECK(platformText(page, reported.value()) == IncidentDeadline::tr("Reported"));
    CHECK(page.deadlineLabel()->text().contains(u"迟报"_s));
}

TEST_CASE("incident-page.png: the incident ledger in Chinese with a running countdown", "[incident][ui][render]")
{
    ClockedFolder folder;
    Incident fresh;
    fresh.projectId = folder.anyProject();
    fresh.occurredAt = folder.clock.now().addSecs(-95 * 60);
    fresh.unitReportedAt = fresh.occurredAt.addSecs(35 * 60);
    fresh.kind = u"struck_by"_s;
    fresh.seriousInjuries = 1;
    fresh.minorInjuries = 1;
    fresh.summary = u"上层散落的钢管扣件坠落，砸伤下方作业人员"_s;
    const auto freshId = IncidentRepository(folder.store->connection()).create(fresh, u"test"_s);
    REQUIRE(freshId.isOk());

    REQUIRE(Localization::install(u"zh_CN"_s));
    Localization::applyFonts();
    {
        IncidentsPage page(*folder.session);
        page.resize(1366, 560);
        page.show();
        waitLoaded(page);
        CHECK(page.model()->countingRows() >= 1);
        render(page, u"incident-page.png"_s);
        auto *form = qobject_cast<IncidentFormDialog *>(page.openForm(freshId.value()));
        REQUIRE(form);
        render(*form, u"incident-form.png"_s);
        form->reject();
    }
    Localization::install(u"en"_s);
}

TEST_CASE("The enforcement form refuses a fine without amount in words, then saves one row and one mutation",
          "[enforcement][ui]")
{
    ClockedFolder folder;
    const qint64 rowsBefore = folder.scalar(u"SELECT count(*) FROM enforcement_actions"_s);
    const qint64 mutationsBefore = folder.scalar(u"SELECT count(*) FROM outbox WHERE entity = 'enforcement_actions'"_s);
    EnforcementPage page(*folder.session);
    page.resize(1366, 560);
    page.show();
    waitLoaded(page);
    CHECK(page.model()->rowCount() == rowsBefore);

    auto *form = qobject_cast<EnforcementFormDialog *>(page.openForm({}));
    REQUIRE(form);
    const QString projectId = folder.anyProject();
    form->projectCombo()->setProjectId(projectId);
    REQUIRE(form->enterpriseCombo()->count() > 1);
    form->enterpriseCombo()->setCurrentIndex(1);
    form->kindCombo()->setCurrentIndex(form->kindCombo()->findData(u"fine"_s));
    form->violationCombo()->setCurrentIndex(form->violationCombo()->findData(u"illegal_subcontracting"_s));
    form->documentEdit()->setText(u"海口建罚决字〔2026〕99号"_s);
    REQUIRE(form->amountSpin()->isEnabled());
    CHECK_FALSE(form->pointsSpin()->isEnabled());
    form->accept();
    CHECK(form->result() != QDialog::Accepted);
    CHECK(form->errorText() == EnforcementRepository::tr("A fine needs its amount. Enter the amount in 10,000 yuan."));
    CHECK(folder.scalar(u"SELECT count(*) FROM enforcement_actions"_s) == rowsBefore);

    form->amountSpin()->setValue(12.5);
    form->accept();
    INFO(form->errorText().toStdString());
    REQUIRE(form->result() == QDialog::Accepted);
    const QString savedId = form->savedId(); // the form deletes itself once events run
    CHECK(folder.scalar(u"SELECT count(*) FROM enforcement_actions"_s) == rowsBefore + 1);
    CHECK(folder.scalar(u"SELECT count(*) FROM enforcement_actions WHERE document_no = '海口建罚决字〔2026〕99号' "
                        "AND kind = 'fine' AND amount = 12.5 AND violation_code = 'illegal_subcontracting'"_s)
          == 1);
    CHECK(folder.scalar(u"SELECT count(*) FROM outbox WHERE entity = 'enforcement_actions'"_s) == mutationsBefore + 1);
    REQUIRE(waitFor([&] { return page.model()->rowCount() == rowsBefore + 1; }));
    const int row = page.model()->rowOf(savedId);
    REQUIRE(row >= 0);
    CHECK(page.model()->index(row, EnforcementListModel::Kind).data().toString() == EnforcementKinds::label(u"fine"_s));
    CHECK(page.model()->index(row, EnforcementListModel::Penalty).data().toString()
          == EnforcementListModel::tr("%1 × 10,000 yuan").arg(12.5, 0, 'f', 1));
}

TEST_CASE("enforcement-page.png: the enforcement list and form in Chinese", "[enforcement][ui][render]")
{
    ClockedFolder folder;
    REQUIRE(Localization::install(u"zh_CN"_s));
    Localization::applyFonts();
    {
        EnforcementPage page(*folder.session);
        page.resize(1366, 560);
        page.show();
        waitLoaded(page);
        CHECK(page.model()->rowCount() > 0);
        render(page, u"enforcement-page.png"_s);
        auto *form = qobject_cast<EnforcementFormDialog *>(page.openForm(page.model()->idAt(0)));
        REQUIRE(form);
        render(*form, u"enforcement-form.png"_s);
        form->reject();
    }
    Localization::install(u"en"_s);
}
