#include "enforcementformdialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QVBoxLayout>

#include "core/enforcementkinds.h"
#include "core/violationtypes.h"
#include "ledgerrowsave.h"
#include "models/ledgerchoices.h"
#include "projectchoicecombo.h"
#include "session/datafoldersession.h"
#include "storage/datastore.h"
#include "storage/enforcementrepository.h"
#include "views/inspectionspage.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
QLabel *noteLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(u"color: #555;"_s);
    return label;
}
} // namespace

EnforcementFormDialog::EnforcementFormDialog(DataFolderSession &session, const QString &actionId,
                                             const QString &projectId, QWidget *parent)
    : QDialog(parent), m_session(session)
{
    setWindowTitle(actionId.isEmpty() ? tr("New enforcement action") : tr("Enforcement action"));
    EnforcementRepository repo(session.store().connection());
    if (!actionId.isEmpty())
        m_original = repo.find(actionId).value_or(EnforcementAction{});
    if (m_original.id.isEmpty()) {
        m_original.projectId = projectId;
        m_original.decidedOn = session.today();
    }

    m_projectCombo = new ProjectChoiceCombo(session.store().connection(), this);
    m_enterpriseCombo = new QComboBox(this);
    m_enterpriseCombo->setObjectName(u"enterpriseCombo"_s);
    m_personCombo = new QComboBox(this);
    m_personCombo->setObjectName(u"personCombo"_s);
    m_hazardList = new QListWidget(this);
    m_hazardList->setObjectName(u"hazardList"_s);
    m_hazardList->setMaximumHeight(110);
    m_kindCombo = new QComboBox(this);
    m_kindCombo->setObjectName(u"kindCombo"_s);
    for (const QString &kind : EnforcementKinds::codes())
        m_kindCombo->addItem(EnforcementKinds::label(kind), kind);
    m_kindNote = noteLabel(this);
    m_violationCombo = new QComboBox(this);
    m_violationCombo->setObjectName(u"violationCombo"_s);
    m_violationCombo->addItem(tr("— none —"), QString());
    // Group headings as disabled entries, so the list reads like the monthly report's categories.
    auto *violationModel = qobject_cast<QStandardItemModel *>(m_violationCombo->model());
    for (const QString &group : ViolationTypes::groups()) {
        m_violationCombo->addItem(ViolationTypes::groupLabel(group), QString());
        if (violationModel)
            violationModel->item(m_violationCombo->count() - 1)->setEnabled(false);
        for (const QString &code : ViolationTypes::codesInGroup(group))
            m_violationCombo->addItem(u"    "_s + ViolationTypes::label(code), code);
    }
    m_violationNote = noteLabel(this);
    m_documentEdit = new QLineEdit(this);
    m_documentEdit->setObjectName(u"documentEdit"_s);
    m_documentEdit->setPlaceholderText(tr("e.g. 海口建罚决字〔2026〕12号"));
    m_amountSpin = new QDoubleSpinBox(this);
    m_amountSpin->setObjectName(u"amountSpin"_s);
    m_amountSpin->setRange(0, 100000);
    m_amountSpin->setDecimals(2);
    m_amountSpin->setSuffix(tr(" × 10,000 yuan"));
    m_pointsSpin = new QSpinBox(this);
    m_pointsSpin->setObjectName(u"pointsSpin"_s);
    m_pointsSpin->setRange(0, 100);
    m_decidedEdit = new QDateEdit(this);
    m_decidedEdit->setObjectName(u"decidedEdit"_s);
    m_decidedEdit->setCalendarPopup(true);
    m_decidedEdit->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_decidedByEdit = new QLineEdit(this);
    m_decidedByEdit->setObjectName(u"decidedByEdit"_s);
    m_decidedByEdit->setPlaceholderText(tr("The deciding authority or official"));
    m_noteEdit = new QPlainTextEdit(this);
    m_noteEdit->setObjectName(u"noteEdit"_s);
    m_noteEdit->setMaximumHeight(70);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(u"errorLabel"_s);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(u"color: #b02020;"_s);
    m_errorLabel->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Project"), m_projectCombo);
    form->addRow(tr("&Enterprise"), m_enterpriseCombo);
    form->addRow(tr("Pe&rson"), m_personCombo);
    form->addRow(tr("&Hazards answered"), m_hazardList);
    form->addRow(tr("&Action"), m_kindCombo);
    form->addRow(QString(), m_kindNote);
    form->addRow(tr("&Violation"), m_violationCombo);
    form->addRow(QString(), m_violationNote);
    form->addRow(tr("Document &no."), m_documentEdit);
    form->addRow(tr("A&mount"), m_amountSpin);
    form->addRow(tr("Points &deducted"), m_pointsSpin);
    form->addRow(tr("Decided &on"), m_decidedEdit);
    form->addRow(tr("Decided &by"), m_decidedByEdit);
    form->addRow(tr("No&te"), m_noteEdit);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &EnforcementFormDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &EnforcementFormDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);

    const EnforcementAction &a = m_original;
    m_projectCombo->setProjectId(a.projectId);
    loadParties();
    m_enterpriseCombo->setCurrentIndex(qMax(0, m_enterpriseCombo->findData(a.enterpriseId)));
    m_personCombo->setCurrentIndex(qMax(0, m_personCombo->findData(a.personId)));
    for (int i = 0; i < m_hazardList->count(); ++i) {
        QListWidgetItem *item = m_hazardList->item(i);
        item->setCheckState(a.hazardIds.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    if (!a.kind.isEmpty())
        m_kindCombo->setCurrentIndex(qMax(0, m_kindCombo->findData(a.kind)));
    m_violationCombo->setCurrentIndex(qMax(0, m_violationCombo->findData(a.violationCode)));
    m_documentEdit->setText(a.documentNo);
    m_amountSpin->setValue(a.amount);
    m_pointsSpin->setValue(a.points);
    m_decidedEdit->setDate(a.decidedOn.isValid() ? a.decidedOn : session.today());
    m_decidedByEdit->setText(a.decidedBy);
    m_noteEdit->setPlainText(a.note);
    updateKind();
    updateViolationNote();

    connect(m_projectCombo, &QComboBox::currentIndexChanged, this, &EnforcementFormDialog::loadParties);
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, &EnforcementFormDialog::updateKind);
    connect(m_violationCombo, &QComboBox::currentIndexChanged, this, &EnforcementFormDialog::updateViolationNote);
    resize(640, sizeHint().height());
}

