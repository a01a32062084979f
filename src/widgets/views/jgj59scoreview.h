#pragma once

#include <QLabel>

#include "core/jgj59scorer.h"

namespace sitesafe {

/// The live JGJ 59-2011 score of the runner: each walked sheet's score, the guaranteed-item veto with its reason
/// ("Guaranteed items below 40: sheet scores 0"), the summary total and the rating 优良 / 合格 / 不合格 with why.
/// Scored by core's Jgj59Scorer on every answer change; nothing is stored (the answers are).
class Jgj59ScoreView final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Jgj59ScoreView)

public:
    explicit Jgj59ScoreView(QWidget *parent = nullptr);

    /// Rescores `sheets` (the inspection's JGJ 59 sheets) from `marks`.
    void rescore(const QHash<QString, ItemMark> &marks, const QStringList &sheets);
    const SummaryScore &score() const { return m_score; }
    /// The sheet's score as last computed; nullptr for a sheet not walked.
    const SheetScore *sheetScore(const QString &sheetCode) const;
    static QString ratingLabel(SafetyRating rating);

private:
    QString vetoReason(const QString &sheetCode, const SheetScore &score, const QHash<QString, ItemMark> &marks) const;

    std::optional<ScoreSheetCatalog> m_catalog;
    SummaryScore m_score;
};

} // namespace sitesafe
