// sitesafe-cli notice render and verify-notice, the real binary: the issued file is authentic, a copy with bytes
// appended or one byte changed is altered, a notice of another data folder is unknown.
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include "noticetesthelpers.h"
#include "reports/noticepdfbackfill.h"
#include "reports/noticeverifier.h"

using namespace sitesafe;
using namespace sitesafe::test;
using namespace Qt::StringLiterals;

namespace {

const QString kCli = QStringLiteral(SITESAFE_CLI);

QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

} // namespace

TEST_CASE("verify-notice accepts the issued PDF and tells altered and unknown files apart", "[notice][cli]")
{
    NoticeWorld world;
    const Notice notice = world.issue(world.draft(u"rectification"_s));
    const QString dataDir = world.copy.directory();
    QTemporaryDir dir;
    const QString issued = dir.filePath(u"issued.pdf"_s);
    int code = -1;
    QByteArray output = runTool(kCli, {u"notice"_s, u"render"_s, u"--data-dir"_s, dataDir, u"--notice"_s, notice.id,
                                       u"--out"_s, issued},
                                &code);
    INFO(output.toStdString());
    REQUIRE(code == 0);
    const QByteArray bytes = readAll(issued);
    auto stored = NoticeIssuer::storedPdf(*world.store, notice.id);
    REQUIRE(stored);
    CHECK(bytes == stored.value());

    auto verify = [&](const QString &file, int *exit) {
        return QString::fromUtf8(runTool(kCli, {u"verify-notice"_s, file, u"--data-dir"_s, dataDir}, exit));
    };

    SECTION("the issued file is authentic")
    {
        const QString said = verify(issued, &code);
        INFO(said.toStdString());
        CHECK(code == 0);
        CHECK(said.startsWith(u"authentic: "_s));
        CHECK(said.contains(notice.number));
    }
    SECTION("bytes appended make it altered")
    {
        const QString appended = dir.filePath(u"appended.pdf"_s);
        writeAll(appended, bytes + "\n% edited\n");
        const QString said = verify(appended, &code);
        INFO(said.toStdString());
        CHECK(code == 1);
        CHECK(said.startsWith(u"altered: "_s));
        CHECK(said.contains(notice.number));
    }
    SECTION("one byte changed makes it altered")
    {
        QByteArray changed = bytes;
        const qsizetype at = changed.size() / 2;
        changed[at] = char(changed.at(at) ^ 0x01);
        const QString file = dir.filePath(u"changed.pdf"_s);
        writeAll(file, changed);
        const QString said = verify(file, &code);
        INFO(said.toStdString());
        CHECK(code == 1);
        CHECK(said.startsWith(u"altered: "_s));
    }
    SECTION("a notice of another data folder is unknown")
    {
        NoticeWorld other;
        const Notice foreign = other.issue(other.draft(u"rectification"_s));
        auto foreignPdf = NoticeIssuer::storedPdf(*other.store, foreign.id);
        REQUIRE(foreignPdf);
        const QString file = dir.filePath(u"foreign.pdf"_s);
        writeAll(file, foreignPdf.value());
        const QString said = verify(file, &code);
        INFO(said.toStdString());
        CHECK(code == 1);
        CHECK(said.startsWith(u"unknown: "_s));
    }
}

TEST_CASE("The server's answer decides authentic only when its PDF hash is the file's", "[notice]")
{
    NoticeWorld world;
    const Notice notice = world.issue(world.draft(u"rectification"_s));
    auto pdf = NoticeIssuer::storedPdf(*world.store, notice.id);
    REQUIRE(pdf);
    const auto path = NoticeVerifier::serverPath(pdf.value());
    REQUIRE(path);
    CHECK(*path == u"/verify/notices/%1?h=%2"_s.arg(notice.id, notice.contentHash));
    const QByteArray same = R"({"status":"authentic","pdf_sha256":")" + notice.pdfSha256.toLatin1() + R"("})";
    CHECK(NoticeVerifier::fromServerAnswer(pdf.value(), 200, same).code() == u"authentic"_s);
    CHECK(NoticeVerifier::fromServerAnswer(pdf.value() + "x", 200, same).code() == u"altered"_s);
    CHECK(NoticeVerifier::fromServerAnswer(pdf.value(), 200, R"({"status":"altered","pdf_sha256":""})").code() ==
          u"altered"_s);
    CHECK(NoticeVerifier::fromServerAnswer(pdf.value(), 404, R"({"status":"unknown"})").code() == u"unknown"_s);
}

