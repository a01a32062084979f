#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace sitesafe {

/// The violations an enforcement action answers (EnforcementAction::violationCode), with stable codes that are
/// stored and synced, a translated label and a short legal note each. Grouped the way the monthly report counts
/// them (domain-reference §4.4): 违反基本建设程序 (construction_procedure), 发包承包违法违规 (contracting),
/// 安全生产 (production_safety) and 事故报告 (accident_report). The article numbers in the notes are the commonly
/// cited ones and still to be checked against the Hainan campaign documents (domain-reference ⚠).
class ViolationTypes
{
    Q_DECLARE_TR_FUNCTIONS(ViolationTypes)

public:
    /// Every code, in the order forms list them (grouped, "other" last). Codes never change once shipped.
    static QStringList codes();
    static bool isKnown(const QString &code);
    /// construction_procedure | contracting | production_safety | accident_report | other; empty for unknown codes.
    static QString group(const QString &code);
    static QStringList groups();
    static QStringList codesInGroup(const QString &group);
    /// The violation as shown; unknown codes as stored.
    static QString label(const QString &code);
    static QString groupLabel(const QString &group);
    /// The legal basis in a sentence (law and article); empty for "other" and unknown codes.
    static QString legalNote(const QString &code);
};

} // namespace sitesafe
