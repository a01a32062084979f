// Test helper: writes hazards (each with its created event, outbox mutation and audit entry) as fast as it can
// until killed. Used by crash_test.cpp to kill a real process in the middle of real writes.
#include <QCoreApplication>
#include <QTextStream>

#include "core/fielddata.h"
#include "storage/datastore.h"
#include "storage/hazardrepository.h"

using namespace sitesafe;
using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 3)
        return 2;
    auto store = DataStore::open(QString::fromLocal8Bit(argv[1]));
    if (!store) {
        QTextStream(stderr) << store.error().message << '\n';
        return 1;
    }
    HazardRepository hazards(store.value()->connection());
    QTextStream out(stdout);
    for (qint64 i = 0;; ++i) {
        Hazard h;
        h.projectId = QString::fromLocal8Bit(argv[2]);
        h.description = u"临边防护缺失 #%1"_s.arg(i);
        h.measure = u"deadline"_s;
        if (auto id = hazards.create(h, u"crash-writer"_s); !id) {
            QTextStream(stderr) << id.error().message << '\n';
            return 1;
        }
        if (i == 0)
            out << "writing" << Qt::endl; // the test waits for this before it starts the kill timer
    }
}
