#include "noticehash.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {

QString utc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QStringList stringList(const QJsonValue &value)
{
    QJsonArray array = value.toArray();
    if (value.isString())
        array = QJsonDocument::fromJson(value.toString().toUtf8()).array();
    QStringList out;
    for (const QJsonValue &v : std::as_const(array))
        out << v.toString();
    return out;
}

} // namespace

QByteArray NoticeHash::canonical(const Notice &n)
{
    // QJsonObject keeps its keys sorted, so the text does not depend on the order they are set in.
    QJsonObject o;
    o.insert(u"id"_s, n.id);
    o.insert(u"project_id"_s, n.projectId);
    o.insert(u"inspection_id"_s, n.inspectionId);
    o.insert(u"kind"_s, n.kind);
    o.insert(u"number"_s, n.number);
    o.insert(u"issued_at"_s, utc(n.issuedAt));
    o.insert(u"issued_by"_s, n.issuedBy);
    o.insert(u"deadline"_s, n.deadline.isValid() ? n.deadline.toString(Qt::ISODate) : QString());
    o.insert(u"recipient_enterprise_id"_s, n.recipientEnterpriseId);
    o.insert(u"hazard_ids"_s, QJsonArray::fromStringList(n.hazardIds));
    o.insert(u"scope"_s, n.scope);
    o.insert(u"scope_part"_s, n.scopePart);
    o.insert(u"inspectors"_s, QJsonArray::fromStringList(n.inspectors));
    o.insert(u"decision"_s, n.decision);
    o.insert(u"requirements"_s, n.requirements);
    o.insert(u"legal_basis"_s, n.legalBasis);
    o.insert(u"original_notice_id"_s, n.originalNoticeId);
    o.insert(u"enforcement_action_id"_s, n.enforcementActionId);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString NoticeHash::of(const Notice &notice)
{
    return QString::fromLatin1(QCryptographicHash::hash(canonical(notice), QCryptographicHash::Sha256).toHex());
}

Notice NoticeHash::fromRow(const QJsonObject &row)
{
    Notice n;
    n.id = row.value(u"id"_s).toString();
    n.projectId = row.value(u"project_id"_s).toString();
    n.inspectionId = row.value(u"inspection_id"_s).toString();
    n.kind = row.value(u"kind"_s).toString();
    n.number = row.value(u"number"_s).toString();
    n.issuedAt = QDateTime::fromString(row.value(u"issued_at"_s).toString(), Qt::ISODateWithMs);
    n.issuedBy = row.value(u"issued_by"_s).toString();
    n.deadline = QDate::fromString(row.value(u"deadline"_s).toString(), Qt::ISODate);
    n.recipientEnterpriseId = row.value(u"recipient_enterprise_id"_s).toString();
    n.hazardIds = stringList(row.value(u"hazard_ids"_s));
    n.scope = row.value(u"scope"_s).toString();
    n.scopePart = row.value(u"scope_part"_s).toString();
    n.inspectors = stringList(row.value(u"inspectors"_s));
    n.decision = row.value(u"decision"_s).toString();
    n.requirements = row.value(u"requirements"_s).toString();
    n.legalBasis = row.value(u"legal_basis"_s).toString();
    n.originalNoticeId = row.value(u"original_notice_id"_s).toString();
    n.enforcementActionId = row.value(u"enforcement_action_id"_s).toString();
    n.status = row.value(u"status"_s).toString(u"issued"_s);
    n.voidReason = row.value(u"void_reason"_s).toString();
    n.contentHash = row.value(u"content_hash"_s).toString();
    n.pdfSha256 = row.value(u"pdf_sha256"_s).toString();
    return n;
}

} // namespace sitesafe
