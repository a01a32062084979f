#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace sitesafe {

/// The kinds of enforcement action (enforcement_actions.kind, domain-reference §4.6): their labels and what each
/// needs on the form and in storage: a fine an amount, 扣诚信分 points, the person-targeted kinds a person.
class EnforcementKinds
{
    Q_DECLARE_TR_FUNCTIONS(EnforcementKinds)

public:
    /// All 16 kinds, mildest first (the order of the form's list).
    static QStringList codes();
    static bool isKnown(const QString &code);
    static QString label(const QString &code);
    /// A hint shown under the kind on the form (what the kind means in practice); may be empty.
    static QString note(const QString &code);
    static bool needsAmount(const QString &code);
    static bool needsPoints(const QString &code);
    /// Kinds addressed to a person rather than a firm (吊销执业资格, 行业禁入).
    static bool needsPerson(const QString &code);
};

} // namespace sitesafe
