#include "checklistrunner.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

#include "commands/answeritemcommand.h"
#include "commands/deductioncommand.h"
#include "commands/notecommand.h"
#include "commands/recordhazardcommand.h"
#include "core/domainlabels.h"
#include "dialogs/hazardformdialog.h"
#include "models/checklistmodel.h"
#include "models/hazardprefill.h"
#include "models/sqlworker.h"
#include "session/datafoldersession.h"
#include "storage/datastore.h"
#include "storage/inspectionrepository.h"
#include "sync/synccontroller.h"
#include "views/checklistitempanel.h"
#include "views/jgj59scoreview.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
enum EditKind { Answer, Note, Deduction };
}

ChecklistRunner::ChecklistRunner(DataFolderSession &session, QString inspectionId, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_inspectionId(std::move(inspectionId))
{
    setObjectName(u"checklistRunner"_s);
    m_worker = new SqlWorker(DataStore::databasePath(session.store().directory()), this);
    m_model = new ChecklistModel(m_worker, this);
    buildUi();
    connect(m_model, &ChecklistModel::loaded, this, &ChecklistRunner::onLoaded);
    connect(m_model, &ChecklistModel::loadFailed, this, [this](const QString &message) { showMessage(message, true); });
    connect(m_model, &ChecklistModel::answersChanged, this, &ChecklistRunner::refreshStatus);
    m_model->load(m_inspectionId);
}

ChecklistRunner::~ChecklistRunner() = default;

void ChecklistRunner::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_headerLabel = new QLabel(this);
    m_headerLabel->setObjectName(u"headerLabel"_s);
    m_headerLabel->setWordWrap(true);
    m_progressLabel = new QLabel(this);
    m_progressLabel->setObjectName(u"progressLabel"_s);
    QFont bold = m_progressLabel->font();
    bold.setBold(true);
    m_progressLabel->setFont(bold);
    top->addWidget(m_headerLabel, 1);
    top->addWidget(m_progressLabel);
    layout->addLayout(top);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_tree = new QTreeView(splitter);
    m_tree->setObjectName(u"checklistTree"_s);
    m_tree->setModel(m_model);
    m_tree->setTabKeyNavigation(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(ChecklistModel::TextColumn, QHeaderView::Stretch);
    m_tree->setColumnWidth(ChecklistModel::CodeColumn, 150);
    m_tree->setColumnWidth(ChecklistModel::ResultColumn, 90);
    m_tree->setColumnWidth(ChecklistModel::DeductionColumn, 80);
    m_tree->installEventFilter(this);

    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_panel = new ChecklistItemPanel(right);
    m_score = new Jgj59ScoreView(right);
    rightLayout->addWidget(m_panel, 1);
    rightLayout->addWidget(m_score);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    auto *bottom = new QHBoxLayout;
    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(u"messageLabel"_s);
    m_messageLabel->setWordWrap(true);
    m_generalHazardButton = new QPushButton(tr("General hazard… (G)"), this);
    m_generalHazardButton->setObjectName(u"generalHazardButton"_s);
    m_submitButton = new QPushButton(tr("Submit"), this);
    m_submitButton->setObjectName(u"submitButton"_s);
    m_signButton = new QPushButton(tr("Sign…"), this);
    m_signButton->setObjectName(u"signButton"_s);
    bottom->addWidget(m_messageLabel, 1);
    bottom->addWidget(m_generalHazardButton);
    bottom->addWidget(m_submitButton);
    bottom->addWidget(m_signButton);
    layout->addLayout(bottom);
    setTabOrder(m_tree, m_panel->noteEdit());

    connect(m_generalHazardButton, &QPushButton::clicked, this, &ChecklistRunner::recordGeneralHazard);
    connect(m_submitButton, &QPushButton::clicked, this, &ChecklistRunner::submit);
    connect(m_signButton, &QPushButton::clicked, this, [this] { Q_EMIT signRequested(m_inspectionId); });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &index) {
        int item = m_model->itemIndex(index);
        if (item < 0 && index.isValid()) { // a section heading: its first item
            const QList<int> &items = m_model->checklist().sections.value(index.row()).items;
            if (!items.isEmpty()) {
                selectItem(items.constFirst());
                return;
            }
        }
        if (item < 0 || item == m_current)
            return;
        m_panel->commitNote();
        m_current = item;
        m_panel->showItem(&m_model->item(item));
    });
    connect(m_panel, &ChecklistItemPanel::answerRequested, this, &ChecklistRunner::answerCurrent);
    connect(m_panel, &ChecklistItemPanel::hazardRequested, this, &ChecklistRunner::recordItemHazard);
    connect(m_panel, &ChecklistItemPanel::returnRequested, this, [this] { m_tree->setFocus(Qt::ShortcutFocusReason); });
    connect(m_panel, &ChecklistItemPanel::noteEdited, this, [this](const QString &code, const QString &note) {
        const int i = m_model->itemIndex(code);
        if (i < 0)
            return;
        const ChecklistItem &item = m_model->item(i);
        if (item.result.isEmpty()) {
            showMessage(tr("Answer the item first (P, F or N): a note belongs to an answer."), true);
            return;
        }
        pushAnswer(i, {item.result, note, item.deduction}, Note);
    });
    connect(m_panel, &ChecklistItemPanel::deductionChosen, this, [this](const QString &code, double points) {
        const int i = m_model->itemIndex(code);
        if (i < 0)
            return;
        const ChecklistItem &item = m_model->item(i);
        points = std::clamp(points, 0.0, item.points);
        if (points == item.deduction)
            return;
        // Points taken off mean the item failed; a deduction on an unanswered, passed or not applicable item fails it.
        QString result = item.result;
        if (points > 0 && result != u"fail"_s)
            result = u"fail"_s;
        if (result.isEmpty()) {
            showMessage(tr("Answer the item first (P, F or N)."), true);
            return;
        }
        pushAnswer(i, {result, item.note, points}, Deduction);
    });
}