TEST_CASE("The demo's notices get their PDFs with the same attachment ids in every copy", "[notice][demo]")
{
    auto drawThree = [](NoticeWorld &world) {
        QSqlDatabase db = world.store->connection();
        // Three notices are enough to check; the others are marked as drawn already.
        exec(db, u"UPDATE notices SET pdf_sha256 = 'drawn elsewhere' WHERE id NOT IN "
                 "(SELECT id FROM notices ORDER BY id LIMIT 3)"_s);
        auto drawn = NoticePdfBackfill::run(*world.store, kVerificationBase);
        REQUIRE(drawn);
        CHECK(drawn.value() == 3);
        QStringList ids;
        QSqlQuery q(db);
        REQUIRE(q.exec(u"SELECT n.id, a.id FROM notices n JOIN attachments a ON a.owner_entity = 'notices' "
                       "AND a.owner_id = n.id AND a.role = 'notice_pdf' ORDER BY n.id"_s));
        while (q.next()) {
            ids << q.value(1).toString();
            auto pdf = NoticeIssuer::storedPdf(*world.store, q.value(0).toString());
            REQUIRE(pdf);
            auto verdict = NoticeVerifier::check(*world.store, pdf.value());
            REQUIRE(verdict);
            CHECK(verdict.value().code() == u"authentic"_s);
            CHECK(verdict.value().noticeId == q.value(0).toString());
        }
        return ids;
    };
    NoticeWorld first;
    const QStringList ids = drawThree(first);
    CHECK(ids.size() == 3);
    NoticeWorld second;
    CHECK(drawThree(second) == ids);
}

TEST_CASE("A notice that came without its PDF is drawn when first opened, as the demo would have drawn it",
          "[notice][demo]")
{
    // The province-scale demo writes its notices without PDFs (issue 13); the client draws one when it is opened.
    NoticeWorld withData, opened;
    const QString id = scalarText(withData.store->connection(),
                                  u"SELECT id FROM notices WHERE status = 'issued' ORDER BY id LIMIT 1"_s);
    exec(withData.store->connection(),
         u"UPDATE notices SET pdf_sha256 = 'drawn elsewhere' WHERE id <> '%1'"_s.arg(id));
    auto drawn = NoticePdfBackfill::run(*withData.store, kVerificationBase);
    REQUIRE(drawn);
    REQUIRE(drawn.value() == 1);
    auto drawnWithData = NoticeIssuer::storedPdf(*withData.store, id);
    REQUIRE(drawnWithData);

    CHECK_FALSE(NoticeIssuer::storedPdf(*opened.store, id));
    auto pdf = NoticePdfBackfill::pdfOf(*opened.store, kVerificationBase, id);
    REQUIRE(pdf);
    CHECK(pdf.value() == drawnWithData.value());
    auto stored = NoticeIssuer::storedPdf(*opened.store, id);
    REQUIRE(stored); // recorded: the next opening reads it
    CHECK(stored.value() == pdf.value());
    auto verdict = NoticeVerifier::check(*opened.store, pdf.value());
    REQUIRE(verdict);
    CHECK(verdict.value().code() == u"authentic"_s);

    // A notice whose PDF was drawn at issue on another computer is that PDF only: it is downloaded, not redrawn.
    const QString other = scalarText(opened.store->connection(),
                                     u"SELECT id FROM notices WHERE status = 'issued' AND pdf_sha256 IS NULL "
                                     "ORDER BY id LIMIT 1"_s);
    exec(opened.store->connection(), u"UPDATE notices SET pdf_sha256 = 'issued elsewhere' WHERE id = '%1'"_s.arg(other));
    auto refused = NoticePdfBackfill::pdfOf(*opened.store, kVerificationBase, other);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == u"notice.no_pdf"_s);
}
