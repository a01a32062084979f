#include "dangereventformdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#include "core/dangerkinds.h"
#include "ledgerrowsave.h"
#include "models/ledgerchoices.h"
#include "optionaldatetimeedit.h"
#include "projectchoicecombo.h"
#include "session/datafoldersession.h"
#include "storage/dangereventrepository.h"
#include "storage/datastore.h"
#include "views/inspectionspage.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
QPlainTextEdit *textEdit(const QString &name, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setMaximumHeight(60);
    edit->setTabChangesFocus(true);
    return edit;
}
} // namespace

DangerEventFormDialog::DangerEventFormDialog(DataFolderSession &session, const QString &eventId, QWidget *parent)
    : QDialog(parent), m_session(session)
{
    setWindowTitle(eventId.isEmpty() ? tr("New major dangerous situation") : tr("Major dangerous situation"));
    if (!eventId.isEmpty())
        m_original = DangerEventRepository(session.store().connection()).find(eventId).value_or(DangerEvent{});
    if (m_original.id.isEmpty())
        m_original.occurredAt = session.now();

    m_projectCombo = new ProjectChoiceCombo(session.store().connection(), this);
    m_occurredEdit = new QDateTimeEdit(this);
    m_occurredEdit->setObjectName(u"occurredEdit"_s);
    m_occurredEdit->setCalendarPopup(true);
    m_occurredEdit->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    m_occurredEdit->setTimeSpec(Qt::LocalTime);
    m_partEdit = new QLineEdit(this);
    m_partEdit->setObjectName(u"partEdit"_s);
    m_kindCombo = new QComboBox(this);
    m_kindCombo->setObjectName(u"kindCombo"_s);
    for (const QString &kind : DangerKinds::codes())
        m_kindCombo->addItem(DangerKinds::label(kind), kind);
    m_situationEdit = textEdit(u"situationEdit"_s, this);
    m_situationEdit->setPlaceholderText(tr("The works under way and the workers on site at the time"));
    m_descriptionEdit = textEdit(u"descriptionEdit"_s, this);
    m_impactEdit = textEdit(u"impactEdit"_s, this);
    m_impactEdit->setPlaceholderText(tr("Possible and actual harm: neighbouring buildings, pipes, roads"));
    m_evacuatedCheck = new QCheckBox(tr("Workers were evacuated"), this);
    m_evacuatedCheck->setObjectName(u"evacuatedCheck"_s);
    m_responseEdit = textEdit(u"responseEdit"_s, this);
    m_responseEdit->setPlaceholderText(tr("Emergency measures and their result"));
    m_reportedEdit = new OptionalDateTimeEdit(tr("Reported"), OptionalDateTimeEdit::Precision::Minute, this);
    m_reportedEdit->setObjectName(u"reportedEdit"_s);
    m_platformEdit = new OptionalDateTimeEdit(tr("Entered"), OptionalDateTimeEdit::Precision::Minute, this);
    m_platformEdit->setObjectName(u"platformEdit"_s);
    for (OptionalDateTimeEdit *edit : {m_reportedEdit, m_platformEdit})
        edit->setFallback(session.localNow());
    m_hazardCombo = new QComboBox(this);
    m_hazardCombo->setObjectName(u"hazardCombo"_s);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(u"errorLabel"_s);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(u"color: #b02020;"_s);
    m_errorLabel->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Project"), m_projectCombo);
    form->addRow(tr("&Occurred"), m_occurredEdit);
    form->addRow(tr("P&art of the works"), m_partEdit);
    form->addRow(tr("&Kind"), m_kindCombo);
    form->addRow(tr("&Situation on site"), m_situationEdit);
    form->addRow(tr("&What happened"), m_descriptionEdit);
    form->addRow(tr("&Impact"), m_impactEdit);
    form->addRow(QString(), m_evacuatedCheck);
    form->addRow(tr("&Response"), m_responseEdit);
    form->addRow(tr("Reported to the &bureau"), m_reportedEdit);
    form->addRow(tr("National p&latform"), m_platformEdit);
    form->addRow(tr("&Hazard"), m_hazardCombo);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &DangerEventFormDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DangerEventFormDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);

    const DangerEvent &e = m_original;
    m_projectCombo->setProjectId(e.projectId);
    loadHazards();
    m_hazardCombo->setCurrentIndex(qMax(0, m_hazardCombo->findData(e.hazardId)));
    m_occurredEdit->setDateTime(e.occurredAt.toLocalTime());
    m_partEdit->setText(e.part);
    m_kindCombo->setCurrentIndex(qMax(0, m_kindCombo->findData(e.kind)));
    m_situationEdit->setPlainText(e.siteSituation);
    m_descriptionEdit->setPlainText(e.description);
    m_impactEdit->setPlainText(e.impact);
    m_evacuatedCheck->setChecked(e.evacuated);
    m_responseEdit->setPlainText(e.response);
    m_reportedEdit->setDateTime(e.reportedAt);
    m_platformEdit->setDateTime(e.platformReportedAt);
    connect(m_projectCombo, &QComboBox::currentIndexChanged, this, &DangerEventFormDialog::loadHazards);
    resize(620, sizeHint().height());
}

void DangerEventFormDialog::loadHazards()
{
    m_hazardCombo->clear();
    m_hazardCombo->addItem(tr("— none —"), QString());
    const QString projectId = m_projectCombo->projectId();
    if (projectId.isEmpty())
        return;
    for (const auto &c : LedgerChoices::parties(m_session.store().connection(), projectId).hazards)
        m_hazardCombo->addItem(c.label, c.id);
}

DangerEvent DangerEventFormDialog::dangerEvent() const
{
    DangerEvent e = m_original;
    e.projectId = m_projectCombo->projectId();
    QDateTime occurred = m_occurredEdit->dateTime();
    occurred.setTime(QTime(occurred.time().hour(), occurred.time().minute()));
    // The minute shown is what is stored; an untouched time keeps its seconds.
    const qint64 shift = m_original.occurredAt.isValid() ? m_original.occurredAt.secsTo(occurred.toUTC()) : 1;
    e.occurredAt = shift <= 0 && shift > -60 ? m_original.occurredAt : occurred.toUTC();
    e.part = m_partEdit->text().trimmed();
    e.kind = m_kindCombo->currentData().toString();
    e.siteSituation = m_situationEdit->toPlainText().trimmed();
    e.description = m_descriptionEdit->toPlainText().trimmed();
    e.impact = m_impactEdit->toPlainText().trimmed();
    e.evacuated = m_evacuatedCheck->isChecked();
    e.response = m_responseEdit->toPlainText().trimmed();
    e.reportedAt = m_reportedEdit->dateTime();
    e.platformReportedAt = m_platformEdit->dateTime();
    e.hazardId = m_hazardCombo->currentData().toString();
    return e;
}

QString DangerEventFormDialog::errorText() const
{
    return m_errorLabel->isVisible() ? m_errorLabel->text() : QString();
}

void DangerEventFormDialog::accept()
{
    DangerEventRepository repo(m_session.store().connection());
    const Status status = saveLedgerRow(repo, dangerEvent(), InspectionsPage::actor(m_session), &m_savedId);
    m_errorLabel->setText(status ? QString() : status.error().message);
    m_errorLabel->setVisible(!status);
    if (status)
        QDialog::accept();
}

} // namespace sitesafe