HazardFormDialog *ChecklistRunner::hazardForm() const
{
    return m_hazardForm && m_hazardForm->isVisible() ? m_hazardForm.data() : nullptr;
}

QWidget *ChecklistRunner::photoArea() const
{
    return m_panel->photoArea();
}

void ChecklistRunner::onLoaded()
{
    const ChecklistData &checklist = m_model->checklist();
    m_order.clear();
    for (const ChecklistSection &section : checklist.sections)
        m_order.append(section.items);
    m_tree->expandAll();
    const Inspection &inspection = checklist.inspection;
    m_status = inspection.status;
    m_headerLabel->setText(
        tr("%1 · %2 · %3 · inspectors %4")
            .arg(checklist.projectName, DomainLabels::inspectionKind(inspection.kind, inspection.round),
                inspection.startedAt.toLocalTime().date().toString(Qt::ISODate), inspection.inspectors.join(u"、"_s)));
    m_current = -1;
    const int first = m_model->firstUnanswered();
    if (!m_order.isEmpty())
        selectItem(first >= 0 ? first : m_order.constFirst());
    m_panel->setReadOnly(isReadOnly());
    refreshStatus();
    if (isReadOnly())
        showMessage(tr("This inspection is signed and can no longer be changed. To correct it, make an amendment."));
    m_tree->setFocus(Qt::OtherFocusReason);
    Q_EMIT loaded();
}

bool ChecklistRunner::isReadOnly() const
{
    return m_status == u"signed"_s;
}

QString ChecklistRunner::progressText() const
{
    return tr("%1 / %2 answered").arg(m_model->answeredCount()).arg(m_model->itemCount());
}

QString ChecklistRunner::messageText() const
{
    return m_messageLabel->text();
}

void ChecklistRunner::refreshStatus()
{
    m_progressLabel->setText(progressText() + u" · "_s + DomainLabels::inspectionStatus(m_status));
    m_score->rescore(m_model->marks(), m_model->sheetCodes());
    m_submitButton->setEnabled(m_status == u"draft"_s);
    m_generalHazardButton->setEnabled(!isReadOnly());
}

