#include "offsetfileclock.h"

#include <QFile>

namespace sitesafe {

qint64 OffsetFileClock::offsetSeconds() const
{
    QFile file(m_file);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    bool ok = false;
    const qint64 seconds = file.readAll().trimmed().toLongLong(&ok);
    return ok ? seconds : 0;
}

QDateTime OffsetFileClock::now() const
{
    // Read at every call (a file is the simplest channel into another process); only tests pay for it.
    return Clock::system().now().addSecs(offsetSeconds());
}

} // namespace sitesafe
