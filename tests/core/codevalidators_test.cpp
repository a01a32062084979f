#include <catch2/catch.hpp>

#include "core/creditcode.h"
#include "core/idcardnumber.h"

using namespace sitesafe;
using namespace Qt::StringLiterals;

TEST_CASE("A valid credit code passes after normalization", "[core][creditcode]")
{
    CHECK(CreditCode::check(u"91350100M000100Y43"_s).isValid);
    // Pasted with spaces, a hyphen, lower case and full-width characters.
    const CodeCheck c = CreditCode::check(u" 9146 0000-ma5t0xxx1Ｋ"_s);
    CHECK(c.isValid);
    CHECK(c.normalized == u"91460000MA5T0XXX1K"_s);
}

TEST_CASE("A credit code with a wrong check character names position 18 and the expected character",
          "[core][creditcode]")
{
    const CodeCheck c = CreditCode::check(u"91350100M000100Y44"_s);
    CHECK_FALSE(c.isValid);
    CHECK(c.position == 18);
    CHECK(c.message.contains(u"“3”"_s));
}

TEST_CASE("A credit code with a forbidden letter names that character", "[core][creditcode]")
{
    const CodeCheck c = CreditCode::check(u"91350100M00O100Y43"_s); // letter O at 12
    CHECK_FALSE(c.isValid);
    CHECK(c.position == 12);
    const CodeCheck division = CreditCode::check(u"9135A100M000100Y43"_s); // letter in the division code
    CHECK(division.position == 5);
    const CodeCheck shortCode = CreditCode::check(u"9135"_s);
    CHECK(shortCode.position == 0);
    CHECK(shortCode.message.contains(u"4"_s));
}

TEST_CASE("The first two characters of a credit code may be letters", "[core][creditcode]")
{
    const QString first17 = u"Y1460000MA5T0XXX1"_s;
    const QChar check = CreditCode::checkCharacter(first17);
    REQUIRE_FALSE(check.isNull());
    CHECK(CreditCode::check(first17 + check).isValid);
}

TEST_CASE("ID card numbers: check character, birth date and legacy form", "[core][idcard]")
{
    const QDate today(2026, 11, 28);
    CHECK(IdCardNumber::check(u"11010519491231002X"_s, today).isValid);
    CHECK(IdCardNumber::check(u"11010519491231002x"_s, today).isValid); // lower-case x
    CHECK(IdCardNumber::check(u"460100199003071237"_s, today).isValid);

    const CodeCheck wrongCheck = IdCardNumber::check(u"460100199003071238"_s, today);
    CHECK_FALSE(wrongCheck.isValid);
    CHECK(wrongCheck.position == 18);
    CHECK(wrongCheck.message.contains(u"“7”"_s));

    const CodeCheck badDate = IdCardNumber::check(u"460100199002301234"_s, today); // 30 February
    CHECK_FALSE(badDate.isValid);
    CHECK(badDate.position == 7);
    const CodeCheck future = IdCardNumber::check(u"460100203001011234"_s, today);
    CHECK(future.position == 7);

    const CodeCheck letter = IdCardNumber::check(u"4601A0199003071237"_s, today);
    CHECK(letter.position == 5);

    CHECK(IdCardNumber::check(u"460100900307123"_s, today).isValid); // 15-digit legacy
}

TEST_CASE("ID card numbers are masked and hashed, never kept in clear", "[core][idcard]")
{
    CHECK(IdCardNumber::masked(u"11010519491231002X"_s) == u"110105********002X"_s);
    const QString a = IdCardNumber::hashed(u"11010519491231002x"_s, "salt");
    CHECK(a == IdCardNumber::hashed(u"110105 19491231 002X"_s, "salt")); // same person, typed differently
    CHECK(a != IdCardNumber::hashed(u"11010519491231002X"_s, "other salt"));
    CHECK_FALSE(a.contains(u"19491231"_s));
    CHECK(a.size() == 64);
}
