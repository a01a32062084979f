#include "failpoint.h"

#include <csignal>
#include <cstring>

#include <QByteArray>
#include <QtGlobal>

namespace sitesafe::Failpoint {

void hit(const char *point)
{
    static const QByteArray armed = qgetenv("SITESAFE_FAILPOINT");
    if (!armed.isEmpty() && std::strcmp(armed.constData(), point) == 0)
        std::raise(SIGKILL);
}

} // namespace sitesafe::Failpoint
