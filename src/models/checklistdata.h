#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "core/fielddata.h"
#include "core/scoresheetcatalog.h"

namespace sitesafe {

/// One item of an inspection's checklist as the runner shows it, with its current answer.
struct ChecklistItem {
    QString code; ///< "V2024-08-04", "B.1-01"
    QString sectionCode; ///< criteria article ("V2024-08") or score sheet ("B.1")
    QString setCode; ///< "V2024", "V2022" or "JGJ59-2011"
    QString text; ///< official wording (criteria) or check item title (JGJ 59)
    bool isCriterion = false; ///< a major-hazard criteria item (failing it is a major hazard)
    bool isUncertain = false; ///< wording not verified against the official text: shown with a mark
    bool requiresReason = false;
    int articleNumber = 0;
    QString articleTitle;
    QStringList conditions; ///< the signs of a compound item (e.g. V2024-05-04-1 … -4)
    QString itemKind; ///< guaranteed | general | unsplit (JGJ 59)
    double points = 0; ///< 应得分 (JGJ 59)
    QList<DeductionRule> deductions;

    // The current answer; `result` empty while unanswered (or withdrawn).
    QString result;
    QString note;
    double deduction = 0;
};

/// A group of items under one heading: a criteria article or a JGJ 59 sheet.
struct ChecklistSection {
    QString code;
    QString title;
    QList<int> items; ///< indexes into ChecklistData::items
};

/// Someone the hazard form may name as responsible.
struct ResponsibleParty {
    QString enterpriseId;
    QString enterpriseName;
    QString role; ///< participant role code
};

/// Everything the runner needs of one inspection, read in one go on the worker thread.
struct ChecklistData {
    bool isFound = false;
    QString error;
    Inspection inspection;
    QString projectName;
    QString criteriaSet; ///< the criteria edition walked ("V2024"), empty when only JGJ 59 sheets
    QString criteriaTitle; ///< its title, e.g. 房屋市政工程生产安全重大事故隐患判定标准（2024版）
    QString criteriaDocument; ///< the document that issued it, e.g. 建质规〔2024〕5号
    QList<ChecklistSection> sections;
    QList<ChecklistItem> items;
    QList<ResponsibleParty> parties; ///< the project's participating enterprises, contractor first
    QString generalContractorId; ///< 施工总承包单位
    QString projectManager; ///< its 项目经理's name
};

} // namespace sitesafe
