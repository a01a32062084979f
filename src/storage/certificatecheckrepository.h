#pragma once

#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include "core/error.h"
#include "core/fielddata.h"
#include "core/referencedata.h"

namespace sitesafe {

/// A certificate of the cached roster with its holder and the holder's enterprise.
struct RosterCertificate {
    Certificate certificate;
    QString holderName;
    QString holderEnterpriseId;
    QString holderEnterpriseName;
    QString holderCreditCode;
};

/// A person who may present a certificate on a project: one of its key people (项目负责人, 专职安全员 …).
struct RosterPerson {
    QString personId;
    QString name;
    QString role; ///< project_key_people.role; empty for a person looked up outside the project
    QString enterpriseId;
    QString enterpriseName;
};

/// The cached roster as certificate checks read it (certificates, people, enterprises, a project's key people
/// and participants), and the certificate_checks rows they write: one transaction per check, the outbox
/// mutation by trigger, an audit entry beside it.
class CertificateCheckRepository
{
    Q_DECLARE_TR_FUNCTIONS(CertificateCheckRepository)

public:
    explicit CertificateCheckRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    /// The certificate with this number (as the roster spells it), if cached.
    std::optional<RosterCertificate> findByNumber(const QString &number);
    /// The certificate with this 电子证照标识码, if cached.
    std::optional<RosterCertificate> findByECertificateCode(const QString &code);
    /// The key people of a project, by role then name.
    QList<RosterPerson> keyPeople(const QString &projectId);
    /// A person of the roster with their enterprise.
    std::optional<RosterPerson> person(const QString &personId);
    /// The enterprises taking part in a project (建设、施工、监理 … units).
    QStringList projectEnterpriseIds(const QString &projectId);

    /// Records a check. The id is made here when empty, `checkedAt` is the store's clock when invalid. A check
    /// within a signed inspection is refused (a signed inspection is frozen; check within an amendment instead).
    Result<QString> record(CertificateCheck check);

private:
    std::optional<RosterCertificate> findWhere(const QString &column, const QString &value);

    QSqlDatabase m_db;
};

} // namespace sitesafe
