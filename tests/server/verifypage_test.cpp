#include <QElapsedTimer>
#include <QJsonObject>

#include <catch2/catch.hpp>

#include "core/uuidv7.h"
#include "verifyfixture.h"

using namespace Qt::StringLiterals;

namespace {

const QList<QPair<QByteArray, QByteArray>> kJson{{"Accept", "application/json"}};
const QList<QPair<QByteArray, QByteArray>> kBrowser{
    {"Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}};

/// The hash with its last hex digit changed: what a QR code of an altered document would carry.
QString otherHash(const QString &hash)
{
    QString changed = hash;
    changed.back() = hash.back() == u'0' ? u'1' : u'0';
    return changed;
}

void requireNoPersonalData(const TestReply &reply)
{
    const QString body = QString::fromUtf8(reply.body);
    for (const QString &name : VerifyFixture::personalData()) {
        INFO(name.toStdString());
        CHECK_FALSE(body.contains(name));
    }
}

void requireCommonHeaders(const TestReply &reply)
{
    CHECK(reply.header("Cache-Control") == "no-store");
    CHECK(reply.header("X-Content-Type-Options") == "nosniff");
}

} // namespace

TEST_CASE("The verification page answers authentic, altered and unknown in JSON and HTML for notices a client "
          "pushed",
          "[notice][verify]")
{
    VerifyFixture f;
    const PushedNotice notice = f.pushNotice();
    auto web = f.web();
    const QString expectedBody = f.laptop().text(u"SELECT j.name FROM projects p JOIN jurisdictions j "
                                                 "ON j.code = p.jurisdiction_code WHERE p.id = ?"_s,
                                                 {notice.projectId})
                                 + u"住房和城乡建设局"_s;
    const QString projectName = f.laptop().text(u"SELECT name FROM projects WHERE id = ?"_s, {notice.projectId});

    {
        INFO("authentic: every non-personal fact, the PDF hash, nothing personal");
        const TestReply r = web->get(VerifyFixture::pagePath(notice.id, notice.contentHash), kJson);
        REQUIRE(r.status == 200);
        CHECK(r.header("Content-Type").startsWith("application/json"));
        requireCommonHeaders(r);
        const QJsonObject o = r.json();
        CHECK(o.value(u"status"_s).toString() == u"authentic");
        CHECK(o.value(u"number"_s).toString() == notice.number);
        CHECK(o.value(u"kind"_s).toString() == u"rectification");
        CHECK(o.value(u"issued_on"_s).toString().size() == 10);
        CHECK(o.value(u"voided"_s).toBool(true) == false);
        CHECK(o.value(u"issuing_body"_s).toString() == expectedBody);
        CHECK(o.value(u"project"_s).toString() == projectName);
        CHECK(o.value(u"pdf_sha256"_s).toString()
              == u"5f70bf18a086007016e948b04aed3b82103a36bea41755b6cddfaf10ace3c6ef");
        CHECK(o.keys().size() == 8);
        requireNoPersonalData(r);
    }
    {
        INFO("the hash in capitals is the same hash");
        const TestReply r = web->get(VerifyFixture::pagePath(notice.id, notice.contentHash.toUpper()), kJson);
        REQUIRE(r.status == 200);
        CHECK(r.json().value(u"status"_s).toString() == u"authentic");
    }
    {
        INFO("altered: the number only");
        const TestReply r = web->get(VerifyFixture::pagePath(notice.id, otherHash(notice.contentHash)), kJson);
        REQUIRE(r.status == 200);
        requireCommonHeaders(r);
        const QJsonObject o = r.json();
        CHECK(o.value(u"status"_s).toString() == u"altered");
        CHECK(o.value(u"number"_s).toString() == notice.number);
        CHECK(o.keys() == QStringList{u"number"_s, u"status"_s});
    }
    {
        INFO("unknown: nothing but the status");
        const TestReply r = web->get(VerifyFixture::pagePath(sitesafe::UuidV7::generate(), notice.contentHash), kJson);
        REQUIRE(r.status == 404);
        requireCommonHeaders(r);
        CHECK(r.json() == QJsonObject{{u"status"_s, u"unknown"_s}});
    }

    // The page a browser gets, for a second notice (another kind) of the same laptop.
    const PushedNotice stop = f.pushNotice(u"stop_work"_s);

    {
        INFO("authentic");
        const TestReply r = web->get(VerifyFixture::pagePath(stop.id, stop.contentHash), kBrowser);
        REQUIRE(r.status == 200);
        CHECK(r.header("Content-Type") == "text/html; charset=utf-8");
        requireCommonHeaders(r);
        const QByteArray csp = r.header("Content-Security-Policy");
        CHECK(csp.startsWith("default-src 'none'; style-src 'sha256-"));
        CHECK_FALSE(csp.contains("unsafe"));
        CHECK(r.header("X-Frame-Options") == "DENY");
        const QString page = QString::fromUtf8(r.body);
        CHECK(page.contains(u"data-status=\"authentic\""_s));
        CHECK(page.contains(u"真实有效"_s));
        CHECK(page.contains(u"Authentic"_s));
        CHECK(page.contains(stop.number.toHtmlEscaped()));
        CHECK(page.contains(u"停工整改通知书"_s));
        CHECK(page.contains(u"住房和城乡建设局"_s));
        CHECK(page.contains(projectName.toHtmlEscaped()));
        CHECK(page.contains(u"有效"_s));
        CHECK_FALSE(page.contains(u"已作废"_s));
        CHECK_FALSE(page.contains(u"<script"_s));
        CHECK_FALSE(page.contains(u"http://"_s));
        CHECK_FALSE(page.contains(u"https://"_s));
        requireNoPersonalData(r);
    }
    {
        INFO("altered: the number, not the project");
        const TestReply r = web->get(VerifyFixture::pagePath(stop.id, otherHash(stop.contentHash)), kBrowser);
        REQUIRE(r.status == 200);
        const QString page = QString::fromUtf8(r.body);
        CHECK(page.contains(u"data-status=\"altered\""_s));
        CHECK(page.contains(u"内容与登记不符"_s));
        CHECK(page.contains(stop.number.toHtmlEscaped()));
        CHECK_FALSE(page.contains(projectName.toHtmlEscaped()));
        CHECK_FALSE(page.contains(u"停工整改通知书"_s));
        CHECK_FALSE(page.contains(u"真实有效"_s));
        requireNoPersonalData(r);
    }
    {
        INFO("unknown");
        const TestReply r = web->get(VerifyFixture::pagePath(sitesafe::UuidV7::generate(), stop.contentHash),
                                     kBrowser);
        REQUIRE(r.status == 404);
        CHECK(r.header("Content-Type") == "text/html; charset=utf-8");
        const QString page = QString::fromUtf8(r.body);
        CHECK(page.contains(u"data-status=\"unknown\""_s));
        CHECK(page.contains(u"未登记"_s));
        CHECK_FALSE(page.contains(stop.number.toHtmlEscaped()));
    }
}

TEST_CASE("A voided notice is still authentic and says 已作废. Malformed ids and hashes are answered 4xx as "
          "unknown, quickly, never echoed",
          "[notice][verify]")
{
    VerifyFixture f;
    const PushedNotice notice = f.pushNotice();
    f.voidNotice(notice.id);
    auto web = f.web();

    const TestReply json = web->get(VerifyFixture::pagePath(notice.id, notice.contentHash), kJson);
    REQUIRE(json.status == 200);
    CHECK(json.json().value(u"status"_s).toString() == u"authentic");
    CHECK(json.json().value(u"voided"_s).toBool(false) == true);

    const TestReply html = web->get(VerifyFixture::pagePath(notice.id, notice.contentHash), kBrowser);
    REQUIRE(html.status == 200);
    const QString page = QString::fromUtf8(html.body);
    CHECK(page.contains(u"已作废"_s));
    CHECK(page.contains(u"id=\"voided\""_s));
    // The void reason is the inspector's own words: not shown.
    CHECK_FALSE(page.contains(u"编号错填"_s));

    // Malformed ids and hashes: answered 4xx as unknown, quickly, without echoing them.
    QElapsedTimer timer;

    struct Probe {
        const char *what;
        QString path;
    };
    const QList<Probe> probes{
        {"markup in the id", u"/verify/notices/%3Cscript%3Ealert(1)%3C%2Fscript%3E?h="_s + notice.contentHash},
        {"an id of 65 characters", VerifyFixture::pagePath(QString(65, u'a'), notice.contentHash)},
        {"markup in the hash", VerifyFixture::pagePath(notice.id, u"%3Cb%3Ebold%3C%2Fb%3E"_s)},
        {"no hash", u"/verify/notices/"_s + notice.id},
        {"a hash one digit short", VerifyFixture::pagePath(notice.id, notice.contentHash.chopped(1))},
        {"a hash of 4000 characters", VerifyFixture::pagePath(notice.id, QString(4000, u'a'))},
        {"a hash of 200000 characters", VerifyFixture::pagePath(notice.id, QString(200000, u'a'))},
    };
    for (const Probe &probe : probes) {
        INFO(probe.what);
        timer.start();
        const TestReply r = web->get(probe.path, kBrowser);
        CHECK(timer.elapsed() < 3000);
        // Our own 400 page, or the HTTP layer refusing a request line that long; never a 5xx, never a 200.
        CHECK(r.status >= 400);
        CHECK(r.status < 500);
        const QByteArray body = r.body;
        CHECK_FALSE(body.contains("<script"));
        CHECK_FALSE(body.contains("<b>"));
        CHECK_FALSE(body.contains("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"));
        if (r.status == 400) {
            CHECK(QString::fromUtf8(body).contains(u"data-status=\"unknown\""_s));
        }
    }
    // The JSON form of a malformed request says unknown as well.
    const TestReply malformed = web->get(VerifyFixture::pagePath(notice.id, u"xyz"_s), kJson);
    CHECK(malformed.status == 400);
    CHECK(malformed.json() == QJsonObject{{u"status"_s, u"unknown"_s}});
}
