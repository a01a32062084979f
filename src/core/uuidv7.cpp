#include "uuidv7.h"

#include <array>

#include <QMutex>
#include <QRandomGenerator>
#include <QTimeZone>

namespace sitesafe {

namespace {

QString format(const std::array<quint8, 16> &bytes)
{
    static constexpr char hex[] = "0123456789abcdef";
    QString text;
    text.reserve(36);
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            text.append(QLatin1Char('-'));
        text.append(QLatin1Char(hex[bytes[i] >> 4]));
        text.append(QLatin1Char(hex[bytes[i] & 0xF]));
    }
    return text;
}

} // namespace

QString UuidV7::fromParts(qint64 unixMilliseconds, quint64 randomHigh, quint64 randomLow)
{
    std::array<quint8, 16> bytes{};
    const auto ms = static_cast<quint64>(unixMilliseconds);
    for (int i = 0; i < 6; ++i)
        bytes[i] = static_cast<quint8>(ms >> (8 * (5 - i)));
    // 12 bits rand_a after the version nibble, then the variant and 62 bits rand_b.
    bytes[6] = static_cast<quint8>(0x70 | ((randomHigh >> 8) & 0x0F));
    bytes[7] = static_cast<quint8>(randomHigh & 0xFF);
    bytes[8] = static_cast<quint8>(0x80 | ((randomLow >> 56) & 0x3F));
    for (int i = 9; i < 16; ++i)
        bytes[i] = static_cast<quint8>(randomLow >> (8 * (15 - i)));
    return format(bytes);
}

QString UuidV7::generate()
{
    // rand_a is used as a counter within one millisecond (RFC 9562 §6.2 method 1) so ids made here sort in
    // creation order; a clock that steps back keeps the last timestamp rather than going backwards.
    static QMutex mutex;
    static qint64 lastMs = 0;
    static quint64 counter = 0;
    QMutexLocker lock(&mutex);
    qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now <= lastMs) {
        now = lastMs;
        ++counter;
        if (counter > 0xFFF) { // counter exhausted: borrow the next millisecond
            ++now;
            counter = QRandomGenerator::system()->bounded(0x400u);
        }
    } else {
        counter = QRandomGenerator::system()->bounded(0x400u);
    }
    lastMs = now;
    return fromParts(now, counter, QRandomGenerator::system()->generate64());
}

bool UuidV7::isValid(QStringView text)
{
    if (text.size() != 36)
        return false;
    for (qsizetype i = 0; i < 36; ++i) {
        const QChar c = text[i];
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != QLatin1Char('-'))
                return false;
        } else if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f')))) {
            return false;
        }
    }
    const QChar variant = text[19];
    return text[14] == QLatin1Char('7')
        && (variant == QLatin1Char('8') || variant == QLatin1Char('9') || variant == QLatin1Char('a')
            || variant == QLatin1Char('b'));
}

QDateTime UuidV7::timestamp(QStringView text)
{
    if (!isValid(text))
        return {};
    QString hex = text.left(8).toString() + text.mid(9, 4);
    bool ok = false;
    const qint64 ms = hex.toLongLong(&ok, 16);
    return ok ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
}

} // namespace sitesafe
