#include <memory>

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrl>

#include <catch2/catch.hpp>

#include "core/clock.h"
#include "core/criteriacatalog.h"
#include "evidence/certificatechecker.h"
#include "evidence/qrcode.h"
#include "models/democopy.h"
#include "storage/datastore.h"
#include "storage/hazardrepository.h"
#include "support/resultmatchers.h"
#include "support/tempdir.h"

using namespace Qt::StringLiterals;
using namespace sitesafe;
using namespace sitesafe::test;

namespace {

/// A writable copy of the demo store opened with a clock standing at 10:00 China time on the demo's day.
struct CheckFixture {
    DemoCopy copy;
    FixedClock clock{QDateTime(DemoFixture::today(), QTime(2, 0), Qt::UTC)};
    std::unique_ptr<DataStore> store;

    CheckFixture()
    {
        Database::Options options;
        options.clock = &clock;
        auto opened = DataStore::open(copy.directory(), options);
        if (!opened)
            throw std::runtime_error(opened.error().message.toStdString());
        store = std::move(opened).value();
    }
    QDate day() const { return clock.todayInChina(); }

    /// Rows of a query, each as a list of its columns' text.
    QList<QStringList> rows(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q(store->connection());
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        QList<QStringList> out;
        if (!q.exec())
            FAIL(q.lastError().text().toStdString());
        while (q.next()) {
            QStringList row;
            for (int i = 0; i < q.record().count(); ++i)
                row.append(q.value(i).toString());
            out.append(row);
        }
        return out;
    }
    QStringList firstRow(const QString &sql, const QVariantList &values = {})
    {
        const QList<QStringList> all = rows(sql, values);
        REQUIRE_FALSE(all.isEmpty());
        return all.first();
    }
    qint64 count(const QString &sql, const QVariantList &values = {})
    {
        return firstRow(sql, values).first().toLongLong();
    }

    /// Records the outcome and checks the row is there once with that result, and its outbox mutation once.
    QString recordAndVerify(CertificateChecker &checker, const CertificateCheckOutcome &outcome, const QString &result)
    {
        auto id = checker.record(outcome, {}, u"测试检查员"_s, TimeTrust{1500, true});
        INFO(errorText(id));
        REQUIRE(id.isOk());
        const QStringList row = firstRow(
            u"SELECT result, checked_at, checked_by, clock_offset_ms, is_time_doubtful, note, "
            "(SELECT count(*) FROM certificate_checks WHERE id = ?) FROM certificate_checks WHERE id = ?"_s,
            {id.value(), id.value()});
        CHECK(row.at(0) == result);
        CHECK(row.at(1) == Timestamp::toText(clock.now()));
        CHECK(row.at(2) == u"测试检查员"_s);
        CHECK(row.at(3) == u"1500"_s);
        CHECK(row.at(4) == u"1"_s);
        CHECK(row.at(5) == outcome.verdict.explanation());
        CHECK(row.at(6) == u"1"_s);
        CHECK(count(u"SELECT count(*) FROM outbox WHERE entity = 'certificate_checks' AND entity_id = ? "
                    "AND op = 'insert' AND json_extract(fields, '$.result.value') = ?"_s,
                    {id.value(), result})
              == 1);
        return id.value();
    }
};

QString webAddressOf(const QString &number)
{
    return u"https://zlaq.example.gov.cn/verify?certNo="_s + QString::fromLatin1(QUrl::toPercentEncoding(number));
}

/// The QR code of `text` as a photo would show it: drawn by zxing's writer, on a larger grey page.
QImage photoOf(const QString &text)
{
    const QImage code = QrCode::render(text, 240).value();
    QImage page(400, 320, QImage::Format_RGB32);
    page.fill(QColor(235, 235, 230));
    for (int y = 0; y < code.height(); ++y)
        for (int x = 0; x < code.width(); ++x)
            page.setPixel(60 + x, 40 + y, code.pixelColor(x, y).rgb());
    return page;
}

} // namespace

