#include "widgets/dialogs/certificatecheckdialog.h"

#include <QDir>
#include <QDropEvent>
#include <QMimeData>
#include <QPushButton>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QUrl>

#include <catch2/catch.hpp>

#include "evidence/qrcode.h"
#include "models/democopy.h"
#include "support/tempdir.h"
#include "widgets/localization.h"
#include "widgettesthelpers.h"

using namespace Qt::StringLiterals;
using namespace sitesafe;
using namespace sitesafe::test;

namespace {

QStringList firstRow(QSqlDatabase db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    INFO(q.lastError().text().toStdString());
    REQUIRE(q.exec());
    REQUIRE(q.next());
    QStringList row;
    for (int i = 0; i < q.record().count(); ++i)
        row.append(q.value(i).toString());
    return row;
}

/// A QR code picture file of `text`, as a phone photo of a certificate would be saved.
QString qrFile(const TestDir &dir, const QString &name, const QString &text)
{
    const QString path = dir.file(name);
    REQUIRE(QrCode::render(text, 300).value().save(path));
    return path;
}

} // namespace

TEST_CASE("The certificate check dialog reads a QR picture, judges it for the person presenting it and records "
          "the check and its hazard",
          "[certcheck][widgets][render]")
{
    REQUIRE(Localization::install(u"zh_CN"_s));
    Localization::applyFonts();
    {
        DemoCopy copy;
        FixedClock clock(QDateTime(DemoFixture::today(), QTime(2, 0), Qt::UTC));
        Database::Options options;
        options.clock = &clock;
        auto opened = DataStore::open(copy.directory(), options);
        REQUIRE(opened.isOk());
        std::unique_ptr<DataStore> store = std::move(opened).value();
        DataFolderSession session(*store, clock, DemoFixture::today());
        QSqlDatabase db = store->connection();
        const QString today = DemoFixture::today().toString(Qt::ISODate);

        // A key person whose C certificate has expired, and another key person of the same project.
        const QStringList pick = firstRow(
            db,
            u"SELECT c.number, c.holder_person_id, k.project_id, other.person_id, c.id FROM certificates c "
            "JOIN project_key_people k ON k.person_id = c.holder_person_id "
            "JOIN project_key_people other ON other.project_id = k.project_id AND other.person_id <> k.person_id "
            "WHERE c.kind IN ('C1', 'C2', 'C3') AND c.valid_until < ? ORDER BY c.id LIMIT 1"_s,
            {today});
        TestDir dir;
        const QString path = qrFile(dir, u"certificate.png"_s,
                                    u"https://zlaq.example.gov.cn/verify?certNo="_s
                                        + QString::fromLatin1(QUrl::toPercentEncoding(pick.at(0))));

        CertificateCheckDialog dialog(session, pick.at(2));
        dialog.setInspectorName(u"测试检查员"_s);
        dialog.resize(1000, 600);
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        CHECK_FALSE(dialog.recordCheckButton()->isEnabled());

        dialog.loadImageFile(path);
        CHECK(dialog.isReading());
        REQUIRE(waitFor([&] { return !dialog.isReading() && dialog.outcome().has_value(); }));
        REQUIRE(dialog.outcome().has_value());
        CHECK(dialog.outcome()->verdict.result() == CertificateResult::Expired);
        CHECK(dialog.verdictText() == CertificateCheckDialog::tr("Expired"));
        CHECK(dialog.rosterText().contains(pick.at(0).toHtmlEscaped()));
        CHECK(dialog.recordHazardButton()->isEnabled());

        // Presented by another key person: the certificate is not theirs.
        dialog.setPresentingPerson(pick.at(3));
        CHECK(dialog.outcome()->verdict.result() == CertificateResult::Mismatch);
        CHECK(dialog.verdictText() == CertificateCheckDialog::tr("Belongs to another person or enterprise"));
        dialog.setPresentingPerson(pick.at(1));
        CHECK(dialog.outcome()->verdict.result() == CertificateResult::Expired);

        QDir().mkpath(QStringLiteral(SITESAFE_RENDER_DIR));
        QTest::qWait(50);
        const QImage shot = dialog.grab().toImage();
        CHECK(saveRender(shot, u"certcheck-dialog.png"_s, u"07-certificate-check.png"_s));

        // Record check: one row, one outbox mutation; the button cannot record it a second time.
        QTest::mouseClick(dialog.recordCheckButton(), Qt::LeftButton);
        REQUIRE_FALSE(dialog.recordedCheckId().isEmpty());
        CHECK_FALSE(dialog.recordCheckButton()->isEnabled());
        QTest::mouseClick(dialog.recordCheckButton(), Qt::LeftButton);
        CHECK(firstRow(db, u"SELECT count(*), min(result), min(checked_by), min(person_id) FROM certificate_checks "
                           "WHERE certificate_id = ? AND checked_at = ?"_s,
                       {pick.at(4), Timestamp::toText(clock.now())})
              == QStringList{u"1"_s, u"expired"_s, u"测试检查员"_s, pick.at(1)});
        CHECK(firstRow(db, u"SELECT count(*) FROM outbox WHERE entity = 'certificate_checks' AND entity_id = ?"_s,
                       {dialog.recordedCheckId()})
                  .first()
              == u"1"_s);

        // Record hazard…: handed to the hazard form when one is set.
        std::optional<Hazard> handed;
        dialog.setHazardHandler([&](const Hazard &h) { handed = h; });
        QTest::mouseClick(dialog.recordHazardButton(), Qt::LeftButton);
        REQUIRE(handed.has_value());
        CHECK(handed->criteriaSet == u"V2024"_s);
        CHECK(handed->criteriaItem == u"V2024-04-02"_s);
        CHECK(handed->projectId == pick.at(2));
        CHECK(handed->isMajor);

        // Without a hazard form, recorded directly once confirmed.
        dialog.setHazardHandler({});
        REQUIRE(dialog.recordHazard(true));
        CHECK(firstRow(db, u"SELECT count(*), min(criteria_item), min(project_id) FROM hazards WHERE id = ?"_s,
                       {dialog.recordedHazardId()})
              == QStringList{u"1"_s, u"V2024-04-02"_s, pick.at(2)});

        // A picture dropped on the dialog is checked too; a new check can be recorded.
        const QStringList valid = firstRow(
            db,
            u"SELECT c.number FROM certificates c JOIN project_key_people k ON k.person_id = c.holder_person_id "
            "WHERE k.project_id = ? AND c.valid_until >= ? AND c.kind <> 'constructor' ORDER BY c.id LIMIT 1"_s,
            {pick.at(2), today});
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(qrFile(dir, u"dropped.png"_s, valid.at(0)))});
        dialog.setPresentingPerson({});
        QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&dialog, &enter);
        CHECK(enter.isAccepted());
        QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&dialog, &drop);
        CHECK(drop.isAccepted());
        REQUIRE(waitFor([&] {
            return !dialog.isReading() && dialog.outcome()->verdict.result() != CertificateResult::Expired;
        }));
        INFO(dialog.outcome()->verdict.explanation().toStdString() << " / " << valid.at(0).toStdString());
        CHECK(dialog.outcome()->verdict.result() == CertificateResult::Valid);
        CHECK(dialog.verdictText() == CertificateCheckDialog::tr("Valid"));
        CHECK(dialog.recordCheckButton()->isEnabled());
        CHECK_FALSE(dialog.recordHazardButton()->isEnabled());
    }
    Localization::install(u"en"_s);
}
