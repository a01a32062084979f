#pragma once

#include "answerchangecommand.h"

namespace sitesafe {

/// Answers one checklist item (P pass, F fail, N not applicable), keeping its note and deduction; undo restores the
/// previous answer or withdraws a first one.
class AnswerItemCommand final : public AnswerChangeCommand
{
    Q_DECLARE_TR_FUNCTIONS(AnswerItemCommand)

public:
    AnswerItemCommand(AnswerTarget target, const QString &itemCode, AnswerState before, AnswerState after);
};

} // namespace sitesafe
