#include "hazardactions.h"

#include <QAction>
#include <QPointer>
#include <QUndoStack>
#include <QWidget>

#include "core/domainlabels.h"
#include "dialogs/hazardstepdialog.h"
#include "dialogs/reinspectiondialog.h"
#include "models/referencelists.h"
#include "session/datafoldersession.h"
#include "storage/datastore.h"
#include "widgets/commands/closehazardcommand.h"
#include "widgets/commands/commentonhazardcommand.h"
#include "widgets/commands/extenddeadlinecommand.h"
#include "widgets/commands/liftsupervisioncommand.h"
#include "widgets/commands/listforsupervisioncommand.h"
#include "widgets/commands/reinspecthazardcommand.h"
#include "widgets/commands/reportrectificationcommand.h"
#include "widgets/commands/voidhazardcommand.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
bool isOneOf(const QString &status, std::initializer_list<QStringView> codes)
{
    return std::find(codes.begin(), codes.end(), QStringView(status)) != codes.end();
}
} // namespace

HazardActions::HazardActions(DataFolderSession &session, QWidget *dialogParent)
    : QObject(dialogParent), m_session(session), m_dialogParent(dialogParent)
{
    addAction(Step::Report, tr("Report rectification…"), QKeySequence(u"Ctrl+R"_s));
    addAction(Step::Reinspect, tr("Re-inspect…"), QKeySequence(u"Ctrl+I"_s));
    addAction(Step::Close, tr("Close (销号)…"), QKeySequence(u"Ctrl+Shift+X"_s));
    addAction(Step::Extend, tr("Extend deadline…"), QKeySequence(u"Ctrl+E"_s));
    addAction(Step::Comment, tr("Comment…"), QKeySequence(u"Ctrl+M"_s));
    addAction(Step::ListSupervision, tr("List for supervision…"), {});
    addAction(Step::LiftSupervision, tr("Lift supervision…"), {});
    addAction(Step::IssueNotice, tr("Issue notice…"), {});
    addAction(Step::Void, tr("Void…"), {});
    refreshAccount();
}

void HazardActions::addAction(Step step, const QString &text, const QKeySequence &shortcut)
{
    auto *action = new QAction(text, this);
    action->setShortcut(shortcut);
    // The shortcuts work wherever the hazards page has focus (list or detail), not in other pages.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(action, &QAction::triggered, this, [this, step] { openDialog(step); });
    m_actions.insert(step, action);
    m_order << step;
}

QList<QAction *> HazardActions::actions() const
{
    QList<QAction *> list;
    for (Step step : m_order)
        list << m_actions.value(step);
    return list;
}

void HazardActions::refreshAccount()
{
    m_account = m_session.account();
    const ReferenceLists::Jurisdiction place =
        ReferenceLists::jurisdiction(m_session.store().connection(), m_account.jurisdictionCode);
    m_jurisdictionName = place.name;
    m_supervisionLevel = m_account.supervisionLevel(place.kind);
    updateActions();
}

void HazardActions::setHazard(const HazardDetail &detail)
{
    m_detail = detail;
    updateActions();
}

void HazardActions::setSelection(const QStringList &hazardIds)
{
    m_selection = hazardIds;
    updateActions();
}

QString HazardActions::verifiedBy() const
{
    // The re-inspection pass in force, as the fold sees it: the second person who closes must be someone else.
    QString by;
    for (const HazardTimelineEntry &e : m_detail.timeline) {
        if (e.isSuperseded)
            continue;
        if (e.kind == u"reinspected_pass")
            by = e.actor;
        else if (e.kind == u"reinspected_fail" || e.kind == u"reopened")
            by.clear();
    }
    return by;
}

