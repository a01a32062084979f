#pragma once

#include <QPointer>
#include <QWidget>

#include "models/checklistdata.h"

class QKeyEvent;
class QLabel;
class QPushButton;
class QTreeView;

namespace sitesafe {

class ChecklistItemPanel;
class ChecklistModel;
class DataFolderSession;
class HazardFormDialog;
class Jgj59ScoreView;
class SqlWorker;
struct AnswerState;

/// The checklist runner (检查表): walks one inspection's checklist, keyboard first. In the list: P pass, F fail,
/// N not applicable, Up/Down or j/k move, Enter opens the item's note (Esc returns), Tab goes to the detail panel,
/// H records a hazard for the item, G a general hazard, Ctrl+Z / Ctrl+Shift+Z undo and redo. P and N move on to
/// the next item; F stays (note, deduction, hazard follow) and, on a major-hazard criterion, opens the hazard form.
/// Every edit is a small command on the session's undo stack and is written at once; a draft reopens at its first
/// unanswered item. Shows progress and the live JGJ 59 score. Submits the draft; signing is another page's
/// (signRequested). A signed inspection opens read-only.
class ChecklistRunner final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChecklistRunner)

public:
    /// `session` must outlive the runner.
    ChecklistRunner(DataFolderSession &session, QString inspectionId, QWidget *parent = nullptr);
    ~ChecklistRunner() override;

    QString inspectionId() const { return m_inspectionId; }
    ChecklistModel *model() const { return m_model; }
    QTreeView *list() const { return m_tree; }
    ChecklistItemPanel *detailPanel() const { return m_panel; }
    Jgj59ScoreView *scoreView() const { return m_score; }
    /// The container the evidence strip goes into (objectName "photoArea").
    QWidget *photoArea() const;
    /// The hazard form currently open, if any.
    HazardFormDialog *hazardForm() const;
    /// The item the list is on; -1 before loading.
    int currentItem() const { return m_current; }
    QString progressText() const;
    QString messageText() const;

    /// Answers the current item with pass / fail / not_applicable.
    void answerCurrent(const QString &result);
    void moveBy(int step);
    void selectItem(int itemIndex);
    /// Opens the hazard form for the current item (criterion: major hazard; score-sheet item: general hazard).
    void recordItemHazard();
    /// Opens the hazard form for a hazard outside the checklist, with a free-text basis.
    void recordGeneralHazard();
    /// Submits the draft (draft → submitted); asks first when items are unanswered. True when submitted.
    bool submit();

Q_SIGNALS:
    void loaded();
    void hazardFormOpened(HazardFormDialog *form);
    void hazardRecorded(const QString &hazardId);
    void submitted(const QString &inspectionId);
    void signRequested(const QString &inspectionId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    void onLoaded();
    void refreshStatus();
    void showMessage(const QString &message, bool isError = false);
    void pushAnswer(int itemIndex, const AnswerState &after, int kind);
    void openHazardForm(const Hazard &prefill, const QString &basisLabel, bool isUncertain);
    bool handleListKey(QKeyEvent *key);
    bool isReadOnly() const;
    QString actor() const;

    DataFolderSession &m_session;
    QString m_inspectionId;
    SqlWorker *m_worker = nullptr;
    ChecklistModel *m_model = nullptr;
    QList<int> m_order; ///< item indexes in list order
    int m_current = -1;
    QString m_status; ///< draft | submitted | signed, as last read or written here
    QLabel *m_headerLabel = nullptr;
    QLabel *m_progressLabel = nullptr;
    QLabel *m_messageLabel = nullptr;
    QTreeView *m_tree = nullptr;
    ChecklistItemPanel *m_panel = nullptr;
    Jgj59ScoreView *m_score = nullptr;
    QPushButton *m_generalHazardButton = nullptr;
    QPushButton *m_submitButton = nullptr;
    QPushButton *m_signButton = nullptr;
    QPointer<HazardFormDialog> m_hazardForm;
};

} // namespace sitesafe
