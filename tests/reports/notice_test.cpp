// Notices (监督文书) as PDF: each kind rendered with its fields (read back with pdftotext), the QR code on page 1,
// the same bytes on re-rendering, the stored PDF, and issuing as one transaction.
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include "core/noticehash.h"
#include "evidence/qrcode.h"
#include "noticetesthelpers.h"
#include "reports/noticehtml.h"
#include "reports/noticelink.h"
#include "reports/noticerenderer.h"
#include "storage/hazardrepository.h"
#include "storage/noticerepository.h"
#include "storage/noticesourcereader.h"

using namespace sitesafe;
using namespace sitesafe::test;
using namespace Qt::StringLiterals;

namespace {

QString writePdf(const QTemporaryDir &dir, const QString &name, const QByteArray &pdf)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(pdf) == pdf.size());
    return path;
}

QString renderDir()
{
    const QString dir = QString::fromLocal8Bit(qgetenv("SITESAFE_RENDER_DIR"));
    return dir.isEmpty() ? QStringLiteral(SITESAFE_REPORTS_RENDER_DIR) : dir;
}

} // namespace

TEST_CASE("Every kind of notice shows its number, project, items with their legal basis and the deadline",
          "[notice]")
{
    NoticeWorld world;
    REQUIRE(world.hazardIds.size() >= 2);
    QTemporaryDir dir;
    const Notice first = world.issue(world.draft(u"rectification"_s));
    for (const QString &kind : {u"rectification"_s, u"stop_work"_s, u"resume_work"_s, u"reinspection"_s,
                                u"supervision"_s, u"enforcement_proposal"_s}) {
        DYNAMIC_SECTION("kind " << kind.toStdString())
        {
            NoticeDraft draft = world.draft(kind);
            if (kind == u"reinspection" || kind == u"resume_work")
                draft.notice.originalNoticeId = first.id;
            const Notice notice = world.issue(draft);
            CHECK(notice.kind == kind);
            auto pdf = NoticeIssuer::storedPdf(*world.store, notice.id);
            REQUIRE(pdf);
            CHECK(pdf.value().startsWith("%PDF-"));
            const QString text = pdfText(writePdf(dir, kind + u".pdf"_s, pdf.value()));
            CHECK(text.contains(squeezed(notice.number)));
            CHECK(text.contains(squeezed(NoticeHtml::title(kind))));
            auto source = NoticeSourceReader(world.store->connection()).read(notice);
            REQUIRE(source);
            CHECK(text.contains(squeezed(source.value().project.name)));
            CHECK(text.contains(squeezed(source.value().recipient.name)));
            REQUIRE(source.value().items.size() == world.hazardIds.size());
            for (const NoticeSourceItem &item : source.value().items) {
                // A row split by a page break continues on the next page after the page number and the other
                // cells' first lines, so only the description's start is sure to be in one piece.
                CHECK(text.contains(squeezed(item.hazard.description).left(8)));
                if (!item.itemText.isEmpty())
                    CHECK(text.contains(squeezed(item.itemText)));
                else
                    CHECK(text.contains(squeezed(item.hazard.basisText)));
            }
            CHECK(text.contains(u"2026年12月10日"_s));
            CHECK(text.contains(u"《建设工程安全生产管理条例》第四十三条"_s));
            CHECK(text.contains(u"王检查、李监督"_s));
            if (kind == u"stop_work")
                CHECK(text.contains(u"局部停工（停工部位：3号楼塔吊作业区）"_s));
            if (kind == u"reinspection" || kind == u"resume_work") {
                CHECK(text.contains(squeezed(first.number)));
                CHECK(text.contains(u"复查结果"_s));
            }
        }
    }
}

TEST_CASE("The QR code on page 1 of a notice decodes to its verification link", "[notice]")
{
    NoticeWorld world;
    const Notice notice = world.issue(world.draft(u"rectification"_s));
    QTemporaryDir dir;
    auto pdf = NoticeIssuer::storedPdf(*world.store, notice.id);
    REQUIRE(pdf);
    const QString path = writePdf(dir, u"notice.pdf"_s, pdf.value());
    runTool(u"pdftoppm"_s, {u"-r"_s, u"110"_s, u"-f"_s, u"1"_s, u"-l"_s, u"1"_s, u"-png"_s, u"-singlefile"_s, path,
                            dir.filePath(u"page1"_s)});
    const QString png = dir.filePath(u"page1.png"_s);
    QDir().mkpath(renderDir());
    QFile::remove(renderDir() + u"/notice-page1.png"_s);
    REQUIRE(QFile::copy(png, renderDir() + u"/notice-page1.png"_s));

    auto text = QrCode::readFile(png);
    REQUIRE(text);
    const QString expected = u"https://127.0.0.1:8443/verify/notices/%1?h=%2"_s.arg(notice.id, notice.contentHash);
    CHECK(text.value() == expected);
    CHECK(notice.contentHash == NoticeHash::of(notice));
    const auto reference = NoticeLink::fromPdf(pdf.value());
    REQUIRE(reference);
    CHECK(reference->noticeId == notice.id);
    CHECK(reference->contentHash == notice.contentHash);
}

