#include "noticeverifier.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include "backend.h"
#include "core/noticehash.h"
#include "protocol/entityrules.h"
#include "rowstore.h"
#include "statementcache.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
constexpr int kBeijingOffsetSeconds = 8 * 3600;
} // namespace

QString NoticeVerification::statusText() const
{
    switch (verdict) {
    case Verdict::Authentic:
        return u"authentic"_s;
    case Verdict::Altered:
        return u"altered"_s;
    case Verdict::Unknown:
        break;
    }
    return u"unknown"_s;
}

bool NoticeVerifier::isWellFormedId(const QString &id)
{
    // Row ids are UUIDs (36 characters); allow a little more for demo or imported ids, never anything that
    // would need escaping.
    static const QRegularExpression pattern(u"^[0-9A-Za-z-]{1,64}$"_s);
    return pattern.match(id).hasMatch();
}

bool NoticeVerifier::isWellFormedHash(const QString &hash)
{
    static const QRegularExpression pattern(u"^[0-9a-fA-F]{64}$"_s);
    return pattern.match(hash).hasMatch();
}

QString NoticeVerifier::issuingBody(const QString &jurisdictionCode, const QString &jurisdictionName, bool isProvincial)
{
    if (isProvincial)
        return u"海南省住房和城乡建设厅"_s;
    // Where housing and planning are merged, the provincial circulars address the merged bureau by its own name.
    if (jurisdictionCode == u"460300")
        return u"三沙市自然资源和规划建设局"_s;
    if (jurisdictionCode == u"469001")
        return u"五指山市自然资源和城乡规划建设局"_s;
    if (jurisdictionName.isEmpty())
        return {};
    return jurisdictionName + u"住房和城乡建设局"_s;
}

Result<NoticeVerification> NoticeVerifier::verify(const QString &noticeId, const QString &hash)
{
    NoticeVerification out;
    if (!isWellFormedId(noticeId) || !isWellFormedHash(hash)) {
        out.isMalformed = true;
        return out;
    }
    auto statements = m_backend.statements();
    if (!statements)
        return statements.error();
    const EntityRule *rule = EntityRules::find(u"notices"_s);
    Q_ASSERT(rule);
    // The row in its wire form, exactly as a client sent it: what NoticeHash::fromRow expects.
    auto rows = RowStore(*statements.value()).wireRows(*rule, {noticeId});
    if (!rows)
        return rows.error();
    if (!rows.value().contains(noticeId))
        return out;
    const QJsonObject row = rows.value().value(noticeId);
    out.number = row.value(u"number"_s).toString();

    const QString recomputed = NoticeHash::of(NoticeHash::fromRow(row));
    const QString stored = row.value(u"content_hash"_s).toString();
    // Authentic only when the paper's hash, the row as it is now and the hash fixed at issue all agree: a row
    // whose issued fields were changed after issue no longer proves what was served.
    if (hash.toLower() != recomputed || stored != recomputed) {
        out.verdict = NoticeVerification::Verdict::Altered;
        return out;
    }

    QSqlQuery q(statements.value()->database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT p.name, j.code, j.name, u.role FROM projects p "
              "LEFT JOIN jurisdictions j ON j.code = p.jurisdiction_code "
              "LEFT JOIN users u ON u.name = ? WHERE p.id = ?"_s);
    q.addBindValue(row.value(u"issued_by"_s).toString());
    q.addBindValue(row.value(u"project_id"_s).toString());
    if (!q.exec())
        return Error{u"db.error"_s, q.lastError().text()};
    if (q.next()) {
        out.projectName = q.value(0).toString();
        const QString role = q.value(3).toString();
        out.issuingBody = issuingBody(q.value(1).toString(), q.value(2).toString(),
                                      role == u"province" || role == u"admin");
    }
    out.verdict = NoticeVerification::Verdict::Authentic;
    out.kind = row.value(u"kind"_s).toString();
    const QDateTime issuedAt = QDateTime::fromString(row.value(u"issued_at"_s).toString(), Qt::ISODateWithMs);
    out.issuedOn = issuedAt.isValid() ? issuedAt.toOffsetFromUtc(kBeijingOffsetSeconds).date().toString(Qt::ISODate)
                                      : QString();
    out.isVoided = row.value(u"status"_s).toString() == u"voided";
    out.pdfSha256 = row.value(u"pdf_sha256"_s).toString();
    return out;
}

} // namespace sitesafe
