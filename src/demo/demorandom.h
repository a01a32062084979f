#pragma once

#include <span>

#include <QList>
#include <QRandomGenerator>
#include <QString>

namespace sitesafe::demo {

/// The only source of randomness of the demo generator: a seeded QRandomGenerator with the small helpers the
/// generator needs. One stream per seed and stream number, so the same options always give the same values and
/// each project's field data does not depend on how the projects are chunked.
class DemoRandom
{
public:
    DemoRandom(quint64 seed, quint32 stream);

    quint32 next() { return m_generator.generate(); }
    quint64 next64() { return m_generator.generate64(); }
    /// A uniformly drawn integer in [low, high] (both inclusive).
    int between(int low, int high);
    double uniform(double low, double high) { return low + (high - low) * m_generator.generateDouble(); }
    bool chance(double probability) { return m_generator.generateDouble() < probability; }
    /// The index of the weight drawn, proportionally to the weights.
    int weighted(std::span<const double> weights);

    template<typename T> const T &pick(const QList<T> &list)
    {
        return list.at(between(0, static_cast<int>(list.size()) - 1));
    }

    /// A UUIDv7 whose timestamp is `unixMilliseconds` and whose random bits come from this stream.
    QString id(qint64 unixMilliseconds);
    /// `length` lower-case hex digits.
    QString hex(int length);

private:
    QRandomGenerator m_generator;
};

} // namespace sitesafe::demo
