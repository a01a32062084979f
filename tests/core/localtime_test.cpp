#include <ctime>
#include <thread>

#include <QDateTime>
#include <QTimeZone>

#include <catch2/catch.hpp>

#include "core/domainlabels.h"

using namespace sitesafe;
using namespace Qt::StringLiterals;

// DomainLabels formats stored UTC times in the system zone from Qt's zone data (looked up once per thread) instead
// of the C library's localtime (a stat of /etc/localtime per call). It must show exactly what toLocalTime() shows,
// across daylight-saving changes too. Each zone is tried on a new thread (the lookup is per thread), with TZ set
// for the C library and for Qt alike.

namespace {
struct Mismatch {
    QString stored, ours, libc;
};

/// Every 37 minutes over two years around two DST changes, and the minutes next to each change.
QList<Mismatch> compareIn(const char *zoneId, int *compared, bool *zoneIsValid)
{
    QList<Mismatch> out;
    std::thread worker([&] {
        qputenv("TZ", zoneId);
        tzset();
        *zoneIsValid = QTimeZone::systemTimeZone().id() == QByteArray(zoneId);
        QDateTime t(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
        const QDateTime end(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC);
        QList<QDateTime> times;
        for (; t < end; t = t.addSecs(37 * 60))
            times << t;
        const QTimeZone zone(zoneId);
        for (QDateTime change = zone.nextTransition(QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC)).atUtc;
             change.isValid() && change < end; change = zone.nextTransition(change).atUtc) {
            for (int minutes = -61; minutes <= 61; ++minutes)
                times << change.addSecs(minutes * 60);
        }
        for (const QDateTime &at : std::as_const(times)) {
            // Both forms a stored time takes (with and without milliseconds), and one with an offset.
            const int form = *compared % 3;
            const QString stored = form == 0 ? at.toString(Qt::ISODateWithMs)
                : form == 1                  ? at.toString(Qt::ISODate)
                                             : at.toOffsetFromUtc(8 * 3600).toString(Qt::ISODate);
            const QString ours = DomainLabels::localDateTime(stored);
            const QString libc = at.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s);
            if (ours != libc || DomainLabels::localDate(stored) != at.toLocalTime().toString(u"yyyy-MM-dd"_s))
                out.append({stored, ours, libc});
            ++*compared;
        }
    });
    worker.join();
    return out;
}
} // namespace

TEST_CASE("Stored times show in the system zone exactly as toLocalTime shows them, across DST changes", "[core][time]")
{
    const QByteArray saved = qgetenv("TZ");
    const bool wasSet = qEnvironmentVariableIsSet("TZ");
    for (const char *zoneId : {"Europe/Berlin", "America/New_York", "Asia/Shanghai", "Australia/Lord_Howe"}) {
        INFO(zoneId);
        int compared = 0;
        bool zoneIsValid = false;
        const QList<Mismatch> mismatches = compareIn(zoneId, &compared, &zoneIsValid);
        REQUIRE(zoneIsValid); // tzdata is installed and Qt took the zone from TZ
        CHECK(compared > 28000);
        for (const Mismatch &m : mismatches)
            FAIL_CHECK(m.stored.toStdString()
                << ": " << m.ours.toStdString() << " but toLocalTime shows " << m.libc.toStdString());
        CHECK(mismatches.isEmpty());
    }
    if (wasSet)
        qputenv("TZ", saved);
    else
        qunsetenv("TZ");
    tzset();
    // A value that is not a stored time is shown as it is.
    CHECK(DomainLabels::localDateTime(u"not a time"_s) == u"not a time"_s);
}
