#include "staffgenerator.h"

#include "core/idcardnumber.h"
#include "demoids.h"
#include "demorandom.h"
#include "hainannames.h"

using namespace Qt::StringLiterals;

namespace sitesafe::demo {

namespace {

QString zeroPadded(int value, int width)
{
    return QString::number(value).rightJustified(width, u'0');
}

/// Two-digit work-type codes of the provincial special-operation certificate numbers (domain-reference §6).
QString operationCode(const QString &operationKind)
{
    if (operationKind == u"electrician")
        return u"01"_s;
    if (operationKind == u"scaffolder")
        return u"02"_s;
    if (operationKind == u"signaller")
        return u"04"_s;
    return u"05"_s; // crane_operator
}

} // namespace

StaffGenerator::StaffGenerator(DemoRandom &random, QDate today, quint64 seed)
    : m_random(random)
    , m_today(today)
    , m_seed(seed)
{ }

QByteArray StaffGenerator::idNumberSalt()
{
    return QByteArrayLiteral("sitesafe-demo-salt");
}

QString StaffGenerator::makeIdNumber(const QString &homeCode, bool isMale)
{
    const QDate birth = m_today.addYears(-m_random.between(23, 58)).addDays(-m_random.between(0, 364));
    int sequence = m_random.between(0, 499) * 2; // even: female
    if (isMale)
        sequence += 1;
    const QString first17 = homeCode + QString::number(birth.year()) + zeroPadded(birth.month(), 2)
        + zeroPadded(birth.day(), 2) + zeroPadded(sequence, 3);
    return first17 + IdCardNumber::checkCharacter(first17);
}

Person StaffGenerator::addPerson(const QString &enterpriseId, const QString &homeCode, bool isMale, QList<Person> &out)
{
    Person person;
    person.id = DemoIds::reference(m_seed, u"people", out.size());
    person.name = HainanNames::instance().personName(m_random, isMale);
    {
        // The clear number lives only in this scope (PIPL): masked for display, salted hash for matching.
        const QString number = makeIdNumber(homeCode, isMale);
        person.idNumberMasked = IdCardNumber::masked(number);
        person.idNumberHash = IdCardNumber::hashed(number, idNumberSalt());
    }
    person.enterpriseId = enterpriseId;
    person.phoneMasked = HainanNames::instance().maskedPhone(m_random);
    out.append(person);
    return person;
}

QString StaffGenerator::drawSafetyOfficerKind()
{
    const double draw = m_random.uniform(0, 1);
    return draw < 0.25 ? u"C1"_s : draw < 0.6 ? u"C2"_s : u"C3"_s;
}

QDate StaffGenerator::drawValidUntil(int validityYears)
{
    // About 8 % expired, 3 % expiring within 30 days, the rest valid for longer.
    const double draw = m_random.uniform(0, 1);
    if (draw < 0.08)
        return m_today.addDays(-m_random.between(1, 400));
    if (draw < 0.11)
        return m_today.addDays(m_random.between(0, 30));
    return m_today.addDays(m_random.between(31, validityYears * 365 - 30));
}

void StaffGenerator::addCertificate(const Person &holder, const QString &kind, const QString &operationKind,
    QChar plateLetter, QList<Certificate> &out)
{
    Certificate c;
    c.id = DemoIds::reference(m_seed, u"certificates", out.size());
    c.kind = kind;
    c.operationKind = operationKind;
    c.holderPersonId = holder.id;
    const bool isSpecial = kind == u"special_operation";
    const int validityYears = isSpecial ? 2 : 3;
    c.validUntil = drawValidUntil(validityYears);
    c.issuedOn = c.validUntil.addYears(-validityYears).addDays(1);
    const QString year = QString::number(c.issuedOn.year());
    const QString serial = zeroPadded(++m_certificateSerial, 7);
    if (isSpecial) {
        // Provincial paper format: 省简称 + 地市字母 + 工种代码 + 发证年份 + 六位序号.
        c.number = u"琼"_s + plateLetter + operationCode(operationKind) + year + serial.right(6);
        c.issuer = u"海南省住房和城乡建设厅"_s;
    } else if (kind == u"constructor") {
        const bool isGradeOne = m_random.chance(0.4);
        c.number = u"琼"_s + (isGradeOne ? u"1"_s : u"2"_s) + u"46"_s + year.right(2) + serial.right(6);
        c.issuer = isGradeOne ? u"中华人民共和国住房和城乡建设部"_s : u"海南省住房和城乡建设厅"_s;
    } else if (kind == u"supervision_engineer") {
        c.number = u"46"_s + serial.right(6);
        c.issuer = u"中华人民共和国住房和城乡建设部"_s;
    } else {
        // 安管人员: 琼建安 + 类别 + （年份） + 七位流水号, e.g. 琼建安C2（2023）0001234.
        c.number = u"琼建安"_s + kind + u"（"_s + year + u"）"_s + serial;
        c.issuer = u"海南省住房和城乡建设厅"_s;
    }
    // Electronic certificates exist since 2022-10 (建办质〔2022〕34号、53号); most renewed ones carry a code.
    if (c.issuedOn >= QDate(2022, 10, 1) && kind != u"supervision_engineer" && m_random.chance(0.7))
        c.eCertificateCode = u"46"_s + c.issuedOn.toString(u"yyyyMMdd"_s) + zeroPadded(m_random.between(0, 999999), 6)
            + zeroPadded(m_certificateSerial % 10000, 4);
    out.append(c);
}

} // namespace sitesafe::demo
