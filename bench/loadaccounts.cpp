#include "loadaccounts.h"

#include <QMap>

#include "demo/demogenerator.h"

using namespace Qt::StringLiterals;
using namespace sitesafe;

LoadAccounts LoadAccounts::fromDemo(quint64 seed, QDate today, int devices)
{
    DemoOptions options;
    options.seed = seed;
    options.today = today;
    Dataset reference;
    DemoGenerator(options).generate([&reference](const Dataset &chunk) {
        reference = chunk; // the first chunk holds all reference data
        return false;
    });
    QMap<QString, QStringList> projects; // 市县 code → project ids, in code order
    for (const Project &p : std::as_const(reference.projects))
        projects[p.jurisdictionCode].append(p.id);
    LoadAccounts result;
    for (auto it = projects.cbegin(); it != projects.cend() && result.inspectors.size() < devices; ++it) {
        const QString name = u"load-"_s + it.key();
        result.accounts.append({name, u"inspector"_s, it.key()});
        result.inspectors.append({name, it.value()});
    }
    result.province = u"load-province"_s;
    result.accounts.append({result.province, u"province"_s, {}});
    return result;
}
