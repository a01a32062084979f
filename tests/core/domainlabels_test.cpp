#include "core/domainlabels.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

using namespace sitesafe;
using namespace Qt::StringLiterals;

namespace {

/// source text → translation of one context of the zh_CN catalog.
QHash<QString, QString> catalogContext(const QString &context)
{
    QFile file(QStringLiteral(SITESAFE_SOURCE_DIR) + u"/resources/i18n/sitesafe_zh_CN.ts"_s);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QHash<QString, QString> messages;
    QString current;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name")
            current = xml.readElementText();
        else if (xml.name() == u"source")
            source = xml.readElementText();
        else if (xml.name() == u"translation" && current == context)
            messages.insert(source, xml.readElementText());
    }
    REQUIRE_FALSE(xml.hasError());
    return messages;
}

} // namespace

TEST_CASE("DomainLabels in core keeps its translation context: every label has its zh_CN text", "[labels]")
{
    const QHash<QString, QString> zh = catalogContext(u"DomainLabels"_s);
    QFile source(QStringLiteral(SITESAFE_SOURCE_DIR) + u"/src/core/domainlabels.cpp"_s);
    REQUIRE(source.open(QIODevice::ReadOnly));
    const QString code = QString::fromUtf8(source.readAll());
    static const QRegularExpression trCall(uR"re(\btr\("((?:[^"\\]|\\.)*)"\))re"_s);
    int checked = 0;
    for (auto it = trCall.globalMatch(code); it.hasNext();) {
        const QString text = it.next().captured(1).replace(u"\\\""_s, u"\""_s);
        INFO(text.toStdString());
        CHECK(zh.contains(text));
        CHECK_FALSE(zh.value(text).isEmpty());
        ++checked;
    }
    CHECK(checked > 80); // the scan found the labels (not an empty pass)
    // The strings travel through the same context at run time (no translator installed: the source text).
    CHECK(DomainLabels::hazardStatus(u"rectifying"_s) == u"Rectifying"_s);
    CHECK(zh.value(u"Rectifying"_s) == u"整改中"_s);
}
