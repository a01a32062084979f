#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace sitesafe::demo {

class DemoRandom;

/// What an enterprise does on projects; decides its name, qualification and licence.
enum class EnterpriseRole { Contractor, MunicipalContractor, Supervisor, Developer, PublicOwner, Specialist, Leasing };

/// Name pools for people and enterprises, precomputed once so drawing a name is a few random picks and one
/// concatenation. Surnames are weighted towards those common in Hainan (陈、王、林、吴、符 …).
class HainanNames
{
public:
    static const HainanNames &instance();

    QString personName(DemoRandom &random, bool isMale) const;
    /// "海南鑫泰建设工程有限公司" and the like; `county` is used by public owners ("海口市教育局").
    QString enterpriseName(DemoRandom &random, EnterpriseRole role, const QString &countyName) const;
    /// 资质 matching the role and, for specialists, the trade in the name.
    QString qualification(DemoRandom &random, EnterpriseRole role, const QString &name) const;
    /// "138****2468"
    QString maskedPhone(DemoRandom &random) const;

private:
    HainanNames();

    QStringList m_surnames; ///< repeated by weight
    QStringList m_maleGiven;
    QStringList m_femaleGiven;
    QStringList m_brandSyllables;
    QStringList m_phonePrefixes;
};

} // namespace sitesafe::demo
