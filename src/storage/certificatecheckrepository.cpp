#include "certificatecheckrepository.h"

#include <QSqlQuery>

#include "auditlog.h"
#include "core/clock.h"
#include "core/uuidv7.h"
#include "database.h"
#include "sqlvalues.h"
#include "storageerror.h"
#include "transaction.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace V = SqlValues;

std::optional<RosterCertificate> CertificateCheckRepository::findByNumber(const QString &number)
{
    return findWhere(u"number"_s, number);
}

std::optional<RosterCertificate> CertificateCheckRepository::findByECertificateCode(const QString &code)
{
    return findWhere(u"e_certificate_code"_s, code);
}

std::optional<RosterCertificate> CertificateCheckRepository::findWhere(const QString &column, const QString &value)
{
    if (value.isEmpty())
        return std::nullopt;
    // `column` is one of two fixed names chosen above, never user text; the value is bound.
    QSqlQuery q(m_db);
    q.prepare(u"SELECT c.id, c.kind, c.operation_kind, c.number, c.holder_person_id, c.issuer, c.issued_on, "
              "c.valid_until, c.e_certificate_code, p.name, p.enterprise_id, e.name, e.credit_code "
              "FROM certificates c LEFT JOIN people p ON p.id = c.holder_person_id "
              "LEFT JOIN enterprises e ON e.id = p.enterprise_id WHERE c."_s
              + column + u" = ? ORDER BY c.valid_until DESC LIMIT 1"_s);
    q.addBindValue(value);
    if (!q.exec() || !q.next())
        return std::nullopt;
    RosterCertificate r;
    Certificate &c = r.certificate;
    c.id = q.value(0).toString();
    c.kind = q.value(1).toString();
    c.operationKind = q.value(2).toString();
    c.number = q.value(3).toString();
    c.holderPersonId = q.value(4).toString();
    c.issuer = q.value(5).toString();
    c.issuedOn = V::toDate(q.value(6));
    c.validUntil = V::toDate(q.value(7));
    c.eCertificateCode = q.value(8).toString();
    r.holderName = q.value(9).toString();
    r.holderEnterpriseId = q.value(10).toString();
    r.holderEnterpriseName = q.value(11).toString();
    r.holderCreditCode = q.value(12).toString();
    return r;
}

QList<RosterPerson> CertificateCheckRepository::keyPeople(const QString &projectId)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT p.id, p.name, k.role, p.enterprise_id, e.name FROM project_key_people k "
              "JOIN people p ON p.id = k.person_id LEFT JOIN enterprises e ON e.id = p.enterprise_id "
              "WHERE k.project_id = ? ORDER BY k.role, p.name"_s);
    q.addBindValue(projectId);
    QList<RosterPerson> out;
    if (!q.exec())
        return out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toString()});
    return out;
}

std::optional<RosterPerson> CertificateCheckRepository::person(const QString &personId)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT p.id, p.name, p.enterprise_id, e.name FROM people p "
              "LEFT JOIN enterprises e ON e.id = p.enterprise_id WHERE p.id = ?"_s);
    q.addBindValue(personId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return RosterPerson{q.value(0).toString(), q.value(1).toString(), {}, q.value(2).toString(),
                        q.value(3).toString()};
}

QStringList CertificateCheckRepository::projectEnterpriseIds(const QString &projectId)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT DISTINCT enterprise_id FROM project_participants WHERE project_id = ?"_s);
    q.addBindValue(projectId);
    QStringList out;
    if (!q.exec())
        return out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

Result<QString> CertificateCheckRepository::record(CertificateCheck c)
{
    const QString now = Timestamp::toText(Database::clockOf(m_db).now());
    if (c.id.isEmpty())
        c.id = UuidV7::generate();
    if (!c.checkedAt.isValid())
        c.checkedAt = Database::clockOf(m_db).now();

    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (!c.inspectionId.isEmpty()) {
        QSqlQuery status(m_db);
        status.prepare(u"SELECT status FROM inspections WHERE id = ?"_s);
        status.addBindValue(c.inspectionId);
        if (!status.exec())
            return StorageError::fromSql(status.lastError(), tr("reading the inspection"));
        if (!status.next())
            return Error{u"certificate_check.no_inspection"_s,
                         tr("The inspection of this check is no longer on this computer. Record the check without "
                            "an inspection, or open the inspection again.")};
        if (status.value(0).toString() == u"signed")
            return Error{u"certificate_check.signed"_s,
                         tr("The inspection is signed and can no longer change. Record the check in an amendment "
                            "of the inspection.")};
    }
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO certificate_checks (id, inspection_id, certificate_id, number, result, checked_at, "
              "checked_by, kind, e_certificate_code, person_id, enterprise_id, note, clock_offset_ms, "
              "is_time_doubtful, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    const QVariant offset = c.timeTrust.clockOffsetMs ? QVariant(*c.timeTrust.clockOffsetMs) : QVariant();
    for (const QVariant &v :
         {QVariant(c.id), V::text(c.inspectionId), V::text(c.certificateId), QVariant(c.number), QVariant(c.result),
          V::time(c.checkedAt), QVariant(c.checkedBy), V::text(c.kind), V::text(c.eCertificateCode),
          V::text(c.personId), V::text(c.enterpriseId), V::text(c.note), offset, V::boolean(c.timeTrust.isDoubtful),
          QVariant(now), QVariant(now)})
        q.addBindValue(v);
    if (!q.exec())
        return StorageError::fromSql(q.lastError(), tr("saving the certificate check"));
    if (Status s = AuditLog::append(m_db, {c.checkedBy, u"certificate.check"_s, u"certificate_checks"_s, c.id,
                                           c.result});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return c.id;
}

} // namespace sitesafe