TEST_CASE("A QR code drawn by zxing's writer reads back, Chinese text included", "[certcheck]")
{
    const QString text = u"琼建安C3（2023）0001234"_s;
    auto read = QrCode::read(photoOf(text));
    INFO(errorText(read));
    REQUIRE(read.isOk());
    CHECK(read.value() == text);

    TestDir dir;
    const QString path = dir.file(u"code.png"_s);
    REQUIRE(photoOf(text).save(path));
    auto fromFile = QrCode::readFile(path);
    REQUIRE(fromFile.isOk());
    CHECK(fromFile.value() == text);
    QFuture<QrReading> later = QrCode::readFileLater(path);
    later.waitForFinished();
    CHECK(later.result().isOk());
    CHECK(later.result().text == text);
    CHECK(later.result().preview.width() == 480);
    QFuture<QrReading> missing = QrCode::readFileLater(dir.file(u"absent.png"_s));
    missing.waitForFinished();
    CHECK(missing.result().error.code == u"evidence.unreadable"_s);
    CHECK(missing.result().preview.isNull());

    QImage blank(300, 200, QImage::Format_RGB32);
    blank.fill(Qt::white);
    auto none = QrCode::read(blank);
    REQUIRE_FALSE(none.isOk());
    CHECK(none.error().code == u"evidence.qr_not_found"_s);
}

