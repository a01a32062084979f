#include "deductioncommand.h"

namespace sitesafe {

DeductionCommand::DeductionCommand(AnswerTarget target, const QString &itemCode, AnswerState before, AnswerState after)
    : AnswerChangeCommand(std::move(target), itemCode, std::move(before), std::move(after))
{
    setText(tr("Deduction on %1").arg(itemCode));
}

} // namespace sitesafe
