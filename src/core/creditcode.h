#pragma once

#include <QCoreApplication>

#include "codecheck.h"

namespace sitesafe {

/// 统一社会信用代码 (unified social credit identifier, GB 32100-2015): 18 characters from a 31-character
/// alphabet, positions 3–8 an administrative-division code, position 18 a mod-31 check character.
class CreditCode
{
    Q_DECLARE_TR_FUNCTIONS(CreditCode)

public:
    static CodeCheck check(const QString &input);
    /// The check character for the first 17 characters, or a null QChar if they contain invalid characters.
    static QChar checkCharacter(QStringView first17);
};

} // namespace sitesafe
