#include "protocol/compactjson.h"

#include <cmath>
#include <limits>

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <catch2/catch.hpp>

#include "protocol/mutation.h"
#include "protocol/pushmessages.h"

using namespace sitesafe;
using namespace Qt::StringLiterals;

namespace {
/// Text with every kind of UTF-16 unit JSON writers treat differently: escapes, controls, DEL, two- and three-byte
/// UTF-8, surrogate pairs, and lone surrogates (which Qt writes as \\u escapes).
QString randomText(QRandomGenerator &random)
{
    static const QList<QList<char16_t>> kinds = {
        {u'a', u'Z', u'0', u' ', u'/', u'~', u'{', u':'},
        {u'"', u'\\', u'\b', u'\f', u'\n', u'\r', u'\t', 0x00, 0x01, 0x1f, 0x7f},
        {0xa0, 0xe9, 0x7ff, 0x800, 0x4e2d, 0x9690, 0x60a3, 0xffff, 0xfeff},
        {0xd83d, 0xde00}, // a pair, written as four bytes
        {0xd800}, // lone high
        {0xdc00}, // lone low
    };
    QString text;
    const int length = int(random.bounded(12));
    for (int i = 0; i < length; ++i) {
        const QList<char16_t> &kind = kinds.at(qsizetype(random.bounded(int(kinds.size()))));
        if (kind.size() == 2 && kind.at(0) == 0xd83d) {
            text.append(QChar(kind.at(0)));
            text.append(QChar(kind.at(1)));
        } else {
            text.append(QChar(kind.at(qsizetype(random.bounded(int(kind.size()))))));
        }
    }
    return text;
}

QJsonValue randomScalar(QRandomGenerator &random)
{
    static const QList<double> doubles = {0.1, -0.0, 3.0, 1e18, 1e300, -2.5e-7, 9007199254740993.0, 123456.789,
        std::numeric_limits<double>::infinity(), std::nan(""), 4e15, -1.0};
    switch (random.bounded(7)) {
    case 0:
        return QJsonValue(QJsonValue::Null);
    case 1:
        return random.bounded(2) == 1;
    case 2:
        return qint64(random.generate64());
    case 3:
        return doubles.at(qsizetype(random.bounded(int(doubles.size()))));
    case 4:
        return random.generateDouble() * std::pow(10.0, double(random.bounded(40)) - 20);
    case 5:
        return qint64(random.bounded(100000)) - 50000;
    default:
        return randomText(random);
    }
}

Mutation randomMutation(QRandomGenerator &random)
{
    Mutation m;
    m.mutationId = randomText(random);
    m.clientSeq = qint64(random.generate64() >> 1);
    m.entity = random.bounded(2) ? u"hazards"_s : randomText(random);
    m.entityId = randomText(random);
    m.op = random.bounded(2) ? Mutation::Op::Insert : Mutation::Op::Update;
    if (random.bounded(2))
        m.baseVersion = qint64(random.bounded(1000000));
    const int fieldCount = int(random.bounded(8));
    for (int i = 0; i < fieldCount; ++i) {
        FieldChange change {randomScalar(random), std::nullopt};
        if (random.bounded(2))
            change.base = randomScalar(random);
        m.fields.insert(random.bounded(3) ? u"column_%1"_s.arg(random.bounded(20)) : randomText(random), change);
    }
    for (int i = int(random.bounded(3)); i > 0; --i)
        m.blobRefs.append(randomText(random));
    return m;
}

MutationResult randomResult(QRandomGenerator &random)
{
    using Status = MutationResult::Status;
    static const QList<Status> statuses = {Status::Applied, Status::Duplicate, Status::Conflict, Status::Rejected};
    MutationResult r;
    r.mutationId = randomText(random);
    r.clientSeq = qint64(random.generate64() >> 1);
    r.status = statuses.at(qsizetype(random.bounded(4)));
    r.originalStatus = statuses.at(qsizetype(random.bounded(4)));
    r.serverSeq = qint64(random.bounded(1000000));
    if (random.bounded(3) == 0) {
        r.errorCode = randomText(random);
        r.errorMessage = randomText(random);
    }
    for (int i = int(random.bounded(3)); i > 0; --i)
        r.conflicts.append(
            FieldConflict {randomText(random), randomScalar(random), randomScalar(random), randomScalar(random)});
    if (random.bounded(2))
        r.supersededReason = randomText(random);
    if (random.bounded(2))
        r.contentHash = randomText(random);
    return r;
}
} // namespace

TEST_CASE("A push answer written directly is byte for byte what QJsonDocument writes", "[protocol][json]")
{
    const quint32 seed = 61220261;
    QRandomGenerator random(seed);
    INFO("seed " << seed);
    for (int i = 0; i < 500; ++i) {
        PushResponse response;
        for (int n = int(random.bounded(6)); n > 0; --n)
            response.results.append(randomResult(random));
        response.writeCheckpoint = qint64(random.generate64() >> 1);
        response.serverEpoch = randomText(random);
        const QByteArray expected = QJsonDocument(response.toJson()).toJson(QJsonDocument::Compact);
        INFO("case " << i << ": " << expected.toStdString());
        REQUIRE(response.toCompactJson() == expected);
        for (const MutationResult &r : std::as_const(response.results))
            REQUIRE(r.toCompactJson() == QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact));
    }
}

TEST_CASE("A mutation written directly is byte for byte what QJsonDocument writes", "[protocol][json]")
{
    const quint32 seed = 20261206;
    QRandomGenerator random(seed);
    INFO("seed " << seed);
    int checked = 0;
    for (int i = 0; i < 5000; ++i) {
        const Mutation m = randomMutation(random);
        const QByteArray expected = QJsonDocument(m.toJson()).toJson(QJsonDocument::Compact);
        const QByteArray written = m.toCompactJson();
        INFO("case " << i << ": " << expected.toStdString());
        REQUIRE(written == expected);
        ++checked;
    }
    CHECK(checked == 5000);
}

TEST_CASE("Scalars are written as Qt writes them, and arrays and objects are left to the caller", "[protocol][json]")
{
    const auto written = [](const QJsonValue &v) {
        QByteArray out;
        REQUIRE(CompactJson::appendScalar(out, v));
        return out;
    };
    CHECK(written(QJsonValue(3.0)) == "3");
    CHECK(written(QJsonValue(1e18)) == "1e+18");
    CHECK(written(QJsonValue(qint64(1000000000000000000))) == "1000000000000000000");
    CHECK(written(QJsonValue(std::nan(""))) == "null");
    CHECK(written(u"隐患\"\n\x01"_s) == "\"隐患\\\"\\n\\u0001\"");
    QString lone;
    lone.append(QChar(char16_t(0xd800)));
    CHECK(written(lone) == "\"\\ud800\"");
    QByteArray out;
    CHECK_FALSE(CompactJson::appendScalar(out, QJsonArray {1}));
    CHECK_FALSE(CompactJson::appendScalar(out, QJsonValue(QJsonValue::Undefined)));
    CHECK(out.isEmpty());
}
