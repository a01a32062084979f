#include "accidentlevel.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

AccidentLevel::Level AccidentLevel::of(int deaths, int seriousInjuries, double directLossWan)
{
    // Loss bands: 1亿 = 10000 万元, 5000 万元, 1000 万元.
    if (deaths >= 30 || seriousInjuries >= 100 || directLossWan >= 10000)
        return Level::ExtraordinarilyMajor;
    if (deaths >= 10 || seriousInjuries >= 50 || directLossWan >= 5000)
        return Level::Major;
    if (deaths >= 3 || seriousInjuries >= 10 || directLossWan >= 1000)
        return Level::Larger;
    return Level::General;
}

QString AccidentLevel::code(Level level)
{
    switch (level) {
    case Level::General: return u"general"_s;
    case Level::Larger: return u"larger"_s;
    case Level::Major: return u"major"_s;
    case Level::ExtraordinarilyMajor: return u"extraordinarily_major"_s;
    }
    return {};
}

QString AccidentLevel::label(Level level)
{
    switch (level) {
    case Level::General: return tr("General accident");
    case Level::Larger: return tr("Larger accident");
    case Level::Major: return tr("Major accident");
    case Level::ExtraordinarilyMajor: return tr("Extraordinarily major accident");
    }
    return {};
}

} // namespace sitesafe
