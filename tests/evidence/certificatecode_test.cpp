#include "evidence/certificatecode.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace sitesafe;

TEST_CASE("A safety-management number is read whatever the width of its brackets", "[certcheck]")
{
    const CertificateCode code = CertificateCode::parse(u"  琼建安C3(2023)0001234 "_s);
    CHECK(code.form == CertificateCode::Form::Number);
    CHECK(code.number == u"琼建安C3（2023）0001234"_s);
    CHECK(code.kind == u"C3"_s);
    CHECK(code.isReadable());
    CHECK(CertificateCode::parse(u"琼建安Ｂ［２０２４］０００００１２"_s).number == u"琼建安B（2024）0000012"_s);
    CHECK(CertificateCode::kindOfNumber(u"京建安C（2015）0000001"_s) == u"C"_s);
}

TEST_CASE("A 14-character special-operation number is read with its work-type code", "[certcheck]")
{
    const CertificateCode code = CertificateCode::parse(u"琼a052024000123"_s);
    CHECK(code.number == u"琼A052024000123"_s);
    CHECK(code.kind == u"special_operation"_s);
    CHECK(code.operationCode == u"05"_s);
}

TEST_CASE("A web address names the certificate in its query or in the query of its fragment", "[certcheck]")
{
    const CertificateCode query
        = CertificateCode::parse(u"https://zlaq.example.gov.cn/verify?CertNo=%E7%90%BC%E5%BB%BA%E5%AE%89A"
                                 "%EF%BC%882022%EF%BC%890000007&eCertCode=46202210010000010007&xm=%E7%8E%8B%E4%BA%94"_s);
    CHECK(query.form == CertificateCode::Form::WebAddress);
    CHECK(query.number == u"琼建安A（2022）0000007"_s);
    CHECK(query.eCertificateCode == u"46202210010000010007"_s);
    CHECK(query.holderName == u"王五"_s);
    CHECK(query.kind == u"A"_s);

    const CertificateCode fragment = CertificateCode::parse(u"https://m.example.cn/#/cert?zzbs=ABC123456789"_s);
    CHECK(fragment.eCertificateCode == u"ABC123456789"_s);
    CHECK(fragment.isReadable());

    const CertificateCode nothing = CertificateCode::parse(u"https://www.example.com/about?lang=zh"_s);
    CHECK_FALSE(nothing.isReadable());
    CHECK(nothing.problem.contains(u"www.example.com"_s));
    CHECK(nothing.problem.contains(u"certNo"_s));
}

TEST_CASE("A small JSON object names the certificate", "[certcheck]")
{
    const CertificateCode code = CertificateCode::parse(
        u"{\"number\": \"琼A012023000042\", \"holder\": \"李四\", \"creditCode\": \"91460000mA5t00000x\"}"_s);
    CHECK(code.form == CertificateCode::Form::Json);
    CHECK(code.number == u"琼A012023000042"_s);
    CHECK(code.kind == u"special_operation"_s);
    CHECK(code.holderName == u"李四"_s);
    CHECK(code.creditCode == u"91460000MA5T00000X"_s);

    const CertificateCode broken = CertificateCode::parse(u"{\"number\": "_s);
    CHECK_FALSE(broken.isReadable());
    CHECK_FALSE(broken.problem.isEmpty());
}

TEST_CASE("Text that is no certificate is not readable and says why", "[certcheck]")
{
    for (const QString &text : {u"hello, this is not a certificate"_s, u"我不是证书"_s, u"ABC-12"_s, u""_s}) {
        INFO(text.toStdString());
        const CertificateCode code = CertificateCode::parse(text);
        CHECK_FALSE(code.isReadable());
        CHECK_FALSE(code.problem.isEmpty());
    }
}
