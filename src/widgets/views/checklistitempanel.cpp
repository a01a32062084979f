#include "checklistitempanel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "models/checklistmodel.h"
#include "models/hazardprefill.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

ChecklistItemPanel::ChecklistItemPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"detailPanel"_s);
    auto *layout = new QVBoxLayout(this);

    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(u"itemTitleLabel"_s);
    m_titleLabel->setWordWrap(true);
    QFont bold = m_titleLabel->font();
    bold.setBold(true);
    m_titleLabel->setFont(bold);
    m_textLabel = new QLabel(this);
    m_textLabel->setObjectName(u"itemTextLabel"_s);
    m_textLabel->setWordWrap(true);
    m_textLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_uncertainLabel = new QLabel(tr("⚠ Wording not verified against the official text."), this);
    m_uncertainLabel->setObjectName(u"uncertainMark"_s);
    m_uncertainLabel->setStyleSheet(u"color: #9a6700;"_s);
    m_conditionsLabel = new QLabel(this);
    m_conditionsLabel->setWordWrap(true);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_textLabel);
    layout->addWidget(m_uncertainLabel);
    layout->addWidget(m_conditionsLabel);

    auto *answers = new QHBoxLayout;
    m_answerLabel = new QLabel(this);
    m_answerLabel->setObjectName(u"answerLabel"_s);
    m_passButton = new QPushButton(tr("Pass (P)"), this);
    m_failButton = new QPushButton(tr("Fail (F)"), this);
    m_naButton = new QPushButton(tr("Not applicable (N)"), this);
    for (QPushButton *b : {m_passButton, m_failButton, m_naButton})
        b->setFocusPolicy(Qt::TabFocus);
    answers->addWidget(m_answerLabel, 1);
    answers->addWidget(m_passButton);
    answers->addWidget(m_failButton);
    answers->addWidget(m_naButton);
    layout->addLayout(answers);
    connect(m_passButton, &QPushButton::clicked, this, [this] { Q_EMIT answerRequested(u"pass"_s); });
    connect(m_failButton, &QPushButton::clicked, this, [this] { Q_EMIT answerRequested(u"fail"_s); });
    connect(m_naButton, &QPushButton::clicked, this, [this] { Q_EMIT answerRequested(u"not_applicable"_s); });

    layout->addWidget(new QLabel(tr("Note (Enter in the list; Esc returns):"), this));
    m_noteEdit = new QPlainTextEdit(this);
    m_noteEdit->setObjectName(u"noteEdit"_s);
    m_noteEdit->setTabChangesFocus(true);
    m_noteEdit->setMaximumHeight(80);
    m_noteEdit->installEventFilter(this);
    layout->addWidget(m_noteEdit);

    auto *deduction = new QGroupBox(tr("JGJ 59 deduction"), this);
    m_deductionBox = deduction;
    m_deductionBox->setObjectName(u"deductionBox"_s);
    auto *dl = new QFormLayout(deduction);
    m_ruleCombo = new QComboBox(deduction);
    m_ruleCombo->setObjectName(u"ruleCombo"_s);
    m_pointsSpin = new QDoubleSpinBox(deduction);
    m_pointsSpin->setObjectName(u"pointsSpin"_s);
    m_pointsSpin->setDecimals(1);
    m_pointsSpin->setSingleStep(1);
    m_applyButton = new QPushButton(tr("Deduct"), deduction);
    m_applyButton->setObjectName(u"applyDeductionButton"_s);
    m_noRuleLabel = new QLabel(tr("The catalog has no deduction rule for this item yet: enter the points."), deduction);
    m_noRuleLabel->setWordWrap(true);
    auto *pointsRow = new QHBoxLayout;
    pointsRow->addWidget(m_pointsSpin, 1);
    pointsRow->addWidget(m_applyButton);
    dl->addRow(tr("Rule:"), m_ruleCombo);
    dl->addRow(tr("Points:"), pointsRow);
    dl->addRow(m_noRuleLabel);
    layout->addWidget(deduction);
    connect(m_ruleCombo, &QComboBox::activated, this, &ChecklistItemPanel::chooseRule);
    connect(m_applyButton, &QPushButton::clicked, this,
        [this] { Q_EMIT deductionChosen(m_itemCode, std::min(m_pointsSpin->value(), m_points)); });
    connect(m_pointsSpin, &QDoubleSpinBox::editingFinished, this, [this] {
        if (m_pointsSpin->hasFocus())
            Q_EMIT deductionChosen(m_itemCode, std::min(m_pointsSpin->value(), m_points));
    });

    m_hazardButton = new QPushButton(tr("Record a hazard for this item… (H)"), this);
    m_hazardButton->setObjectName(u"itemHazardButton"_s);
    connect(m_hazardButton, &QPushButton::clicked, this, &ChecklistItemPanel::hazardRequested);
    layout->addWidget(m_hazardButton);

    // The evidence strip of the photo helper goes in here (wired by the lead): an empty, named container.
    auto *photos = new QGroupBox(tr("Photos"), this);
    m_photoArea = photos;
    m_photoArea->setObjectName(u"photoArea"_s);
    m_photoArea->setMinimumHeight(90);
    new QVBoxLayout(m_photoArea);
    layout->addWidget(m_photoArea, 1);
    showItem(nullptr);
}

