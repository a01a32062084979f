#include "answeritemcommand.h"

namespace sitesafe {

AnswerItemCommand::AnswerItemCommand(
    AnswerTarget target, const QString &itemCode, AnswerState before, AnswerState after)
    : AnswerChangeCommand(std::move(target), itemCode, std::move(before), std::move(after))
{
    setText(tr("Answer %1").arg(itemCode));
}

} // namespace sitesafe
