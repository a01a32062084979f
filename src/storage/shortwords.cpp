#include "shortwords.h"

#include <QList>

namespace sitesafe {

namespace {
/// SQLite's lower() without ICU: ASCII letters only.
uint asciiLower(uint c)
{
    return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

void appendTokens(QString &tokens, const QString &text)
{
    const QList<uint> points = text.toUcs4();
    const qsizetype size = qMin<qsizetype>(points.size(), 1000000);
    for (qsizetype i = 0; i < size; ++i) {
        if (!tokens.isEmpty())
            tokens += u' ';
        tokens += QString::number(asciiLower(points[i])) + u'x';
        if (i + 1 < points.size())
            tokens += QString::number(asciiLower(points[i + 1]));
    }
}
} // namespace

QString shortWordTokens(
    const QString &description, const QString &location, const QString &projectName, const QString &criterionText)
{
    QString tokens;
    for (const QString *text : {&description, &location, &projectName, &criterionText})
        appendTokens(tokens, *text);
    return tokens;
}

} // namespace sitesafe
