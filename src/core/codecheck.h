#pragma once

#include <QString>

namespace sitesafe {

/// The verdict of a code validator. When the code is wrong, `position` names the first wrong character
/// (1-based; 0 when the whole code is at fault, e.g. its length) and `message` says what to fix.
struct CodeCheck {
    bool isValid = false;
    int position = 0;
    QString message;    ///< translated; empty when valid
    QString normalized; ///< the input after normalization (spaces/hyphens removed, full-width → ASCII, upper case)
};

/// Removes spaces and hyphens, folds full-width forms to ASCII and upper-cases: what people paste.
QString normalizeCode(const QString &input);

} // namespace sitesafe