TEST_CASE("Every outcome of a scanned certificate is judged against the cached roster and recorded once",
          "[certcheck]")
{
    CheckFixture f;
    const QString today = f.day().toString(Qt::ISODate);

    SECTION("valid: a safety officer's own certificate, by web address")
    {
        const QStringList pick = f.firstRow(
            u"SELECT c.number, c.holder_person_id, k.project_id, c.id FROM certificates c "
            "JOIN project_key_people k ON k.person_id = c.holder_person_id "
            "WHERE c.kind IN ('C1', 'C2', 'C3') AND c.valid_until >= ? ORDER BY c.id LIMIT 1"_s,
            {today});
        CertificateChecker checker(*f.store, pick.at(2));
        const CertificateCheckOutcome outcome = checker.checkImage(photoOf(webAddressOf(pick.at(0))), pick.at(1), f.day());
        CHECK(outcome.code.form == CertificateCode::Form::WebAddress);
        REQUIRE(outcome.roster.has_value());
        CHECK(outcome.roster->certificate.id == pick.at(3));
        CHECK(outcome.verdict.result() == CertificateResult::Valid);
        CHECK_FALSE(outcome.verdict.proposal().has_value());
        const QString id = f.recordAndVerify(checker, outcome, u"valid"_s);
        CHECK(f.firstRow(u"SELECT certificate_id, person_id, kind FROM certificate_checks WHERE id = ?"_s, {id})
              == QStringList{pick.at(3), pick.at(1), outcome.roster->certificate.kind});
    }

    SECTION("valid: found by its e-certificate code alone")
    {
        const QStringList pick = f.firstRow(
            u"SELECT c.e_certificate_code, c.holder_person_id, k.project_id, c.id FROM certificates c "
            "JOIN project_key_people k ON k.person_id = c.holder_person_id WHERE c.e_certificate_code IS NOT NULL "
            "AND c.kind = 'B' AND c.valid_until >= ? ORDER BY c.id LIMIT 1"_s,
            {today});
        CertificateChecker checker(*f.store, pick.at(2));
        const auto outcome = checker.checkImage(
            photoOf(u"https://m.example.cn/#/cert?eCertCode="_s + pick.at(0)), {}, f.day());
        REQUIRE(outcome.roster.has_value());
        CHECK(outcome.roster->certificate.id == pick.at(3));
        CHECK(outcome.verdict.result() == CertificateResult::Valid);
        const QString id = f.recordAndVerify(checker, outcome, u"valid"_s);
        CHECK(f.firstRow(u"SELECT e_certificate_code FROM certificate_checks WHERE id = ?"_s, {id}).first()
              == pick.at(0));
    }

    SECTION("expired: a C certificate past its date, by JSON, proposes article 4 item 2")
    {
        const QStringList pick = f.firstRow(
            u"SELECT c.number, c.holder_person_id, k.project_id, c.valid_until, p.name FROM certificates c "
            "JOIN project_key_people k ON k.person_id = c.holder_person_id JOIN people p ON p.id = c.holder_person_id "
            "WHERE c.kind IN ('C1', 'C2', 'C3') AND c.valid_until < ? ORDER BY c.id LIMIT 1"_s,
            {today});
        CertificateChecker checker(*f.store, pick.at(2));
        const auto outcome
            = checker.checkImage(photoOf(u"{\"number\": \"%1\"}"_s.arg(pick.at(0))), {}, f.day());
        CHECK(outcome.code.form == CertificateCode::Form::Json);
        CHECK(outcome.verdict.result() == CertificateResult::Expired);
        CHECK(outcome.verdict.explanation().contains(pick.at(3)));
        f.recordAndVerify(checker, outcome, u"expired"_s);

        REQUIRE(outcome.verdict.proposal().has_value());
        const CertificateHazardProposal &p = *outcome.verdict.proposal();
        CHECK(p.criteriaSet == u"V2024"_s);
        CHECK(p.itemCode == u"V2024-04-02"_s);
        CHECK(p.isMajor);
        CHECK(p.measure == u"deadline"_s);
        CHECK(p.description.contains(pick.at(4)));
        CHECK(p.description.contains(pick.at(0)));
        auto catalog = CriteriaCatalogLoader::builtIn(u"V2024"_s);
        REQUIRE(catalog.isOk());
        CHECK(catalog.value().findItem(p.itemCode) != nullptr);

        // Recorded through the hazard repository as the dialog does.
        HazardRepository hazards(f.store->connection());
        auto hazardId = hazards.create(p.toHazard(pick.at(2), {}, f.clock.now()), u"测试检查员"_s);
        INFO(errorText(hazardId));
        REQUIRE(hazardId.isOk());
        CHECK(f.firstRow(u"SELECT criteria_set, criteria_item, is_major, description FROM hazards WHERE id = ?"_s,
                         {hazardId.value()})
              == QStringList{u"V2024"_s, u"V2024-04-02"_s, u"1"_s, p.description});
    }

    SECTION("expired: a special-operation certificate proposes article 4 item 3")
    {
        const QStringList pick = f.firstRow(
            u"SELECT c.number, pp.project_id, p.name FROM certificates c JOIN people p ON p.id = c.holder_person_id "
            "JOIN project_participants pp ON pp.enterprise_id = p.enterprise_id "
            "WHERE c.kind = 'special_operation' AND c.valid_until < ? ORDER BY c.id LIMIT 1"_s,
            {today});
        CertificateChecker checker(*f.store, pick.at(1));
        const auto outcome = checker.checkImage(photoOf(pick.at(0)), {}, f.day());
        CHECK(outcome.code.form == CertificateCode::Form::Number);
        CHECK(outcome.code.kind == u"special_operation"_s);
        CHECK(outcome.verdict.result() == CertificateResult::Expired);
        f.recordAndVerify(checker, outcome, u"expired"_s);
        REQUIRE(outcome.verdict.proposal().has_value());
        CHECK(outcome.verdict.proposal()->itemCode == u"V2024-04-03"_s);
        CHECK(outcome.verdict.proposal()->measure == u"immediate"_s);
        CHECK(outcome.verdict.proposal()->description.contains(pick.at(2)));
    }

    SECTION("mismatch: a valid certificate presented by another key person of the project")
    {
        const QStringList pick = f.firstRow(
            u"SELECT c.number, c.holder_person_id, k.project_id, other.person_id, p.enterprise_id "
            "FROM certificates c JOIN project_key_people k ON k.person_id = c.holder_person_id "
            "JOIN project_key_people other ON other.project_id = k.project_id AND other.person_id <> k.person_id "
            "JOIN people p ON p.id = other.person_id "
            "WHERE c.kind IN ('C1', 'C2', 'C3') AND c.valid_until >= ? ORDER BY c.id LIMIT 1"_s,
            {today});
        CertificateChecker checker(*f.store, pick.at(2));
        const auto outcome = checker.checkImage(photoOf(pick.at(0)), pick.at(3), f.day());
        CHECK(outcome.verdict.result() == CertificateResult::Mismatch);
        const QString id = f.recordAndVerify(checker, outcome, u"mismatch"_s);
        CHECK(f.firstRow(u"SELECT person_id, enterprise_id FROM certificate_checks WHERE id = ?"_s, {id})
              == QStringList{pick.at(3), pick.at(4)});
        REQUIRE(outcome.verdict.proposal().has_value());
        CHECK(outcome.verdict.proposal()->itemCode == u"V2024-04-02"_s);
    }

    SECTION("not_on_roster: a well-formed number the roster does not hold")
    {
        const QString number = u"琼建安C3（2019）9999999"_s;
        REQUIRE(f.count(u"SELECT count(*) FROM certificates WHERE number = ?"_s, {number}) == 0);
        const QString project = f.firstRow(u"SELECT id FROM projects ORDER BY id LIMIT 1"_s).first();
        CertificateChecker checker(*f.store, project);
        const auto outcome = checker.checkImage(photoOf(u"琼建安C3(2019)9999999"_s), {}, f.day());
        CHECK(outcome.verdict.result() == CertificateResult::NotOnRoster);
        const QString id = f.recordAndVerify(checker, outcome, u"not_on_roster"_s);
        CHECK(f.firstRow(u"SELECT number, certificate_id IS NULL, kind FROM certificate_checks WHERE id = ?"_s, {id})
              == QStringList{number, u"1"_s, u"C3"_s});
        REQUIRE(outcome.verdict.proposal().has_value());
        CHECK(outcome.verdict.proposal()->itemCode == u"V2024-04-02"_s);
    }

    SECTION("unverifiable: a picture without a code, and a code of garbage text")
    {
        const QString project = f.firstRow(u"SELECT id FROM projects ORDER BY id LIMIT 1"_s).first();
        CertificateChecker checker(*f.store, project);
        QImage noCode(400, 300, QImage::Format_RGB32);
        noCode.fill(QColor(200, 210, 220));
        const auto blank = checker.checkImage(noCode, {}, f.day());
        CHECK(blank.verdict.result() == CertificateResult::Unverifiable);
        CHECK(blank.verdict.explanation().contains(u"QR"_s));
        CHECK_FALSE(blank.verdict.proposal().has_value());
        f.recordAndVerify(checker, blank, u"unverifiable"_s);

        const auto garbage = checker.checkImage(photoOf(u"hello, this is not a certificate"_s), {}, f.day());
        CHECK(garbage.code.form == CertificateCode::Form::Unknown);
        CHECK(garbage.verdict.result() == CertificateResult::Unverifiable);
        const QString id = f.recordAndVerify(checker, garbage, u"unverifiable"_s);
        CHECK(f.firstRow(u"SELECT number FROM certificate_checks WHERE id = ?"_s, {id}).first()
              == u"hello, this is not a certificate"_s);
    }
}

TEST_CASE("A check within a signed inspection is refused and writes nothing", "[certcheck]")
{
    CheckFixture f;
    const QStringList signedInspection
        = f.firstRow(u"SELECT id, project_id FROM inspections WHERE status = 'signed' ORDER BY id LIMIT 1"_s);
    CertificateChecker checker(*f.store, signedInspection.at(1));
    const auto outcome = checker.check(u"琼建安C3（2019）9999999"_s, {}, f.day());
    const qint64 before = f.count(u"SELECT count(*) FROM certificate_checks"_s);
    const qint64 outboxBefore = f.count(u"SELECT count(*) FROM outbox"_s);
    auto id = checker.record(outcome, signedInspection.at(0), u"测试检查员"_s, {});
    REQUIRE_FALSE(id.isOk());
    CHECK(id.error().code == u"certificate_check.signed"_s);
    CHECK(f.count(u"SELECT count(*) FROM certificate_checks"_s) == before);
    CHECK(f.count(u"SELECT count(*) FROM outbox"_s) == outboxBefore);
}
