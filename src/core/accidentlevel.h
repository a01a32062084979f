#pragma once

#include <QCoreApplication>
#include <QString>

namespace sitesafe {

/// The level of a production-safety accident under State Council order 493 (domain-reference §4.2), from deaths,
/// serious injuries and the direct loss; the highest level any of the three reaches. Each band includes its lower
/// bound: 3 deaths is 较大, 10 serious injuries is 较大, a loss of exactly 1000 万元 is 较大.
class AccidentLevel
{
    Q_DECLARE_TR_FUNCTIONS(AccidentLevel)

public:
    enum class Level { General, Larger, Major, ExtraordinarilyMajor };

    /// `directLossWan`: direct economic loss in 万元 (10,000 yuan), as Incident::directLoss.
    static Level of(int deaths, int seriousInjuries, double directLossWan);
    /// general | larger | major | extraordinarily_major
    static QString code(Level level);
    /// 一般 / 较大 / 重大 / 特别重大, translated.
    static QString label(Level level);
};

} // namespace sitesafe