QString HazardActions::disabledReason(Step step) const
{
    if (step == Step::IssueNotice && !m_selection.isEmpty())
        return {};
    if (!m_detail.isFound)
        return tr("Select a hazard first.");
    const QString &status = m_detail.status;
    const QString role = Account::roleLabel(m_account.role);
    const bool isTerminal = isOneOf(status, {u"closed", u"voided"});
    switch (step) {
    case Step::Report:
        if (!isOneOf(status, {u"open", u"rectifying"}))
            return tr("Rectification can only be reported while the hazard is open or being rectified (now: %1).")
                .arg(DomainLabels::hazardStatus(status));
        return {};
    case Step::Reinspect:
        if (!isOneOf(status, {u"open", u"rectifying", u"reported"}))
            return tr("Only a hazard that is not yet verified, closed or voided can be re-inspected (now: %1).")
                .arg(DomainLabels::hazardStatus(status));
        return {};
    case Step::Close:
        if (!m_account.canClose())
            return tr("销号 needs a supervisor (second person): you are signed in as %1 (%2). A supervisor closes the "
                      "hazard after the re-inspection passed.").arg(m_account.userName, role);
        if (status != u"verified")
            return tr("销号 needs a passed re-inspection first (now: %1).").arg(DomainLabels::hazardStatus(status));
        if (m_detail.isSupervisionListed)
            return tr("The supervision listing (%1) must be lifted before 销号.")
                .arg(DomainLabels::supervisionListing(m_detail.supervisionLevel));
        if (verifiedBy() == m_account.userName)
            return tr("销号 needs a second person: you passed the re-inspection yourself.");
        return {};
    case Step::Extend:
        if (isTerminal)
            return tr("The deadline of a closed or voided hazard cannot change.");
        return {};
    case Step::Void:
        if (status == u"voided")
            return tr("The hazard is already voided.");
        return {};
    case Step::Comment: return {};
    case Step::ListSupervision:
    case Step::LiftSupervision:
        if (!m_account.canListSupervision())
            return tr("Only the province or a city or county supervisor lists hazards for supervision (挂牌督办); you "
                      "are signed in as %1 (%2).").arg(m_account.userName, role);
        if (m_supervisionLevel.isEmpty())
            return tr("Your jurisdiction (%1) is not known on this computer, so the level of a listing is not known. "
                      "Sync, then try again.").arg(m_account.jurisdictionCode);
        if (step == Step::LiftSupervision)
            return m_detail.isSupervisionListed ? QString() : tr("The hazard is not listed for supervision.");
        if (isTerminal)
            return tr("A closed or voided hazard cannot be listed for supervision.");
        if (m_detail.isSupervisionListed)
            return tr("The hazard is already listed (%1).").arg(DomainLabels::supervisionListing(m_detail.supervisionLevel));
        return {};
    case Step::IssueNotice:
        if (isTerminal)
            return tr("A notice can only be issued while the hazard is open or being rectified.");
        return {};
    }
    return {};
}

void HazardActions::updateActions()
{
    for (Step step : std::as_const(m_order)) {
        QAction *action = m_actions.value(step);
        const QString reason = disabledReason(step);
        action->setEnabled(reason.isEmpty());
        action->setToolTip(reason.isEmpty() ? action->text().remove(u'…') : reason);
        action->setStatusTip(reason);
    }
    if (const QString level = m_supervisionLevel; !level.isEmpty())
        m_actions.value(Step::ListSupervision)->setText(tr("List for %1…").arg(DomainLabels::supervisionListing(level)));
}

HazardStepResult HazardActions::run(Step step, HazardEventCommand *command)
{
    std::unique_ptr<HazardEventCommand> owned(command);
    if (const QString reason = disabledReason(step); !reason.isEmpty()) {
        HazardStepResult refused;
        refused.hazardId = m_detail.id;
        refused.status = Error{u"hazard.step_refused"_s, reason};
        Q_EMIT message(reason, true);
        return refused;
    }
    m_lastResult = HazardStepResult{};
    // push() runs redo(), which reports through callback(); a failed first redo makes the command obsolete and the
    // stack deletes it at once, so the result is taken from the report, not from the command.
    m_session.undoStack()->push(owned.release());
    return m_lastResult;
}

HazardEventCommand::Changed HazardActions::callback()
{
    // The commands stay on the session's undo stack after this page is gone: undo then only writes the event.
    return [self = QPointer<HazardActions>(this)](const HazardStepResult &result) {
        if (self)
            self->onResult(result);
    };
}

void HazardActions::onResult(const HazardStepResult &result)
{
    m_lastResult = result;
    if (!result.status) {
        Q_EMIT message(tr("The step was not recorded: %1").arg(result.status.error().message), true);
        return;
    }
    if (!result.outcome.isApplied)
        Q_EMIT message(result.isUndo ? tr("The undo was recorded but has no effect: %1").arg(result.outcome.reason)
                                     : tr("Recorded, but without effect: %1").arg(result.outcome.reason),
                       true);
    else if (!result.photoErrors.isEmpty())
        Q_EMIT message(tr("Recorded; some photos were not taken: %1").arg(result.photoErrors.join(u"; "_s)), true);
    else
        Q_EMIT message(result.isUndo ? tr("Undone: the step is kept in the timeline as withdrawn.")
                                     : tr("Recorded: %1.").arg(DomainLabels::hazardEvent(hazardEventKindCode(result.kind))),
                       false);
    Q_EMIT stepRecorded(result.hazardId);
}

HazardStepResult HazardActions::reportRectification(const QString &note, const QStringList &photoFiles)
{
    return run(Step::Report, new ReportRectificationCommand(m_session, m_account, m_detail.id, note, photoFiles,
                                                            callback()));
}

HazardStepResult HazardActions::reinspect(bool isPassed, const QString &note, const QStringList &photoFiles)
{
    return run(Step::Reinspect, new ReinspectHazardCommand(m_session, m_account, m_detail.id, isPassed, note, photoFiles,
                                                           callback()));
}

HazardStepResult HazardActions::close(const QString &note)
{
    return run(Step::Close,
               new CloseHazardCommand(m_session, m_account, m_detail.id, note, callback()));
}

