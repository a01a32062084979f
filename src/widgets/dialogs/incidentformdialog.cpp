#include "incidentformdialog.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

#include "core/accidentlevel.h"
#include "core/domainlabels.h"
#include "core/incidentdeadline.h"
#include "ledgerrowsave.h"
#include "optionaldatetimeedit.h"
#include "projectchoicecombo.h"
#include "session/datafoldersession.h"
#include "storage/datastore.h"
#include "storage/incidentrepository.h"
#include "views/inspectionspage.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
QPlainTextEdit *textEdit(const QString &name, int height, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setMaximumHeight(height);
    edit->setTabChangesFocus(true);
    return edit;
}

QSpinBox *countSpin(const QString &name, QWidget *parent)
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(name);
    spin->setRange(0, 999);
    return spin;
}
} // namespace

IncidentFormDialog::IncidentFormDialog(DataFolderSession &session, const QString &incidentId, QWidget *parent)
    : QDialog(parent), m_session(session)
{
    setWindowTitle(incidentId.isEmpty() ? tr("New incident") : tr("Incident"));
    if (!incidentId.isEmpty())
        m_original = IncidentRepository(session.store().connection()).find(incidentId).value_or(Incident{});
    if (m_original.id.isEmpty())
        m_original.occurredAt = session.now();

    m_projectCombo = new ProjectChoiceCombo(session.store().connection(), this);
    m_occurredEdit = new QDateTimeEdit(this);
    m_occurredEdit->setObjectName(u"occurredEdit"_s);
    m_occurredEdit->setCalendarPopup(true);
    m_occurredEdit->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    m_occurredEdit->setTimeSpec(Qt::LocalTime);
    m_locationEdit = new QLineEdit(this);
    m_locationEdit->setObjectName(u"locationEdit"_s);
    m_partEdit = new QLineEdit(this);
    m_partEdit->setObjectName(u"partEdit"_s);
    m_partEdit->setPlaceholderText(tr("Sub-works or dangerous-works category involved"));
    m_kindCombo = new QComboBox(this);
    m_kindCombo->setObjectName(u"kindCombo"_s);
    for (const QString &kind : {u"fall"_s, u"struck_by"_s, u"collapse"_s, u"lifting"_s, u"machinery"_s, u"electric"_s,
                                u"poisoning"_s, u"fire"_s, u"vehicle"_s, u"drowning"_s, u"other"_s})
        m_kindCombo->addItem(DomainLabels::incidentKind(kind), kind);
    m_deathsSpin = countSpin(u"deathsSpin"_s, this);
    m_seriousSpin = countSpin(u"seriousSpin"_s, this);
    m_minorSpin = countSpin(u"minorSpin"_s, this);
    m_missingSpin = countSpin(u"missingSpin"_s, this);
    m_lossSpin = new QDoubleSpinBox(this);
    m_lossSpin->setObjectName(u"lossSpin"_s);
    m_lossSpin->setRange(0, 1000000);
    m_lossSpin->setDecimals(1);
    m_lossSpin->setSuffix(tr(" × 10,000 yuan"));
    m_levelLabel = new QLabel(this);
    m_levelLabel->setObjectName(u"levelLabel"_s);
    m_fatalLabel = new QLabel(this);
    m_fatalLabel->setObjectName(u"fatalLabel"_s);
    m_fatalLabel->setWordWrap(true);
    m_fatalLabel->setStyleSheet(u"color: #b02020;"_s);
    m_summaryEdit = textEdit(u"summaryEdit"_s, 80, this);
    m_unitReportEdit = new OptionalDateTimeEdit(tr("Reported"), OptionalDateTimeEdit::Precision::Minute, this);
    m_unitReportEdit->setObjectName(u"unitReportEdit"_s);
    m_platformReportEdit = new OptionalDateTimeEdit(tr("Entered"), OptionalDateTimeEdit::Precision::Minute, this);
    m_platformReportEdit->setObjectName(u"platformReportEdit"_s);
    m_deadlineLabel = new QLabel(this);
    m_deadlineLabel->setObjectName(u"deadlineLabel"_s);
    m_responseEdit = textEdit(u"responseEdit"_s, 70, this);
    m_responseEdit->setPlaceholderText(tr("Plan started, who led it, measures taken and their result"));
    m_causeEdit = textEdit(u"causeEdit"_s, 60, this);
    m_investigationEdit = textEdit(u"investigationEdit"_s, 70, this);
    m_investigationEdit->setPlaceholderText(tr("Team, report, approval, decisions on units and people"));
    m_closedEdit = new OptionalDateTimeEdit(tr("Closed"), OptionalDateTimeEdit::Precision::Day, this);
    m_closedEdit->setObjectName(u"closedEdit"_s);
    for (OptionalDateTimeEdit *edit : {m_unitReportEdit, m_platformReportEdit, m_closedEdit})
        edit->setFallback(session.localNow());
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(u"errorLabel"_s);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(u"color: #b02020;"_s);
    m_errorLabel->hide();

    auto *casualties = new QHBoxLayout;
    for (const auto &[label, spin] : {std::pair{tr("Dead"), m_deathsSpin}, std::pair{tr("Seriously injured"), m_seriousSpin},
                                      std::pair{tr("Slightly injured"), m_minorSpin}, std::pair{tr("Missing"), m_missingSpin}}) {
        casualties->addWidget(new QLabel(label, this));
        casualties->addWidget(spin);
    }
    casualties->addStretch(1);

    auto *what = new QGroupBox(tr("The incident"), this);
    auto *left = new QFormLayout(what);
    left->addRow(tr("&Project"), m_projectCombo);
    left->addRow(tr("&Occurred"), m_occurredEdit);
    left->addRow(tr("&Location"), m_locationEdit);
    left->addRow(tr("P&art of the works"), m_partEdit);
    left->addRow(tr("&Kind"), m_kindCombo);
    left->addRow(tr("Casualties"), casualties);
    left->addRow(tr("Direct lo&ss"), m_lossSpin);
    left->addRow(tr("Level"), m_levelLabel);
    left->addRow(QString(), m_fatalLabel);
    left->addRow(tr("&What happened"), m_summaryEdit);

    auto *reports = new QGroupBox(tr("Reports and investigation"), this);
    auto *right = new QFormLayout(reports);
    right->addRow(tr("&Unit to bureau (1 h)"), m_unitReportEdit);
    right->addRow(tr("National plat&form (48 h)"), m_platformReportEdit);
    right->addRow(QString(), m_deadlineLabel);
    right->addRow(tr("&Emergency response"), m_responseEdit);
    right->addRow(tr("&Cause"), m_causeEdit);
    right->addRow(tr("&Investigation"), m_investigationEdit);
    right->addRow(tr("Investigation closed o&n"), m_closedEdit);

    auto *columns = new QHBoxLayout;
    columns->addWidget(what, 1);
    columns->addWidget(reports, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &IncidentFormDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &IncidentFormDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);

    const Incident &i = m_original;
    m_projectCombo->setProjectId(i.projectId);
    m_occurredEdit->setDateTime(i.occurredAt.toLocalTime());
    m_locationEdit->setText(i.location);
    m_partEdit->setText(i.part);
    m_kindCombo->setCurrentIndex(qMax(0, m_kindCombo->findData(i.kind)));
    m_deathsSpin->setValue(i.deaths);
    m_seriousSpin->setValue(i.seriousInjuries);
    m_minorSpin->setValue(i.minorInjuries);
    m_missingSpin->setValue(i.missing);
    m_lossSpin->setValue(i.directLoss);
    m_summaryEdit->setPlainText(i.summary);
    m_unitReportEdit->setDateTime(i.unitReportedAt);
    m_platformReportEdit->setDateTime(i.platformReportedAt);
    m_responseEdit->setPlainText(i.emergencyResponse);
    m_causeEdit->setPlainText(i.cause);
    m_investigationEdit->setPlainText(i.investigation);
    m_closedEdit->setDate(i.investigationClosedOn);
    updateDerived();

    for (QSpinBox *spin : {m_deathsSpin, m_seriousSpin, m_minorSpin, m_missingSpin})
        connect(spin, &QSpinBox::valueChanged, this, &IncidentFormDialog::updateDerived);
    connect(m_lossSpin, &QDoubleSpinBox::valueChanged, this, &IncidentFormDialog::updateDerived);
    connect(m_occurredEdit, &QDateTimeEdit::dateTimeChanged, this, &IncidentFormDialog::updateDerived);
    connect(m_unitReportEdit, &OptionalDateTimeEdit::changed, this, &IncidentFormDialog::updateDerived);
    connect(m_platformReportEdit, &OptionalDateTimeEdit::changed, this, &IncidentFormDialog::updateDerived);
}

