#include "notecommand.h"

namespace sitesafe {

NoteCommand::NoteCommand(AnswerTarget target, const QString &itemCode, AnswerState before, AnswerState after)
    : AnswerChangeCommand(std::move(target), itemCode, std::move(before), std::move(after))
{
    setText(tr("Note on %1").arg(itemCode));
}

} // namespace sitesafe
