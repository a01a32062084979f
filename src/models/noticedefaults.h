#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include "noticedraftdata.h"

namespace sitesafe {

/// The texts a new notice starts from: the decision (处理决定) from the hazards' measures, the 五定 requirements
/// and the legal basis (the law behind the order plus each hazard's criteria article), and the deadline. They are
/// the document's words, so they are Chinese whatever the interface language: a notice served in Hainan is a
/// Chinese legal document. The inspector edits them before issuing.
class NoticeDefaults
{
public:
    /// The latest deadline of the hazards (invalid when none has one).
    static QDate deadline(const QList<NoticeHazard> &hazards);
    static QString decision(const QString &kind, const QString &scope, const QString &scopePart,
        const QList<NoticeHazard> &hazards, QDate deadline);
    static QString requirements(const QString &kind, QDate deadline);
    static QString legalBasis(const QString &kind, const QList<NoticeHazard> &hazards);
    /// 第八条-style Chinese numerals for article numbers (1–199).
    static QString chineseNumber(int number);
};

} // namespace sitesafe
