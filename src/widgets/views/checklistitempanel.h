#pragma once

#include <QWidget>

#include "models/checklistdata.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace sitesafe {

/// The runner's detail panel for the current item: its wording (with the uncertain mark), legal basis and signs,
/// its answer, the note, the JGJ 59 deduction (one of the item's rules or typed points, capped at the item's
/// points) and the photo area. It does not write: it asks, with signals, and the runner pushes the commands.
/// Escape or Ctrl+Enter in the note hands the note over and returns to the list (returnRequested).
class ChecklistItemPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChecklistItemPanel)

public:
    explicit ChecklistItemPanel(QWidget *parent = nullptr);

    /// Shows `item` (nullptr: nothing selected). A note being typed for the previous item is handed over first.
    void showItem(const ChecklistItem *item);
    void setReadOnly(bool isReadOnly);
    /// Hands over the note if it differs from the item's (noteEdited).
    void commitNote();
    void focusNote();

    QPlainTextEdit *noteEdit() const { return m_noteEdit; }
    QWidget *photoArea() const { return m_photoArea; }

Q_SIGNALS:
    void answerRequested(const QString &result);
    void noteEdited(const QString &itemCode, const QString &note);
    void deductionChosen(const QString &itemCode, double points);
    void hazardRequested();
    void returnRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void chooseRule(int index);

    QString m_itemCode;
    QString m_shownNote;
    double m_points = 0;
    QList<DeductionRule> m_rules;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_textLabel = nullptr;
    QLabel *m_uncertainLabel = nullptr;
    QLabel *m_conditionsLabel = nullptr;
    QLabel *m_answerLabel = nullptr;
    QPushButton *m_passButton = nullptr;
    QPushButton *m_failButton = nullptr;
    QPushButton *m_naButton = nullptr;
    QPlainTextEdit *m_noteEdit = nullptr;
    QWidget *m_deductionBox = nullptr;
    QComboBox *m_ruleCombo = nullptr;
    QDoubleSpinBox *m_pointsSpin = nullptr;
    QPushButton *m_applyButton = nullptr;
    QLabel *m_noRuleLabel = nullptr;
    QPushButton *m_hazardButton = nullptr;
    QWidget *m_photoArea = nullptr;
};

} // namespace sitesafe
