#pragma once

#include <QDate>
#include <QHash>
#include <QObject>
#include <QStringList>

#include "core/account.h"
#include "models/hazarddetail.h"
#include "widgets/commands/hazardeventcommand.h"

class QAction;
class QWidget;

namespace sitesafe {

class DataFolderSession;

/// The steps of the hazard loop that can be taken on the hazard shown (整改回复, 复查, 销号, deadline extension, void,
/// comment, 挂牌督办 and its lifting, issuing a notice) as QActions for the detail pane's buttons and the list's
/// context menu and shortcuts. Each step is one undoable command on the session's undo stack, stamped with the
/// account's name and role (DataFolderSession::account()). A step the account's role or the hazard's state does not
/// allow is disabled, and its tool tip and status tip say why (销号 for an inspector: it needs a supervisor). The
/// public step functions are what the dialogs call; tests call them too. They refuse what a disabled action would.
class HazardActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HazardActions)

public:
    enum class Step { Report, Reinspect, Close, Extend, Void, Comment, ListSupervision, LiftSupervision, IssueNotice };

    /// `session` must outlive this; dialogs open on `dialogParent`.
    HazardActions(DataFolderSession &session, QWidget *dialogParent);

    QAction *action(Step step) const { return m_actions.value(step); }
    /// In the order the buttons and menu show them.
    QList<QAction *> actions() const;
    /// The hazard the steps apply to (the detail pane's, once loaded); an unloaded detail disables every step.
    void setHazard(const HazardDetail &detail);
    /// The hazards selected in the list (for notices); the shown hazard when none is given.
    void setSelection(const QStringList &hazardIds);
    const Account &account() const { return m_account; }
    /// Reads the account again (after a sign-in) and updates the actions.
    void refreshAccount();
    /// Why `step` cannot be taken now; empty when it can.
    QString disabledReason(Step step) const;

    HazardStepResult reportRectification(const QString &note, const QStringList &photoFiles);
    HazardStepResult reinspect(bool isPassed, const QString &note, const QStringList &photoFiles);
    HazardStepResult close(const QString &note);
    HazardStepResult extendDeadline(QDate newDeadline, const QString &reason);
    HazardStepResult voidHazard(const QString &reason);
    HazardStepResult comment(const QString &text);
    HazardStepResult listForSupervision(const QString &note);
    HazardStepResult liftSupervision(const QString &note);
    /// The listing level this account sets ("province", "city", "county"), empty when it sets none.
    QString supervisionLevel() const { return m_supervisionLevel; }

Q_SIGNALS:
    /// A step (or its undo) was written for `hazardId`: the list and the detail should read it again.
    void stepRecorded(const QString &hazardId);
    /// A sentence for the message bar: what was done, why it had no effect, or what went wrong.
    void message(const QString &text, bool isWarning);
    /// "Issue notice…": the notice dialog (built elsewhere) takes over with these hazards.
    void noticeRequested(const QStringList &hazardIds);

private:
    void addAction(Step step, const QString &text, const QKeySequence &shortcut);
    void updateActions();
    void openDialog(Step step);
    /// Refuses a disabled step with its reason; otherwise pushes `command` and reports what the fold made of it.
    HazardStepResult run(Step step, HazardEventCommand *command);
    HazardEventCommand::Changed callback();
    void onResult(const HazardStepResult &result);
    QString verifiedBy() const;

    DataFolderSession &m_session;
    QWidget *m_dialogParent;
    Account m_account;
    QString m_supervisionLevel;
    QString m_jurisdictionName;
    HazardDetail m_detail;
    QStringList m_selection;
    HazardStepResult m_lastResult;
    QHash<Step, QAction *> m_actions;
    QList<Step> m_order;
};

} // namespace sitesafe
