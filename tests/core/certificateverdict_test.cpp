#include "core/certificateverdict.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace sitesafe;

namespace {
CertificateEvidence onRoster(const QString &kind, QDate validUntil)
{
    CertificateEvidence e;
    e.isReadable = true;
    e.number = u"琼建安C2（2023）0000042"_s;
    e.kind = kind;
    Certificate c;
    c.id = u"cert-1"_s;
    c.kind = kind;
    c.number = e.number;
    c.holderPersonId = u"person-1"_s;
    c.validUntil = validUntil;
    e.roster = c;
    e.holderName = u"张三"_s;
    e.holderEnterpriseId = u"ent-1"_s;
    e.holderEnterpriseName = u"海南建工"_s;
    e.holderCreditCode = u"914600000000000001"_s;
    e.projectEnterpriseIds = {u"ent-1"_s, u"ent-2"_s};
    e.day = QDate(2026, 11, 28);
    return e;
}
} // namespace

TEST_CASE("A certificate is valid through its last day and expired the day after", "[certcheck]")
{
    CertificateEvidence e = onRoster(u"C2"_s, QDate(2026, 11, 28));
    CHECK(CertificateVerdict::judge(e).result() == CertificateResult::Valid);
    CHECK_FALSE(CertificateVerdict::judge(e).proposal().has_value());
    e.day = QDate(2026, 11, 29);
    const CertificateVerdict v = CertificateVerdict::judge(e);
    CHECK(v.result() == CertificateResult::Expired);
    CHECK(v.resultCode() == u"expired"_s);
    REQUIRE(v.proposal().has_value());
    CHECK(v.proposal()->itemCode == u"V2024-04-02"_s);
    CHECK(v.proposal()->responsibleEnterpriseId == u"ent-1"_s);
}

TEST_CASE("Another presenter, another holder name or enterprise, or a non-participant holder is a mismatch",
          "[certcheck]")
{
    CertificateEvidence byOther = onRoster(u"special_operation"_s, QDate(2027, 1, 1));
    byOther.presentingPersonId = u"person-2"_s;
    byOther.presentingPersonName = u"李四"_s;
    byOther.presentingEnterpriseId = u"ent-2"_s;
    const CertificateVerdict v = CertificateVerdict::judge(byOther);
    CHECK(v.result() == CertificateResult::Mismatch);
    CHECK(v.explanation().contains(u"李四"_s));
    REQUIRE(v.proposal().has_value());
    CHECK(v.proposal()->itemCode == u"V2024-04-03"_s);
    CHECK(v.proposal()->responsibleEnterpriseId == u"ent-2"_s);
    CHECK(v.proposal()->description.contains(u"李四"_s));

    CertificateEvidence byHolder = onRoster(u"C2"_s, QDate(2027, 1, 1));
    byHolder.presentingPersonId = u"person-1"_s;
    byHolder.presentingPersonName = u"张三"_s;
    CHECK(CertificateVerdict::judge(byHolder).result() == CertificateResult::Valid);

    CertificateEvidence otherName = onRoster(u"C2"_s, QDate(2027, 1, 1));
    otherName.scannedHolderName = u"王五"_s;
    CHECK(CertificateVerdict::judge(otherName).result() == CertificateResult::Mismatch);

    CertificateEvidence otherCredit = onRoster(u"C2"_s, QDate(2027, 1, 1));
    otherCredit.scannedCreditCode = u"914600000000000009"_s;
    CHECK(CertificateVerdict::judge(otherCredit).result() == CertificateResult::Mismatch);

    CertificateEvidence outsider = onRoster(u"C2"_s, QDate(2027, 1, 1));
    outsider.projectEnterpriseIds = {u"ent-9"_s};
    CHECK(CertificateVerdict::judge(outsider).result() == CertificateResult::Mismatch);
}

TEST_CASE("Unknown and unreadable certificates: only a known kind proposes a hazard", "[certcheck]")
{
    CertificateEvidence unknown;
    unknown.isReadable = true;
    unknown.number = u"琼A012023000001"_s;
    unknown.kind = u"special_operation"_s;
    unknown.day = QDate(2026, 11, 28);
    const CertificateVerdict v = CertificateVerdict::judge(unknown);
    CHECK(v.result() == CertificateResult::NotOnRoster);
    REQUIRE(v.proposal().has_value());
    CHECK(v.proposal()->itemCode == u"V2024-04-03"_s);

    unknown.kind = u"constructor"_s;
    CHECK_FALSE(CertificateVerdict::judge(unknown).proposal().has_value());

    CertificateEvidence nothing;
    nothing.unreadableReason = u"No QR code could be read."_s;
    const CertificateVerdict none = CertificateVerdict::judge(nothing);
    CHECK(none.result() == CertificateResult::Unverifiable);
    CHECK(none.explanation() == u"No QR code could be read."_s);
    CHECK_FALSE(none.proposal().has_value());
}
