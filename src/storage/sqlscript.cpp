#include "sqlscript.h"

#include <sqlite3.h>

namespace sitesafe {

namespace {
/// True when the text holds nothing but white space and comments.
bool isBlank(const QString &statement)
{
    bool inLineComment = false;
    for (qsizetype i = 0; i < statement.size(); ++i) {
        const QChar c = statement[i];
        if (inLineComment) {
            inLineComment = c != QLatin1Char('\n');
            continue;
        }
        if (c == QLatin1Char('-') && i + 1 < statement.size() && statement[i + 1] == QLatin1Char('-')) {
            inLineComment = true;
            continue;
        }
        if (!c.isSpace() && c != QLatin1Char(';'))
            return false;
    }
    return true;
}
} // namespace

QStringList SqlScript::split(const QString &script)
{
    QStringList statements;
    QString current;
    for (QChar c : script) {
        current.append(c);
        if (c == QLatin1Char(';') && sqlite3_complete(current.toUtf8().constData())) {
            if (!isBlank(current))
                statements.append(current.trimmed());
            current.clear();
        }
    }
    if (!isBlank(current))
        statements.append(current.trimmed());
    return statements;
}

} // namespace sitesafe
