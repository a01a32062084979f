#include "logscrubber.h"

#include <functional>

#include <QRegularExpression>

#include "idcardnumber.h"

using namespace Qt::StringLiterals;

namespace sitesafe::LogScrubber {

namespace {
bool isChinese(char32_t c)
{
    return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
        || (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x20000 && c <= 0x3FFFF);
}

QString maskChinese(const QString &line)
{
    QString out;
    out.reserve(line.size());
    bool inRun = false;
    for (char32_t c : line.toUcs4()) {
        if (isChinese(c)) {
            if (!inRun)
                out += u"‹…›"_s;
            inRun = true;
            continue;
        }
        inRun = false;
        out += QString::fromUcs4(&c, 1);
    }
    return out;
}

QString replaceEach(const QString &text, const QRegularExpression &pattern,
    const std::function<QString(const QRegularExpressionMatch &)> &replacement)
{
    QString out;
    qsizetype last = 0;
    for (const QRegularExpressionMatch &m : pattern.globalMatch(text)) {
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += replacement(m);
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}
} // namespace

QString scrub(const QString &line)
{
    static const QRegularExpression secretValue(
        u"((?:access_|refresh_)?token|password|passwd|secret|authorization|api[_-]?key)(\"?\\s*[:=]\\s*\"?)"
        "(?:bearer\\s+)?[^\\s\"',;}&]+"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression bearer(
        u"\\bbearer\\s+[A-Za-z0-9._~+/=-]+"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression jwt(u"\\beyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*"_s);
    static const QRegularExpression uuid(
        u"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"_s);
    static const QRegularExpression opaque(u"(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{32,}(?![A-Za-z0-9_-])"_s);
    static const QRegularExpression idCard(u"(?<!\\d)\\d{17}[\\dXx](?![\\dA-Za-z])|(?<!\\d)\\d{15}(?!\\d)"_s);
    static const QRegularExpression mobile(u"(?<!\\d)1[3-9]\\d{9}(?!\\d)"_s);

    QString text = maskChinese(line);
    text = replaceEach(text, secretValue,
        [](const QRegularExpressionMatch &m) -> QString { return m.captured(1) + m.captured(2) + u"[redacted]"_s; });
    text = replaceEach(text, bearer, [](const QRegularExpressionMatch &) -> QString { return u"Bearer [redacted]"_s; });
    text = replaceEach(text, jwt, [](const QRegularExpressionMatch &) -> QString { return u"[redacted]"_s; });
    text = replaceEach(text, opaque, [](const QRegularExpressionMatch &m) -> QString {
        return uuid.match(m.captured(0)).hasMatch() ? m.captured(0) : u"[redacted]"_s;
    });
    text = replaceEach(
        text, idCard, [](const QRegularExpressionMatch &m) -> QString { return IdCardNumber::masked(m.captured(0)); });
    text = replaceEach(text, mobile, [](const QRegularExpressionMatch &m) -> QString {
        return m.captured(0).left(3) + u"****"_s + m.captured(0).right(4);
    });
    return text;
}

} // namespace sitesafe::LogScrubber
