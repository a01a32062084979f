#include <QFile>
#include <QRegularExpression>

#include <catch2/catch.hpp>

#include "server/routetable.h"

using namespace Qt::StringLiterals;

TEST_CASE("Every route the server registers is described in docs/openapi.yaml", "[docs]")
{
    QFile file(QStringLiteral(SITESAFE_SOURCE_DIR "/docs/openapi.yaml"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    // paths:\n  /path:\n    get: … (server url carries /api/v1)
    QHash<QString, QStringList> documented;
    QString current;
    static const QRegularExpression pathLine(u"^  (/[^:]*):\\s*$"_s);
    static const QRegularExpression methodLine(u"^    (get|post|head|patch|delete|put):"_s);
    for (const QString &line : lines) {
        if (auto m = pathLine.match(line); m.hasMatch())
            current = m.captured(1);
        else if (auto mm = methodLine.match(line); mm.hasMatch() && !current.isEmpty())
            documented[current].append(mm.captured(1).toUpper());
    }
    REQUIRE_FALSE(sitesafe::RouteTable::routes().isEmpty());
    for (const sitesafe::RouteSpec &route : sitesafe::RouteTable::routes()) {
        // Paths under /api/v1 are written relative to the servers url; the public pages outside it in full.
        const QString prefix = QStringLiteral("/api/v1");
        const QString path = route.path.startsWith(prefix) ? route.path.mid(prefix.size()) : route.path;
        INFO(route.method.toStdString() << ' ' << route.path.toStdString());
        CHECK(documented.value(path).contains(route.method));
    }
}
