#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace sitesafe {

/// Which checklists a new inspection walks, decided from data alone (the 新建检查 wizard shows the result and the
/// inspector may change it): the major-hazard criteria edition in force on the inspection date, and the JGJ 59-2011
/// score sheets relevant to the project's 危大工程 and hoisting equipment.
class ChecklistSelection
{
public:
    /// One 危大工程 of the project as stored (dangerous_works.category and its description).
    struct DangerousWork {
        QString category; ///< excavation | formwork | lifting | scaffolding | demolition | tunnelling | other
        QString description;
    };
    /// One criteria edition as criteria_sets holds it: in force from effectiveOn, until the day before repealedOn.
    struct Edition {
        QString code; ///< "V2024"
        QDate effectiveOn;
        QDate repealedOn; ///< invalid while in force
    };

    /// The sheets every inspection walks: B.1 安全管理, B.2 文明施工, B.13 高处作业, B.14 施工用电, B.19 施工机具.
    static QStringList alwaysSheets();

    /// The JGJ 59 sheets for a project, in sheet order: alwaysSheets(); 基坑 → B.11; 模板/支撑 → B.12; each
    /// scaffold by its kind in the description (扣件式/落地式 → B.3, 门式 → B.4, 碗扣 → B.5, 盘扣 → B.6, 满堂 → B.7,
    /// 悬挑 → B.8, 附着式升降/爬架 → B.9, 吊篮 → B.10; a scaffold of unnamed kind → B.3, the common 扣件式); 起重吊装
    /// → B.18; equipment (equipment.kind) tower_crane → B.17, construction_hoist → B.16, material_hoist → B.15.
    static QStringList scoreSheetsFor(const QList<DangerousWork> &works, const QStringList &equipmentKinds);

    /// The edition in force on `date` (effectiveOn ≤ date < repealedOn); empty when none is.
    static QString editionInForce(const QList<Edition> &editions, QDate date);

    /// Sorts sheet codes by their number ("B.2" before "B.10").
    static void sortSheets(QStringList &codes);
};

} // namespace sitesafe