void EnforcementFormDialog::loadParties()
{
    const QString projectId = m_projectCombo->projectId();
    const LedgerChoices::Parties parties = projectId.isEmpty()
                                               ? LedgerChoices::Parties{}
                                               : LedgerChoices::parties(m_session.store().connection(), projectId);
    m_enterpriseCombo->clear();
    m_enterpriseCombo->addItem(tr("— none —"), QString());
    for (const auto &c : parties.enterprises)
        m_enterpriseCombo->addItem(c.label, c.id);
    m_personCombo->clear();
    m_personCombo->addItem(tr("— none —"), QString());
    for (const auto &c : parties.people)
        m_personCombo->addItem(c.label, c.id);
    m_hazardList->clear();
    for (const auto &c : parties.hazards) {
        auto *item = new QListWidgetItem(c.label, m_hazardList);
        item->setData(Qt::UserRole, c.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
}

void EnforcementFormDialog::updateKind()
{
    const QString kind = m_kindCombo->currentData().toString();
    m_amountSpin->setEnabled(EnforcementKinds::needsAmount(kind));
    m_pointsSpin->setEnabled(EnforcementKinds::needsPoints(kind));
    const QString note = EnforcementKinds::note(kind);
    m_kindNote->setText(note);
    m_kindNote->setVisible(!note.isEmpty());
}

void EnforcementFormDialog::updateViolationNote()
{
    const QString note = ViolationTypes::legalNote(m_violationCombo->currentData().toString());
    m_violationNote->setText(note);
    m_violationNote->setVisible(!note.isEmpty());
}

EnforcementAction EnforcementFormDialog::action() const
{
    EnforcementAction a = m_original;
    a.projectId = m_projectCombo->projectId();
    a.enterpriseId = m_enterpriseCombo->currentData().toString();
    a.personId = m_personCombo->currentData().toString();
    a.hazardIds.clear();
    for (int i = 0; i < m_hazardList->count(); ++i)
        if (m_hazardList->item(i)->checkState() == Qt::Checked)
            a.hazardIds << m_hazardList->item(i)->data(Qt::UserRole).toString();
    a.hazardId = a.hazardIds.value(0);
    a.kind = m_kindCombo->currentData().toString();
    a.violationCode = m_violationCombo->currentData().toString();
    a.documentNo = m_documentEdit->text().trimmed();
    // Only the kinds that carry them keep an amount or points; a stale value of another kind is dropped.
    a.amount = m_amountSpin->isEnabled() ? m_amountSpin->value() : 0;
    a.points = m_pointsSpin->isEnabled() ? m_pointsSpin->value() : 0;
    a.decidedOn = m_decidedEdit->date();
    a.decidedBy = m_decidedByEdit->text().trimmed();
    a.note = m_noteEdit->toPlainText().trimmed();
    if (a.id.isEmpty())
        a.timeTrust = m_session.timeTrust();
    return a;
}

QString EnforcementFormDialog::errorText() const
{
    return m_errorLabel->isVisible() ? m_errorLabel->text() : QString();
}

void EnforcementFormDialog::accept()
{
    EnforcementRepository repo(m_session.store().connection());
    const Status status = saveLedgerRow(repo, action(), InspectionsPage::actor(m_session), &m_savedId);
    m_errorLabel->setText(status ? QString() : status.error().message);
    m_errorLabel->setVisible(!status);
    if (status)
        QDialog::accept();
}

} // namespace sitesafe
