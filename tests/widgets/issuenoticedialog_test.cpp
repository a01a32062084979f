#include "widgets/dialogs/issuenoticedialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTest>

#include <catch2/catch.hpp>

#include "models/modeltesthelpers.h"
#include "models/noticelistmodel.h"
#include "noticefixture.h"
#include "widgets/localization.h"
#include "widgettesthelpers.h"

using namespace Qt::StringLiterals;
using namespace sitesafe;
using namespace sitesafe::test;

namespace {
const QUrl kBase(u"https://sitesafe.example.test"_s);

QStringList checkedIds(const QListWidget *list)
{
    QStringList ids;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            ids << list->item(i)->data(Qt::UserRole + 1).toString();
    return ids;
}
} // namespace

TEST_CASE("The notice form starts from the picked hazard: project, recipient, deadline, decision, legal basis, "
          "inspectors and the numbers left",
    "[notice][ui]")
{
    NoticeFixture f;
    IssueNoticeDialog dialog(*f.session, kBase, u"王检查"_s, {f.hazardId});
    REQUIRE(waitFor([&] { return dialog.isReady(); }));
    REQUIRE(dialog.data().error.isEmpty());
    QSqlDatabase db = f.store->connection();

    CHECK(dialog.kindCombo()->currentData().toString() == u"rectification");
    CHECK(checkedIds(dialog.hazardList()) == QStringList {f.hazardId});
    CHECK(dialog.hazardList()->count()
        == sqlCount(db, u"SELECT count(*) FROM hazards WHERE project_id = ? AND status IN ('open', 'rectifying')"_s,
            {f.projectId}));
    CHECK(dialog.recipientCombo()->currentData().toString() == f.enterpriseId);
    CHECK(dialog.deadlineCheck()->isChecked());
    CHECK(dialog.deadlineEdit()->date() == f.deadline);
    CHECK(dialog.decisionEdit()->toPlainText().contains(f.description));
    const QString basis = dialog.legalBasisEdit()->toPlainText();
    CHECK(basis.contains(u"《中华人民共和国安全生产法》第六十五条"_s));
    CHECK(basis.contains(u"《建设工程安全生产管理条例》第四十三条"_s));
    CHECK(basis.split(u'\n').size() == 3); // and the hazard's own article
    CHECK(basis.contains(u"《房屋市政工程生产安全重大事故隐患判定标准（2024版）》（建质规〔2024〕5号）第"_s));
    CHECK(dialog.requirementsEdit()->toPlainText().contains(u"五定"_s));
    CHECK(dialog.inspectorNames().size() >= 2);
    const int left = int(sqlCount(db,
        u"SELECT coalesce(sum(last_number + 1 - next_number), 0) "
        "FROM notice_number_blocks WHERE kind = 'rectification' "
        "AND device_id = (SELECT value FROM sync_state WHERE key = 'device_id')"_s));
    REQUIRE(left > 0);
    CHECK(
        dialog.remainingLabel()->text() == IssueNoticeDialog::tr("%n number(s) left on this computer", nullptr, left));
    CHECK(dialog.validationError().isEmpty());

    const Notice draft = dialog.draftNotice();
    CHECK(draft.projectId == f.projectId);
    CHECK(draft.hazardIds == QStringList {f.hazardId});
    CHECK(draft.deadline == f.deadline);
    CHECK(draft.recipientEnterpriseId == f.enterpriseId);

    // The kinds show their own rows: scope for a stop, the original notice for an opinion.
    dialog.setKind(u"stop_work"_s);
    CHECK(dialog.scopeCombo()->isVisibleTo(&dialog));
    CHECK_FALSE(dialog.originalNoticeCombo()->isVisibleTo(&dialog));
    dialog.setKind(u"reinspection"_s);
    CHECK(dialog.originalNoticeCombo()->isVisibleTo(&dialog));
    CHECK(dialog.originalNoticeCombo()->count()
        == 1
            + sqlCount(
                db, u"SELECT count(*) FROM notices WHERE project_id = ? AND status = 'issued'"_s, {f.projectId}));
    CHECK(dialog.legalBasisEdit()->toPlainText() == u"《建设工程安全生产管理条例》第四十三条"_s);
}

