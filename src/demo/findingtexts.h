#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace sitesafe::demo {

class DemoRandom;

/// Where on a site a finding is, so locations match what was found ("2#塔吊", "基坑北侧", "5号楼12层").
enum class SiteTopic { General, Crane, Hoist, Excavation, Formwork, Scaffold, Height, Electric, ConfinedSpace, Tunnel };

/// A general hazard (一般隐患) as inspectors write it down.
struct GeneralFinding {
    QString text;
    SiteTopic topic = SiteTopic::General;
};

/// The texts of the field data: what inspectors write for a failed major-hazard item, a pool of common general
/// hazards, and plausible locations. Plain Chinese as found in real inspection records.
class FindingTexts
{
public:
    static const FindingTexts &instance();

    /// The finding for a failed item, by the "NN-NN" part of a V2024 item code; empty when unknown.
    QString majorFinding(const QString &v2024Suffix) const { return m_major.value(v2024Suffix); }
    /// The V2024 item ("NN-NN") a V2022 item ("NN-NN") corresponds to, for texts and applicability.
    QString v2024Equivalent(const QString &v2022Suffix) const { return m_v2022ToV2024.value(v2022Suffix); }
    const QList<GeneralFinding> &generalFindings() const { return m_general; }
    QString location(DemoRandom &random, SiteTopic topic, bool isMunicipal, int floors) const;

private:
    FindingTexts();

    QHash<QString, QString> m_major;
    QHash<QString, QString> m_v2022ToV2024;
    QList<GeneralFinding> m_general;
};

} // namespace sitesafe::demo