void ChecklistRunner::showMessage(const QString &message, bool isError)
{
    m_messageLabel->setText(message);
    m_messageLabel->setStyleSheet(isError ? u"color: #b02020;"_s : QString());
}

QString ChecklistRunner::actor() const
{
    // The audit log names who edited: the signed-in account, else the operating-system user.
    if (SyncController *sync = m_session.syncController(); sync && !sync->profile().userName.isEmpty())
        return sync->profile().userName;
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? u"local"_s : user;
}

void ChecklistRunner::selectItem(int itemIndex)
{
    const QModelIndex index = m_model->indexOfItem(itemIndex);
    if (!index.isValid())
        return;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
}

void ChecklistRunner::moveBy(int step)
{
    if (m_order.isEmpty())
        return;
    const int position = std::clamp(int(m_order.indexOf(m_current)) + step, 0, int(m_order.size()) - 1);
    selectItem(m_order.at(position));
}

void ChecklistRunner::pushAnswer(int itemIndex, const AnswerState &after, int kind)
{
    const ChecklistItem &item = m_model->item(itemIndex);
    const AnswerState before {item.result, item.note, item.deduction};
    AnswerTarget target;
    target.database = &m_session.store().database();
    target.inspectionId = m_inspectionId;
    target.actor = actor();
    DataFolderSession *session = &m_session;
    target.timeTrust = [session] { return session->timeTrust(); };
    // The stack outlives the runner: a later undo from the Edit menu still writes, and tells a runner still open.
    QPointer<ChecklistRunner> self(this);
    target.changed = [self](const QString &code, const AnswerState &state, const Status &status) {
        if (!self)
            return;
        if (!status) {
            self->showMessage(status.error().message, true);
            return;
        }
        self->m_model->setAnswer(code, state.result, state.note, state.deduction);
        const int i = self->m_model->itemIndex(code);
        if (i == self->m_current)
            self->m_panel->showItem(&self->m_model->item(i));
        else
            self->selectItem(i);
        self->showMessage(state.result.isEmpty() ? tr("%1: answer withdrawn").arg(code)
                                                 : tr("%1: %2").arg(code, ChecklistModel::resultLabel(state.result)));
    };
    const QString code = item.code;
    QUndoCommand *command = nullptr;
    if (kind == Note)
        command = new NoteCommand(std::move(target), code, before, after);
    else if (kind == Deduction)
        command = new DeductionCommand(std::move(target), code, before, after);
    else
        command = new AnswerItemCommand(std::move(target), code, before, after);
    m_session.undoStack()->push(command);
}

void ChecklistRunner::answerCurrent(const QString &result)
{
    if (m_current < 0)
        return;
    if (isReadOnly()) {
        showMessage(
            tr("This inspection is signed and can no longer be changed. To correct it, make an amendment."), true);
        return;
    }
    const ChecklistItem &item = m_model->item(m_current);
    const QString previous = item.result;
    if (previous != result) {
        // A pass or not applicable takes nothing off; a fail keeps the points already deducted.
        const double deduction = result == u"fail"_s ? item.deduction : 0;
        pushAnswer(m_current, {result, item.note, deduction}, Answer);
        if (m_model->item(m_current).result != result)
            return; // refused: the message says why
    }
    if (result != u"fail"_s) {
        moveBy(1);
        return;
    }
    if (previous == result && item.isCriterion)
        return; // failed already: H records another hazard if one is needed
    if (m_model->item(m_current).isCriterion)
        recordItemHazard();
    else
        showMessage(tr("%1 failed: deduct points in the panel, or press H to record a general hazard.")
                        .arg(m_model->item(m_current).code));
}

void ChecklistRunner::recordItemHazard()
{
    if (m_current < 0 || isReadOnly())
        return;
    const ChecklistItem &item = m_model->item(m_current);
    openHazardForm(HazardPrefill::forItem(m_model->checklist(), item, m_session.today()),
        HazardPrefill::basisLabel(m_model->checklist(), item), item.isUncertain);
}

