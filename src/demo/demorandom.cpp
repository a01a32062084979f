#include "demorandom.h"

#include <array>

#include "core/uuidv7.h"

namespace sitesafe::demo {

namespace {
std::array<quint32, 4> seedWords(quint64 seed, quint32 stream)
{
    // The constant keeps stream 0 of seed 0 away from QRandomGenerator's all-zero seed sequence.
    return {static_cast<quint32>(seed), static_cast<quint32>(seed >> 32), stream, 0x5175u};
}
} // namespace

DemoRandom::DemoRandom(quint64 seed, quint32 stream)
    : m_generator([&] {
        const std::array<quint32, 4> words = seedWords(seed, stream);
        return QRandomGenerator(words.data(), static_cast<qsizetype>(words.size()));
    }())
{ }

int DemoRandom::between(int low, int high)
{
    if (high <= low)
        return low;
    return low + static_cast<int>(m_generator.bounded(static_cast<quint32>(high - low) + 1u));
}

int DemoRandom::weighted(std::span<const double> weights)
{
    double total = 0;
    for (double w : weights)
        total += w;
    double draw = uniform(0, total);
    for (size_t i = 0; i < weights.size(); ++i) {
        draw -= weights[i];
        if (draw < 0)
            return static_cast<int>(i);
    }
    return static_cast<int>(weights.size()) - 1;
}

QString DemoRandom::id(qint64 unixMilliseconds)
{
    const quint64 high = next64();
    const quint64 low = next64();
    return UuidV7::fromParts(unixMilliseconds, high, low);
}

QString DemoRandom::hex(int length)
{
    static constexpr char16_t digits[] = u"0123456789abcdef";
    QString text(length, Qt::Uninitialized);
    QChar *out = text.data();
    quint64 bits = 0;
    for (int i = 0; i < length; ++i) {
        if (i % 16 == 0)
            bits = next64();
        out[i] = QChar(digits[bits & 0xF]);
        bits >>= 4;
    }
    return text;
}

} // namespace sitesafe::demo