void IncidentFormDialog::updateDerived()
{
    const Incident i = incident();
    m_levelLabel->setText(AccidentLevel::label(AccidentLevel::of(i.deaths, i.seriousInjuries, i.directLoss)));
    const QString fatal = IncidentRepository::fatalNote(i);
    m_fatalLabel->setText(fatal);
    m_fatalLabel->setVisible(!fatal.isEmpty());
    const IncidentDeadline deadline(i.occurredAt, i.platformReportedAt, i.unitReportedAt);
    const QDateTime now = m_session.now();
    QString text = deadline.statusText(now);
    if (deadline.isUnitReportLate(now))
        text += tr(" · unit's report later than 1 hour");
    m_deadlineLabel->setText(text);
    m_deadlineLabel->setStyleSheet(deadline.isLate(now) || deadline.isUnitReportLate(now) ? u"color: #c62828;"_s
                                                                                          : QString());
}

Incident IncidentFormDialog::incident() const
{
    Incident i = m_original;
    i.projectId = m_projectCombo->projectId();
    QDateTime occurred = m_occurredEdit->dateTime();
    occurred.setTime(QTime(occurred.time().hour(), occurred.time().minute()));
    // The minute shown is what is stored; an untouched time keeps its seconds.
    const qint64 shift = m_original.occurredAt.isValid() ? m_original.occurredAt.secsTo(occurred.toUTC()) : 1;
    i.occurredAt = shift <= 0 && shift > -60 ? m_original.occurredAt : occurred.toUTC();
    i.location = m_locationEdit->text().trimmed();
    i.part = m_partEdit->text().trimmed();
    i.kind = m_kindCombo->currentData().toString();
    i.deaths = m_deathsSpin->value();
    i.seriousInjuries = m_seriousSpin->value();
    i.minorInjuries = m_minorSpin->value();
    i.missing = m_missingSpin->value();
    i.directLoss = m_lossSpin->value();
    i.summary = m_summaryEdit->toPlainText().trimmed();
    i.unitReportedAt = m_unitReportEdit->dateTime();
    i.platformReportedAt = m_platformReportEdit->dateTime();
    i.emergencyResponse = m_responseEdit->toPlainText().trimmed();
    i.cause = m_causeEdit->toPlainText().trimmed();
    i.investigation = m_investigationEdit->toPlainText().trimmed();
    i.investigationClosedOn = m_closedEdit->date();
    return i;
}

QString IncidentFormDialog::errorText() const
{
    return m_errorLabel->isVisible() ? m_errorLabel->text() : QString();
}

QString IncidentFormDialog::deadlineText() const
{
    return m_deadlineLabel->text();
}

QString IncidentFormDialog::levelText() const
{
    return m_levelLabel->text();
}

QString IncidentFormDialog::fatalText() const
{
    return m_fatalLabel->isVisible() ? m_fatalLabel->text() : QString();
}

void IncidentFormDialog::accept()
{
    IncidentRepository repo(m_session.store().connection());
    const Status status = saveLedgerRow(repo, incident(), InspectionsPage::actor(m_session), &m_savedId);
    m_errorLabel->setText(status ? QString() : status.error().message);
    m_errorLabel->setVisible(!status);
    if (status)
        QDialog::accept();
}

} // namespace sitesafe