TEST_CASE("The notice form refuses two missing inspectors, a rectification without deadline, a partial stop "
          "without parts and a spent number block, each with a sentence",
    "[notice][ui]")
{
    NoticeFixture f;
    IssueNoticeDialog dialog(*f.session, kBase, u"王检查"_s, {f.hazardId});
    REQUIRE(waitFor([&] { return dialog.isReady(); }));
    REQUIRE(dialog.validationError().isEmpty());
    const qint64 notices = sqlCount(f.store->connection(), u"SELECT count(*) FROM notices"_s);

    SECTION("two inspectors")
    {
        dialog.inspectorsEdit()->setText(u"王检查"_s);
        const QString expected
            = IssueNoticeDialog::tr("A notice is issued by at least two inspectors: name both, separated by a comma.");
        CHECK(dialog.validationError() == expected);
        CHECK_FALSE(dialog.issue());
        CHECK(dialog.messageLabel()->text() == expected);
        dialog.inspectorsEdit()->setText(u"王检查、王检查"_s); // the same person twice is one inspector
        CHECK(dialog.validationError() == expected);
        dialog.inspectorsEdit()->setText(u"王检查，李监督"_s);
        CHECK(dialog.validationError().isEmpty());
    }
    SECTION("a deadline for 限期整改")
    {
        dialog.deadlineCheck()->setChecked(false);
        CHECK(dialog.validationError()
            == IssueNoticeDialog::tr("A rectification notice needs a deadline: tick Rectify by and pick the day."));
        dialog.deadlineCheck()->setChecked(true);
        dialog.deadlineEdit()->setDate(DemoFixture::today().addDays(-1));
        CHECK(dialog.validationError().contains(DemoFixture::today().addDays(-1).toString(u"yyyy-MM-dd"_s)));
    }
    SECTION("the parts of a partial stop")
    {
        dialog.setKind(u"stop_work"_s);
        dialog.scopeCombo()->setCurrentIndex(dialog.scopeCombo()->findData(u"partial"_s));
        CHECK(dialog.validationError()
            == IssueNoticeDialog::tr("A partial stop names the parts that stop: fill in Scope."));
        dialog.scopePartEdit()->setText(u"3号楼高支模区域"_s);
        CHECK(dialog.validationError().isEmpty());
        // The decision still showing its default follows the parts; an edited one would be left alone.
        CHECK(dialog.decisionEdit()->toPlainText().contains(u"对3号楼高支模区域局部停止施工"_s));
        dialog.decisionEdit()->setPlainText(u"责令局部停工。"_s);
        dialog.scopePartEdit()->setText(u"3号楼"_s);
        CHECK(dialog.decisionEdit()->toPlainText() == u"责令局部停工。"_s);
        CHECK(dialog.draftNotice().scope == u"partial");
        CHECK(dialog.draftNotice().scopePart == u"3号楼");
    }
    SECTION("an opinion names the notice it answers")
    {
        dialog.setKind(u"resume_work"_s);
        CHECK(dialog.validationError() == IssueNoticeDialog::tr("Choose the notice this opinion answers."));
    }
    CHECK(sqlCount(f.store->connection(), u"SELECT count(*) FROM notices"_s) == notices);
}

TEST_CASE("With every number of a kind spent the notice form says to sync and issues nothing", "[notice][ui]")
{
    NoticeFixture f;
    QSqlQuery q(f.store->connection());
    REQUIRE(q.exec(u"UPDATE notice_number_blocks SET next_number = last_number + 1 WHERE kind = 'rectification'"_s));
    const qint64 notices = sqlCount(f.store->connection(), u"SELECT count(*) FROM notices"_s);
    IssueNoticeDialog dialog(*f.session, kBase, u"王检查"_s, {f.hazardId});
    REQUIRE(waitFor([&] { return dialog.isReady(); }));
    CHECK(dialog.remainingLabel()->text().contains(IssueNoticeDialog::tr("sync to receive a new number block")));
    CHECK_FALSE(dialog.issue());
    CHECK(dialog.messageLabel()->text()
        == IssueNoticeDialog::tr("No number of this kind is left on this computer. Sync to receive a new number "
                                 "block, then issue the notice."));
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(sqlCount(f.store->connection(), u"SELECT count(*) FROM notices"_s) == notices);
}

TEST_CASE("Issuing from the form by keyboard stores one notice with the form's fields and its PDF",
    "[notice][ui][issue]")
{
    NoticeFixture f;
    IssueNoticeDialog dialog(*f.session, kBase, u"王检查"_s, {f.hazardId});
    REQUIRE(waitFor([&] { return dialog.isReady(); }));
    dialog.inspectorsEdit()->setText(u"王检查，李监督"_s);
    const qint64 notices = sqlCount(f.store->connection(), u"SELECT count(*) FROM notices"_s);
    dialog.show(); // the Ctrl+Enter shortcut works in the window the user has in front of them
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    QTest::keyClick(&dialog, Qt::Key_Return, Qt::ControlModifier);
    INFO(dialog.messageLabel()->text().toStdString());
    REQUIRE(dialog.result() == QDialog::Accepted);
    const Notice &issued = dialog.issuedNotice();
    CHECK(sqlCount(f.store->connection(), u"SELECT count(*) FROM notices"_s) == notices + 1);
    CHECK(sqlCount(f.store->connection(),
              u"SELECT count(*) FROM notices WHERE id = ? AND kind = 'rectification' AND deadline = ? "
              "AND recipient_enterprise_id = ? AND json_array_length(inspectors) = 2 AND pdf_sha256 IS NOT NULL"_s,
              {issued.id, f.deadline.toString(Qt::ISODate), f.enterpriseId})
        == 1);
}

TEST_CASE("The notice form in Chinese, rendered", "[notice][ui][render]")
{
    NoticeFixture f;
    REQUIRE(Localization::install(u"zh_CN"_s));
    Localization::applyFonts();
    {
        IssueNoticeDialog dialog(*f.session, kBase, u"王检查"_s, {f.hazardId});
        REQUIRE(waitFor([&] { return dialog.isReady(); }));
        dialog.resize(900, 820);
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        QDir().mkpath(QStringLiteral(SITESAFE_RENDER_DIR));
        QTest::qWait(50);
        CHECK(saveRender(dialog.grab().toImage(), u"notice-dialog.png"_s, u"08-issue-notice.png"_s));
    }
    Localization::install(u"en"_s);
}