void ChecklistRunner::recordGeneralHazard()
{
    if (!m_model->isLoaded() || isReadOnly())
        return;
    openHazardForm(HazardPrefill::general(m_model->checklist(), m_session.today()), QString(), false);
}

void ChecklistRunner::openHazardForm(const Hazard &prefill, const QString &basisLabel, bool isUncertain)
{
    if (m_hazardForm && m_hazardForm->isVisible()) {
        m_hazardForm->raise();
        return;
    }
    auto *form = new HazardFormDialog(prefill, basisLabel, isUncertain, m_model->checklist().parties, this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    m_hazardForm = form;
    connect(form, &QDialog::accepted, this, [this, form] {
        Hazard hazard = form->hazard();
        hazard.timeTrust = m_session.timeTrust();
        hazard.foundAt = m_session.now();
        QPointer<ChecklistRunner> self(this);
        auto *command = new RecordHazardCommand(
            m_session.store().database(), hazard, actor(), [self](const QString &hazardId, const Status &status) {
                if (!self)
                    return;
                if (!status) {
                    self->showMessage(status.error().message, true);
                    return;
                }
                self->showMessage(tr("Hazard recorded."));
                Q_EMIT self->hazardRecorded(hazardId);
            });
        m_session.undoStack()->push(command);
    });
    connect(form, &QDialog::finished, this, [this] { m_tree->setFocus(Qt::OtherFocusReason); });
    form->open();
    Q_EMIT hazardFormOpened(form);
}

bool ChecklistRunner::submit()
{
    if (m_status != u"draft"_s)
        return false;
    m_panel->commitNote();
    const int unanswered = m_model->itemCount() - m_model->answeredCount();
    if (unanswered > 0) {
        const auto answer = QMessageBox::question(this, tr("Submit inspection"),
            tr("%n item(s) are not answered yet. Submit the inspection anyway?", nullptr, unanswered),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return false;
    }
    Status status = InspectionRepository(m_session.store().connection()).submit(m_inspectionId, actor());
    if (!status) {
        showMessage(status.error().message, true);
        return false;
    }
    m_status = u"submitted"_s;
    refreshStatus();
    showMessage(tr("Inspection submitted. It can be signed now."));
    Q_EMIT submitted(m_inspectionId);
    return true;
}

bool ChecklistRunner::handleListKey(QKeyEvent *key)
{
    if (key->matches(QKeySequence::Undo)) {
        m_session.undoStack()->undo();
        return true;
    }
    if (key->matches(QKeySequence::Redo)) {
        m_session.undoStack()->redo();
        return true;
    }
    const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
    if (modifiers != Qt::NoModifier)
        return false;
    switch (key->key()) {
    case Qt::Key_P:
        answerCurrent(u"pass"_s);
        return true;
    case Qt::Key_F:
        answerCurrent(u"fail"_s);
        return true;
    case Qt::Key_N:
        answerCurrent(u"not_applicable"_s);
        return true;
    case Qt::Key_J:
    case Qt::Key_Down:
        moveBy(1);
        return true;
    case Qt::Key_K:
    case Qt::Key_Up:
        moveBy(-1);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        m_panel->focusNote();
        return true;
    case Qt::Key_H:
        recordItemHazard();
        return true;
    case Qt::Key_G:
        recordGeneralHazard();
        return true;
    default:
        return false;
    }
}

bool ChecklistRunner::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tree && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (event->type() == QEvent::ShortcutOverride) {
            // The list's own keys win over window shortcuts (the main window's Edit menu has Ctrl+Z too).
            static const QList<int> keys {Qt::Key_P, Qt::Key_F, Qt::Key_N, Qt::Key_J, Qt::Key_K, Qt::Key_H, Qt::Key_G};
            if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)
                || (keys.contains(key->key()) && key->modifiers() == Qt::NoModifier)) {
                event->accept();
                return true;
            }
            return false;
        }
        return handleListKey(key);
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace sitesafe