void ChecklistItemPanel::showItem(const ChecklistItem *item)
{
    m_itemCode = item ? item->code : QString();
    m_shownNote = item ? item->note : QString();
    m_points = item ? item->points : 0;
    setEnabled(item != nullptr);
    if (!item) {
        m_titleLabel->clear();
        m_textLabel->clear();
        m_uncertainLabel->hide();
        m_conditionsLabel->hide();
        m_deductionBox->hide();
        m_noteEdit->clear();
        return;
    }
    if (item->isCriterion)
        m_titleLabel->setText(
            tr("%1 · article %2 %3").arg(item->code).arg(item->articleNumber).arg(item->articleTitle));
    else
        m_titleLabel->setText(
            tr("%1 · %2 (%3 points)").arg(item->code, HazardPrefill::sheetBasisText(*item)).arg(item->points));
    m_textLabel->setText(item->text);
    m_uncertainLabel->setText(item->isCriterion ? tr("⚠ Wording not verified against the official text.")
                                                : tr("⚠ Points not verified against the standard."));
    m_uncertainLabel->setVisible(item->isUncertain);
    QString signs;
    for (const QString &condition : item->conditions)
        signs += u"\n• "_s + condition;
    m_conditionsLabel->setText(signs.isEmpty() ? QString() : tr("Signs (any one, not handled):") + signs);
    m_conditionsLabel->setVisible(!signs.isEmpty());
    m_answerLabel->setText(item->result.isEmpty() ? tr("Not answered") : ChecklistModel::resultLabel(item->result));
    if (m_noteEdit->toPlainText() != item->note)
        m_noteEdit->setPlainText(item->note);

    m_deductionBox->setVisible(!item->isCriterion);
    m_ruleCombo->clear();
    m_ruleCombo->addItem(tr("Points typed below"), -1);
    for (int i = 0; i < item->deductions.size(); ++i) {
        const DeductionRule &rule = item->deductions.at(i);
        const QString points = rule.minPoints == rule.maxPoints ? QString::number(rule.maxPoints)
                                                                : u"%1–%2"_s.arg(rule.minPoints).arg(rule.maxPoints);
        m_ruleCombo->addItem(tr("%1 (−%2)").arg(rule.text, points), i);
    }
    m_noRuleLabel->setVisible(item->deductions.isEmpty());
    m_pointsSpin->setRange(0, item->points);
    m_pointsSpin->setValue(item->deduction);
    m_rules = item->deductions;
}

void ChecklistItemPanel::chooseRule(int index)
{
    const int rule = m_ruleCombo->itemData(index).toInt();
    if (rule < 0 || rule >= m_rules.size())
        return;
    m_pointsSpin->setValue(
        std::min(m_rules.at(rule).minPoints > 0 ? m_rules.at(rule).minPoints : m_rules.at(rule).maxPoints, m_points));
    Q_EMIT deductionChosen(m_itemCode, m_pointsSpin->value());
}

void ChecklistItemPanel::setReadOnly(bool isReadOnly)
{
    for (QWidget *w :
        std::initializer_list<QWidget *> {m_passButton, m_failButton, m_naButton, m_deductionBox, m_hazardButton})
        w->setEnabled(!isReadOnly);
    m_noteEdit->setReadOnly(isReadOnly);
}

void ChecklistItemPanel::commitNote()
{
    const QString note = m_noteEdit->toPlainText().trimmed();
    if (m_itemCode.isEmpty() || note == m_shownNote.trimmed() || m_noteEdit->isReadOnly())
        return;
    m_shownNote = note;
    Q_EMIT noteEdited(m_itemCode, note);
}

void ChecklistItemPanel::focusNote()
{
    m_noteEdit->setFocus(Qt::ShortcutFocusReason);
    m_noteEdit->moveCursor(QTextCursor::End);
}

bool ChecklistItemPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_noteEdit && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool isCtrlEnter = (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && key->modifiers().testFlag(Qt::ControlModifier);
        if (key->key() == Qt::Key_Escape || isCtrlEnter) {
            commitNote();
            Q_EMIT returnRequested();
            return true;
        }
    }
    if (watched == m_noteEdit && event->type() == QEvent::FocusOut)
        commitNote();
    return QWidget::eventFilter(watched, event);
}

} // namespace sitesafe
