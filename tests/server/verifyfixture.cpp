#include "verifyfixture.h"

#include <QSqlError>
#include <QSqlQuery>

#include <catch2/catch.hpp>

#include "core/clock.h"
#include "core/noticehash.h"
#include "core/uuidv7.h"
#include "storage/datastore.h"
#include "storage/noticerepository.h"
#include "storage/transaction.h"

using namespace sitesafe;
using namespace Qt::StringLiterals;

namespace {
std::string describe(const SyncReport &r)
{
    return (r.error ? QString(r.error->code + u": "_s + r.error->message).toStdString() : std::string("no error"))
        + " applied=" + std::to_string(r.applied) + " rejected=" + std::to_string(r.rejected);
}
} // namespace

VerifyFixture::VerifyFixture()
{
    m_server.seedDemo(1);
    m_server.start();
    m_laptop.connect(m_server);
    const SyncReport first = m_laptop.sync();
    INFO(describe(first));
    REQUIRE(first.isComplete());
}

std::unique_ptr<TestClient> VerifyFixture::web() const
{
    return std::make_unique<TestClient>(m_server.baseUrl(), m_server.caFile());
}

QString VerifyFixture::pagePath(const QString &id, const QString &hash)
{
    return u"/verify/notices/"_s + id + u"?h="_s + hash;
}

QStringList VerifyFixture::personalData()
{
    return {u"zhangwei"_s, u"张伟"_s, u"李娜"_s, u"王强"_s};
}

void VerifyFixture::addBlock(const QString &kind)
{
    if (m_blockKinds.contains(kind))
        return;
    // The block as a pull of the device's notice_number_blocks would have written it.
    const QString now = Timestamp::toText(Clock::system().now());
    Transaction pulled(m_laptop.db(), Transaction::Origin::Remote);
    REQUIRE(pulled.isActive());
    QSqlQuery q(m_laptop.db());
    q.prepare(u"INSERT INTO notice_number_blocks (id, device_id, kind, prefix, first_number, last_number, "
              "next_number, server_version, created_at, updated_at) VALUES (?, ?, ?, ?, 1, 50, 1, 1, ?, ?)"_s);
    for (const QVariant &v : {QVariant(UuidV7::generate()), QVariant(m_laptop.store().deviceId()), QVariant(kind),
                              QVariant(kind == u"stop_work" ? u"琼海建安停〔2026〕T"_s : u"琼海建安整〔2026〕T"_s), QVariant(now), QVariant(now)})
        q.addBindValue(v);
    const bool isInserted = q.exec();
    INFO(q.lastError().text().toStdString());
    REQUIRE(isInserted);
    REQUIRE(pulled.commit().isOk());
    m_blockKinds << kind;
}

PushedNotice VerifyFixture::pushNotice(const QString &kind)
{
    addBlock(kind);
    NoticeRepository notices(m_laptop.db());
    auto reserved = notices.nextNumber(kind);
    REQUIRE(reserved.isOk());
    Notice n;
    n.id = UuidV7::generate();
    n.projectId = m_laptop.anyProjectId();
    n.kind = kind;
    n.number = reserved.value().number;
    n.blockId = reserved.value().blockId;
    const QDateTime now = Clock::system().now().toUTC();
    n.issuedAt = QDateTime::fromMSecsSinceEpoch(now.toMSecsSinceEpoch(), Qt::UTC);
    n.issuedBy = u"zhangwei"_s;
    n.deadline = now.date().addDays(7);
    n.inspectors = {u"李娜"_s, u"王强"_s};
    if (kind == u"stop_work") {
        n.scope = u"partial"_s;
        n.scopePart = u"2号楼主体结构"_s;
    }
    n.decision = u"责令限期整改"_s;
    n.requirements = u"定人、定时、定措施整改，整改完成后书面回复"_s;
    n.legalBasis = u"《建设工程安全生产管理条例》第十四条"_s;
    n.contentHash = NoticeHash::of(n);
    n.pdfSha256 = u"5f70bf18a086007016e948b04aed3b82103a36bea41755b6cddfaf10ace3c6ef"_s;
    const Status issued = notices.insertIssued(n, u"zhangwei"_s);
    INFO((issued ? std::string() : issued.error().message.toStdString()));
    REQUIRE(issued.isOk());

    const SyncReport report = m_laptop.sync();
    INFO(describe(report));
    REQUIRE(report.isEverythingApplied());
    REQUIRE(serverCount(m_server, u"SELECT count(*) FROM notices WHERE id = ? AND content_hash = ?"_s,
                        {n.id, n.contentHash})
            == 1);
    return {n.id, n.projectId, n.number, n.contentHash};
}

void VerifyFixture::voidNotice(const QString &id)
{
    const Status voided = NoticeRepository(m_laptop.db()).voidNotice(id, u"编号错填，重新签发"_s, u"zhangwei"_s);
    INFO((voided ? std::string() : voided.error().message.toStdString()));
    REQUIRE(voided.isOk());
    const SyncReport report = m_laptop.sync();
    INFO(describe(report));
    REQUIRE(report.isEverythingApplied());
    REQUIRE(serverCount(m_server, u"SELECT count(*) FROM notices WHERE id = ? AND status = 'voided'"_s, {id}) == 1);
}
