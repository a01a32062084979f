#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include "core/referencedata.h"

namespace sitesafe::demo {

class DemoRandom;

/// Makes people with valid but never stored ID-card numbers (only IdCardNumber::masked and ::hashed leave this
/// class), and their certificates: A/B/C1/C2/C3 安管人员 certificates, 注册建造师 and 监理工程师 registrations and
/// special-operation certificates, about 8 % expired and a few expiring within 30 days of today.
class StaffGenerator
{
public:
    StaffGenerator(DemoRandom &random, QDate today, quint64 seed);

    /// Appends a person; `homeCode` is the GB/T 2260 code used as the ID number's address code.
    Person addPerson(const QString &enterpriseId, const QString &homeCode, bool isMale, QList<Person> &out);
    /// Appends a certificate of `kind` (A | B | C1 | C2 | C3 | constructor | supervision_engineer |
    /// special_operation) for the person.
    void addCertificate(const Person &holder, const QString &kind, const QString &operationKind, QChar plateLetter,
        QList<Certificate> &out);
    /// C1, C2 or C3 in the proportions seen after the e-certificate changeover.
    QString drawSafetyOfficerKind();

    static QByteArray idNumberSalt();

private:
    QString makeIdNumber(const QString &homeCode, bool isMale);
    QDate drawValidUntil(int validityYears);

    DemoRandom &m_random;
    QDate m_today;
    quint64 m_seed;
    int m_certificateSerial = 0;
};

} // namespace sitesafe::demo
