#include "conflictdialog.h"

#include <QPushButton>
#include <QUndoStack>

#include "commands/resolveconflictcommand.h"
#include "core/domainlabels.h"
#include "models/synclabels.h"
#include "ui_conflictdialog.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

ConflictDialog::ConflictDialog(ConflictRecord conflict, Target target, QWidget *parent)
    : QDialog(parent),
      m_ui(std::make_unique<Ui::ConflictDialog>()),
      m_conflict(std::move(conflict)),
      m_target(std::move(target))
{
    m_ui->setupUi(this);
    const QString entity = SyncLabels::entity(m_conflict.entity);
    const QString title = m_conflict.recordTitle.isEmpty() ? m_conflict.entityId : m_conflict.recordTitle;
    QString record = tr("<b>%1</b>: %2").arg(entity.toHtmlEscaped(), title.toHtmlEscaped());
    if (!m_conflict.projectName.isEmpty())
        record += u"<br>"_s + tr("Project: %1").arg(m_conflict.projectName.toHtmlEscaped());
    m_ui->recordLabel->setText(record);
    const QString field = SyncLabels::field(m_conflict.entity, m_conflict.field);
    m_ui->explanationLabel->setText(
        tr("“%1” was changed on this computer and on the server since the last sync (found %2). The server's "
           "value is in effect until you choose.")
            .arg(field, DomainLabels::localDateTime(m_conflict.detectedAt)));
    const auto show = [this](const QVariant &value) {
        return SyncLabels::value(m_conflict.entity, m_conflict.field, value);
    };
    m_ui->baseValueLabel->setText(show(m_conflict.baseValue));
    m_ui->yoursValueLabel->setText(show(m_conflict.localValue));
    m_ui->serversValueLabel->setText(show(m_conflict.serverValue));
    m_ui->editLine->setText(m_conflict.localValue.toString());
    m_ui->editLine->setEnabled(false);
    m_ui->errorLabel->setStyleSheet(u"color: #c62828"_s);
    m_ui->errorLabel->hide();

    connect(m_ui->editRadio, &QRadioButton::toggled, this, [this](bool on) {
        m_ui->editLine->setEnabled(on);
        if (on) {
            m_ui->editLine->setFocus();
            m_ui->editLine->selectAll();
        }
    });
    for (QRadioButton *radio : {m_ui->keepMineRadio, m_ui->keepServersRadio, m_ui->editRadio})
        connect(radio, &QRadioButton::toggled, this, &ConflictDialog::updateButtons);
    connect(m_ui->editLine, &QLineEdit::textChanged, this, &ConflictDialog::updateButtons);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ConflictDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ConflictDialog::reject);
    m_ui->keepMineRadio->setFocus();
    updateButtons();
}

ConflictDialog::~ConflictDialog() = default;

std::optional<ConflictRepository::Choice> ConflictDialog::choice() const
{
    if (m_ui->keepMineRadio->isChecked())
        return ConflictRepository::Choice::Local;
    if (m_ui->keepServersRadio->isChecked())
        return ConflictRepository::Choice::Server;
    if (m_ui->editRadio->isChecked())
        return ConflictRepository::Choice::Edited;
    return std::nullopt;
}

QString ConflictDialog::editedValue() const
{
    return m_ui->editLine->text();
}

QString ConflictDialog::errorMessage() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

void ConflictDialog::updateButtons()
{
    // A choice must be made on purpose: nothing is preselected.
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(choice().has_value());
}

void ConflictDialog::accept()
{
    const std::optional<ConflictRepository::Choice> chosen = choice();
    if (!chosen || !m_target.undoStack)
        return;
    auto *command = new ResolveConflictCommand(*m_target.database, m_conflict, *chosen, editedValue(), m_target.actor,
                                               m_target.changed);
    const std::shared_ptr<const Status> status = command->lastStatus();
    m_target.undoStack->push(command); // runs redo(); a failed first redo is dropped by the stack
    if (!status->isOk()) {
        m_ui->errorLabel->setText(status->error().message);
        m_ui->errorLabel->show();
        return;
    }
    QDialog::accept();
}

} // namespace sitesafe