TEST_CASE("A notice renders to the same bytes again, and the stored PDF is the one its hash names", "[notice]")
{
    NoticeWorld world;
    const Notice notice = world.issue(world.draft(u"stop_work"_s));
    auto stored = NoticeIssuer::storedPdf(*world.store, notice.id);
    REQUIRE(stored);
    CHECK(QString::fromLatin1(QCryptographicHash::hash(stored.value(), QCryptographicHash::Sha256).toHex()) ==
          notice.pdfSha256);
    auto source = NoticeSourceReader(world.store->connection()).read(notice);
    REQUIRE(source);
    auto again = NoticeRenderer(kVerificationBase).render(source.value(), world.store->blobs());
    REQUIRE(again);
    CHECK(again.value() == stored.value());
    CHECK(world.store->blobs().contains(notice.pdfSha256));
    CHECK(scalarText(world.store->connection(),
                     u"SELECT count(*) FROM attachments WHERE owner_entity = 'notices' AND owner_id = ? AND role = "
                     "'notice_pdf' AND blob_sha256 = ?"_s,
                     {notice.id, notice.pdfSha256}) == u"1"_s);
    // One notice_issued event per hazard, naming the notice and its deadline.
    for (const QString &hazardId : notice.hazardIds) {
        int served = 0;
        for (const HazardEvent &e : HazardRepository(world.store->connection()).events(hazardId)) {
            if (e.kind == HazardEventKind::NoticeIssued && e.noticeId == notice.id) {
                ++served;
                CHECK(e.newDeadline == QDate(2026, 12, 10));
                CHECK(e.actorRole == u"inspector"_s);
            }
        }
        CHECK(served == 1);
    }
}

TEST_CASE("Issuing a notice is all or nothing", "[notice]")
{
    NoticeWorld world;
    QSqlDatabase db = world.store->connection();
    auto counts = [&] {
        return QStringList{
            scalarText(db, u"SELECT count(*) FROM notices"_s),
            scalarText(db, u"SELECT group_concat(next_number) FROM notice_number_blocks ORDER BY id"_s),
            scalarText(db, u"SELECT count(*) FROM hazard_events"_s),
            scalarText(db, u"SELECT count(*) FROM attachments"_s),
            scalarText(db, u"SELECT count(*) FROM outbox"_s),
        };
    };
    const QStringList before = counts();

    SECTION("a failing event append rolls back the notice, its number and its attachment")
    {
        // The last step fails: the notice row, the consumed number and the PDF's attachment are written by then.
        exec(db, u"CREATE TEMP TRIGGER refuse_events BEFORE INSERT ON hazard_events "
                 "BEGIN SELECT RAISE(ABORT, 'disk full'); END"_s);
        auto issued = NoticeIssuer(*world.store, kVerificationBase).issue(world.draft(u"rectification"_s));
        REQUIRE_FALSE(issued);
        CHECK(counts() == before);
        exec(db, u"DROP TRIGGER refuse_events"_s);
        // And the same number is issued next.
        auto next = NoticeRepository(db).nextNumber(u"rectification"_s);
        REQUIRE(next);
        const Notice notice = world.issue(world.draft(u"rectification"_s));
        CHECK(notice.number == next.value().number);
    }
    SECTION("a closed hazard is refused with a sentence")
    {
        const QString closed = scalarText(db, u"SELECT id FROM hazards WHERE status = 'closed' LIMIT 1"_s);
        NoticeDraft draft = world.draft(u"rectification"_s);
        draft.notice.hazardIds = {closed};
        draft.notice.projectId = scalarText(db, u"SELECT project_id FROM hazards WHERE id = ?"_s, {closed});
        auto issued = NoticeIssuer(*world.store, kVerificationBase).issue(draft);
        REQUIRE_FALSE(issued);
        CHECK(issued.error().code == u"notice.hazard_closed"_s);
        CHECK(issued.error().message.contains(u"closed"_s));
        CHECK(counts() == before);
    }
}