HazardStepResult HazardActions::extendDeadline(QDate newDeadline, const QString &reason)
{
    if (!newDeadline.isValid() || reason.trimmed().isEmpty()) {
        HazardStepResult refused;
        refused.status = Error{u"hazard.extension_incomplete"_s,
                               tr("A deadline extension needs the new date and the reason for it.")};
        Q_EMIT message(refused.status.error().message, true);
        return refused;
    }
    return run(Step::Extend, new ExtendDeadlineCommand(m_session, m_account, m_detail.id, newDeadline, reason.trimmed(),
                                                       callback()));
}

HazardStepResult HazardActions::voidHazard(const QString &reason)
{
    if (reason.trimmed().isEmpty()) {
        HazardStepResult refused;
        refused.status = Error{u"hazard.void_reason"_s, tr("Voiding a hazard needs the reason it was recorded in error.")};
        Q_EMIT message(refused.status.error().message, true);
        return refused;
    }
    return run(Step::Void, new VoidHazardCommand(m_session, m_account, m_detail.id, reason.trimmed(),
                                                 callback()));
}

HazardStepResult HazardActions::comment(const QString &text)
{
    if (text.trimmed().isEmpty()) {
        HazardStepResult refused;
        refused.status = Error{u"hazard.comment_empty"_s, tr("Write the comment first.")};
        return refused;
    }
    return run(Step::Comment, new CommentOnHazardCommand(m_session, m_account, m_detail.id, text.trimmed(),
                                                         callback()));
}

HazardStepResult HazardActions::listForSupervision(const QString &note)
{
    return run(Step::ListSupervision, new ListForSupervisionCommand(m_session, m_account, m_detail.id, m_supervisionLevel,
                                                                    note, callback()));
}

HazardStepResult HazardActions::liftSupervision(const QString &note)
{
    return run(Step::LiftSupervision, new LiftSupervisionCommand(m_session, m_account, m_detail.id, note,
                                                                 callback()));
}

void HazardActions::openDialog(Step step)
{
    if (const QString reason = disabledReason(step); !reason.isEmpty()) {
        Q_EMIT message(reason, true);
        return;
    }
    if (step == Step::IssueNotice) {
        Q_EMIT noticeRequested(m_selection.isEmpty() ? QStringList{m_detail.id} : m_selection);
        return;
    }
    if (step == Step::Reinspect) {
        ReinspectionDialog dialog(m_detail, m_dialogParent);
        if (dialog.exec() == QDialog::Accepted)
            reinspect(dialog.isPassed(), dialog.note(), dialog.photoFiles());
        return;
    }
    HazardStepDialog::Options o;
    switch (step) {
    case Step::Report:
        o = {tr("Report rectification"), tr("What the responsible party did, and the photos of the rectified site:"),
             HazardStepDialog::NoteOptional, true, {}};
        break;
    case Step::Close:
        o = {tr("Close (销号)"), tr("Close this hazard after the passed re-inspection. Note (optional):"),
             HazardStepDialog::NoteOptional, false, {}};
        break;
    case Step::Extend:
        o = {tr("Extend deadline"), tr("The new rectification deadline and the reason for the extension (both needed):"),
             HazardStepDialog::NoteRequired, false, std::max(m_session.today(), QDate::fromString(m_detail.effectiveDeadline, Qt::ISODate)).addDays(7)};
        break;
    case Step::Void:
        o = {tr("Void hazard"), tr("Why was this hazard recorded in error? (needed; nothing is deleted)"),
             HazardStepDialog::NoteRequired, false, {}};
        break;
    case Step::Comment:
        o = {tr("Comment"), tr("Comment:"), HazardStepDialog::NoteRequired, false, {}};
        break;
    case Step::ListSupervision:
        o = {tr("List for supervision"),
             tr("List this hazard for %1 (挂牌督办). Supervision notice number and requirements:")
                 .arg(DomainLabels::supervisionListing(m_supervisionLevel)),
             HazardStepDialog::NoteOptional, false, {}};
        break;
    case Step::LiftSupervision:
        o = {tr("Lift supervision"), tr("Why the supervision listing is lifted:"), HazardStepDialog::NoteRequired, false, {}};
        break;
    case Step::Reinspect:
    case Step::IssueNotice: return;
    }
    HazardStepDialog dialog(o, m_dialogParent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    switch (step) {
    case Step::Report: reportRectification(dialog.note(), dialog.photoFiles()); break;
    case Step::Close: close(dialog.note()); break;
    case Step::Extend: extendDeadline(dialog.date(), dialog.note()); break;
    case Step::Void: voidHazard(dialog.note()); break;
    case Step::Comment: comment(dialog.note()); break;
    case Step::ListSupervision: listForSupervision(dialog.note()); break;
    case Step::LiftSupervision: liftSupervision(dialog.note()); break;
    case Step::Reinspect:
    case Step::IssueNotice: break;
    }
}

} // namespace sitesafe
