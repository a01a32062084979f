#include <QSet>

#include <catch2/catch.hpp>

#include "demo/demogenerator.h"

using namespace sitesafe;
using namespace Qt::StringLiterals;

namespace {

/// The reference part (first chunk) of the demo dataset of seed 1 for `today`.
Dataset referenceFor(QDate today, const QString &deviceId = u"laptop-a"_s)
{
    Dataset reference;
    DemoGenerator({1, DemoScale::Small, today, deviceId}).generate([&reference](const Dataset &chunk) {
        reference = chunk;
        return false;
    });
    return reference;
}

/// Every reference row's id and unique business key, one line each, in dataset order: what a client demo and a
/// server seed must agree on. Notice blocks are not here: they are the device's own and never on the server.
QStringList idsAndKeys(const Dataset &d)
{
    QStringList lines;
    for (const auto &x : d.jurisdictions)
        lines << u"jurisdiction "_s + x.id + u' ' + x.code;
    for (const auto &x : d.enterprises)
        lines << u"enterprise "_s + x.id + u' ' + x.creditCode + u' ' + x.safetyLicenceNo;
    for (const auto &x : d.projects)
        lines << u"project "_s + x.id + u' ' + x.platformNo + u' ' + x.permitNo + u' ' + x.jurisdictionCode;
    for (const auto &x : d.participants)
        lines << u"participant "_s + x.id + u' ' + x.projectId + u' ' + x.enterpriseId + u' ' + x.role;
    for (const auto &x : d.people)
        lines << u"person "_s + x.id + u' ' + x.idNumberHash + u' ' + x.enterpriseId;
    for (const auto &x : d.keyPeople)
        lines << u"key person "_s + x.id + u' ' + x.projectId + u' ' + x.personId;
    for (const auto &x : d.certificates)
        lines << u"certificate "_s + x.id + u' ' + x.number + u' ' + x.eCertificateCode + u' ' + x.holderPersonId;
    for (const auto &x : d.equipment)
        lines << u"equipment "_s + x.id + u' ' + x.filingNo + u' ' + x.useRegistrationNo + u' ' + x.serialNo;
    for (const auto &x : d.dangerousWorks)
        lines << u"dangerous work "_s + x.id + u' ' + x.projectId + u' ' + x.description;
    return lines;
}

QStringList dates(const Dataset &d)
{
    QStringList lines;
    for (const auto &x : d.projects)
        lines << x.startDate.toString(Qt::ISODate);
    for (const auto &x : d.certificates)
        lines << x.validUntil.toString(Qt::ISODate);
    return lines;
}

} // namespace

TEST_CASE("Reference ids and unique keys are the same for two days 400 days apart, the dates move", "[demo][anyday]")
{
    const QDate clientDay(2026, 12, 5);
    const QDate serverDay = clientDay.addDays(-400);
    const Dataset client = referenceFor(clientDay);
    const Dataset server = referenceFor(serverDay);
    const QStringList a = idsAndKeys(client);
    const QStringList b = idsAndKeys(server);
    // Non-empty and of every kind, so the comparison cannot pass on two empty lists.
    REQUIRE(client.jurisdictions.size() == 30);
    REQUIRE(client.projects.size() == 320);
    REQUIRE(!client.people.isEmpty());
    REQUIRE(!client.certificates.isEmpty());
    REQUIRE(!client.equipment.isEmpty());
    REQUIRE(!client.dangerousWorks.isEmpty());
    REQUIRE(a.size() > 5000);
    REQUIRE(a.size() == b.size());
    int differing = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i) != b.at(i)) {
            if (++differing <= 5)
                UNSCOPED_INFO(a.at(i).toStdString() << "  !=  " << b.at(i).toStdString());
        }
    }
    CHECK(differing == 0);
    CHECK(QSet<QString>(a.cbegin(), a.cend()).size() == a.size()); // and every line is distinct

    // The dates did move with the day: every project starts 400 days later on the client's day.
    const QStringList clientDates = dates(client);
    const QStringList serverDates = dates(server);
    REQUIRE(clientDates.size() == serverDates.size());
    CHECK(clientDates != serverDates);
    for (qsizetype i = 0; i < client.projects.size(); ++i)
        CHECK(server.projects.at(i).startDate.daysTo(client.projects.at(i).startDate) == 400);
}

TEST_CASE("The comparison of days can fail: another seed has other ids and keys", "[demo][anyday]")
{
    Dataset other;
    DemoGenerator({2, DemoScale::Small, QDate(2026, 12, 5), u"laptop-a"_s}).generate([&other](const Dataset &chunk) {
        other = chunk;
        return false;
    });
    const QStringList a = idsAndKeys(referenceFor(QDate(2026, 12, 5)));
    const QStringList b = idsAndKeys(other);
    REQUIRE(!a.isEmpty());
    REQUIRE(!b.isEmpty());
    CHECK(a != b);
    const QSet<QString> ids(a.cbegin(), a.cend());
    int shared = 0;
    for (const QString &line : b)
        shared += ids.contains(line) ? 1 : 0;
    CHECK(shared == 0);
}

TEST_CASE("Each device gets its own fresh notice-number blocks, the bureau's blocks do not depend on it", "[demo][anyday]")
{
    const Dataset a = referenceFor(QDate(2026, 12, 5), u"laptop-a"_s);
    const Dataset b = referenceFor(QDate(2026, 12, 5), u"laptop-b"_s);
    QStringList ownA, ownB, bureauA, bureauB;
    for (const NoticeNumberBlock &x : a.noticeNumberBlocks)
        (x.deviceId == u"laptop-a" ? ownA : bureauA) << x.id;
    for (const NoticeNumberBlock &x : b.noticeNumberBlocks)
        (x.deviceId == u"laptop-b" ? ownB : bureauB) << x.id;
    REQUIRE(ownA.size() == 6); // one block for each of the six notice kinds
    REQUIRE(ownB.size() == 6);
    REQUIRE(!bureauA.isEmpty());
    CHECK(bureauA == bureauB);
    for (const QString &id : std::as_const(ownB))
        CHECK_FALSE(ownA.contains(id));
}
