#include "answerchangecommand.h"

#include "storage/answerrepository.h"
#include "storage/database.h"

namespace sitesafe {

AnswerChangeCommand::AnswerChangeCommand(AnswerTarget target, QString itemCode, AnswerState before, AnswerState after)
    : m_target(std::move(target))
    , m_itemCode(std::move(itemCode))
    , m_before(std::move(before))
    , m_after(std::move(after))
{ }

Status AnswerChangeCommand::write(const AnswerState &state)
{
    AnswerRepository answers(m_target.database->connection());
    if (state.result.isEmpty())
        return answers.withdraw(m_target.inspectionId, m_itemCode, m_target.actor);
    InspectionAnswer answer;
    answer.inspectionId = m_target.inspectionId;
    answer.itemCode = m_itemCode;
    answer.result = state.result;
    answer.note = state.note;
    answer.deduction = state.deduction;
    if (m_target.timeTrust)
        answer.timeTrust = m_target.timeTrust();
    return answers.record(answer, m_target.actor);
}

void AnswerChangeCommand::redo()
{
    Status status = write(m_after);
    if (!status && !m_hasRun)
        setObsolete(true); // never on the stack: there is nothing to undo
    m_hasRun = m_hasRun || status.isOk();
    *m_status = status;
    if (m_target.changed)
        m_target.changed(m_itemCode, status ? m_after : m_before, status);
}

void AnswerChangeCommand::undo()
{
    Status status = write(m_before);
    *m_status = status;
    if (m_target.changed)
        m_target.changed(m_itemCode, status ? m_before : m_after, status);
}

} // namespace sitesafe
