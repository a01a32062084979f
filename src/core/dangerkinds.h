#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace sitesafe {

/// The kinds of 重大险情 (danger_events.kind, domain-reference §4.3) and their labels.
class DangerKinds
{
    Q_DECLARE_TR_FUNCTIONS(DangerKinds)

public:
    static QStringList codes();
    static QString label(const QString &code);
};

} // namespace sitesafe
