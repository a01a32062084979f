#pragma once

#include <QString>

#include "core/clock.h"

namespace sitesafe {

/// TEST ONLY (`sitesafe-server serve --test-clock-offset-file FILE`): the system time plus a whole number of
/// seconds read from FILE at every call, so a test can move a running server's time (token and upload expiry)
/// by rewriting the file instead of sleeping. A missing, empty or unreadable file means no offset.
class OffsetFileClock final : public Clock
{
public:
    explicit OffsetFileClock(QString file) : m_file(std::move(file)) {}
    QDateTime now() const override;
    /// The system's: rewriting the file is a jump of the wall clock, as the option means it to be.
    qint64 monotonicMs() const override { return Clock::system().monotonicMs(); }
    /// The offset the file holds now, in seconds (0 when it holds none).
    qint64 offsetSeconds() const;

private:
    QString m_file;
};

} // namespace sitesafe
