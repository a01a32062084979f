#pragma once

#include "answerchangecommand.h"

namespace sitesafe {

/// Changes the note of an answered checklist item.
class NoteCommand final : public AnswerChangeCommand
{
    Q_DECLARE_TR_FUNCTIONS(NoteCommand)

public:
    NoteCommand(AnswerTarget target, const QString &itemCode, AnswerState before, AnswerState after);
};

} // namespace sitesafe
