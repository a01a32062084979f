#pragma once

#include "answerchangecommand.h"

namespace sitesafe {

/// Sets the JGJ 59 points deducted on a score-sheet item (a chosen deduction rule or typed points, capped at the
/// item's points by the runner).
class DeductionCommand final : public AnswerChangeCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeductionCommand)

public:
    DeductionCommand(AnswerTarget target, const QString &itemCode, AnswerState before, AnswerState after);
};

} // namespace sitesafe
