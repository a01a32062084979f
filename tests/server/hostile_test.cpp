#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

#include "server/routetable.h"
#include "serverfixture.h"

using namespace sitesafe;
using namespace Qt::StringLiterals;

// Case 25 of sync-anchors §3, route by route: every route of RouteTable (the list the server registers) gets no
// token, a wrong token, garbage, deep JSON and a path that climbs out of its folder. Each is answered with a
// status below 500 and, when refused, a JSON error body; nothing is written; no file appears outside the data
// folder's blob store; the server still answers afterwards.

namespace {

/// The route's path with its placeholders filled with well-formed ids nobody holds.
QString concretePath(const RouteSpec &route)
{
    QString path = route.path;
    path.replace(u"{id}"_s, u"01930000-0000-7000-8000-00000000dead"_s);
    path.replace(u"{sha256}"_s, QString(64, u'a'));
    return path;
}

/// A refusal a client can read: status 4xx and a JSON body naming an error (HEAD answers have no body; the public
/// verification page answers a person, in HTML).
bool isReadableRefusal(const TestReply &reply, const RouteSpec &route)
{
    if (reply.status < 400 || reply.status >= 500)
        return false;
    if (route.id == RouteId::VerifyNotice)
        return !reply.body.isEmpty();
    return route.method == u"HEAD" || !reply.errorCode().isEmpty();
}

} // namespace

TEST_CASE("Every route refuses missing tokens, garbage, deep JSON and climbing paths without a 5xx or a write",
    "[api][hostile]")
{
    ServerFixture f;
    auto s = f.signIn(u"hk-inspector"_s, u"inspector"_s, u"460100"_s);
    const auto anonymous = f.client();
    const QList<QPair<QByteArray, QByteArray>> json {{"Content-Type", "application/json"}};
    const QList<QPair<QByteArray, QByteArray>> forged {
        {"Content-Type", "application/json"}, {"Authorization", "Bearer forged.token.value"}};
    const qint64 applied = f.count(u"SELECT count(*) FROM applied_mutations"_s);
    const qint64 hazards = f.count(u"SELECT count(*) FROM hazards"_s);
    const QByteArray deep = QByteArray(5000, '[') + QByteArray(5000, ']');
    const QByteArray garbage("\x00\xff{\"mutations\": [\x01", 17);
    int routes = 0;
    for (const RouteSpec &route : RouteTable::routes()) {
        const QByteArray verb = route.method.toLatin1();
        const QString path = concretePath(route);
        INFO(verb.toStdString() << " " << path.toStdString());
        ++routes;
        if (route.needsToken) {
            const TestReply none = anonymous->send(verb, path, {}, json);
            CHECK(none.status == 401);
            CHECK(isReadableRefusal(none, route));
            const TestReply wrong = anonymous->send(verb, path, {}, forged);
            CHECK(wrong.status == 401);
        }
        for (const QByteArray &body : {garbage, deep}) {
            const TestReply reply = s.client->send(verb, path, body, json);
            CHECK(reply.status < 500);
            if (reply.status >= 400)
                CHECK(isReadableRefusal(reply, route));
        }
        const TestReply climbing = s.client->send(verb, path + u"/../../../../etc/passwd"_s, {}, json);
        CHECK(climbing.status < 500);
        CHECK(climbing.status != 200);
        const TestReply encoded = s.client->send(verb, path + u"/..%2F..%2F..%2Fetc%2Fpasswd"_s, {}, json);
        CHECK(encoded.status < 500);
        CHECK(encoded.status != 200);
    }
    CHECK(routes >= 16);
    CHECK(s.client->get(u"/api/v1/ping"_s).status == 200);
    CHECK(f.count(u"SELECT count(*) FROM applied_mutations"_s) == applied);
    CHECK(f.count(u"SELECT count(*) FROM hazards"_s) == hazards);
    // The signed-in device's refusals are audited under its account, with status and code; requests without a
    // valid token are not (anyone can send them: auditing each would let anyone fill the log).
    CHECK(f.count(u"SELECT count(*) FROM audit_log WHERE action = 'request.refused' AND actor = 'hk-inspector' AND "
                  "entity = 'POST /api/v1/sync/push' AND detail LIKE 'status=400 code=%'"_s)
        >= 2);
    CHECK(
        f.count(u"SELECT count(*) FROM audit_log WHERE action = 'request.refused' AND actor <> 'hk-inspector'"_s) == 0);
    QDirIterator files(f.dataDir(), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext())
        CHECK_FALSE(files.next().endsWith(u"passwd"_s));
}
