#include "hazardformdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/domainlabels.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
const QStringList kMeasures {u"immediate"_s, u"deadline"_s, u"partial_stop"_s, u"full_stop"_s, u"evacuate"_s};
}

HazardFormDialog::HazardFormDialog(Hazard prefill, const QString &basisLabel, bool isBasisUncertain,
    const QList<ResponsibleParty> &parties, QWidget *parent)
    : QDialog(parent)
    , m_prefill(std::move(prefill))
{
    setObjectName(u"hazardFormDialog"_s);
    const bool isCriterion = !m_prefill.criteriaItem.isEmpty();
    setWindowTitle(isCriterion ? tr("Major hazard") : tr("General hazard"));
    auto *form = new QFormLayout;

    if (isCriterion) {
        auto *basis = new QLabel(basisLabel, this);
        basis->setObjectName(u"basisLabel"_s);
        basis->setWordWrap(true);
        basis->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(tr("Legal basis:"), basis);
        if (isBasisUncertain) {
            auto *uncertain = new QLabel(tr("⚠ The wording of this item is not verified against the official text: "
                                            "check it before the notice is issued."),
                this);
            uncertain->setObjectName(u"uncertainLabel"_s);
            uncertain->setWordWrap(true);
            uncertain->setStyleSheet(u"color: #9a6700;"_s);
            form->addRow(QString(), uncertain);
        }
    } else {
        m_basisEdit = new QLineEdit(m_prefill.basisText, this);
        m_basisEdit->setObjectName(u"basisEdit"_s);
        m_basisEdit->setPlaceholderText(tr("Standard and clause, e.g. JGJ 59-2011 表B.14 配电箱与开关箱"));
        form->addRow(tr("&Basis:"), m_basisEdit);
    }

    m_majorCheck = new QCheckBox(tr("Major hazard (重大事故隐患)"), this);
    m_majorCheck->setObjectName(u"majorCheck"_s);
    m_majorCheck->setChecked(m_prefill.isMajor);
    m_majorCheck->setEnabled(false); // judged by the basis: criteria items are major, everything else general
    form->addRow(tr("Level:"), m_majorCheck);

    m_descriptionEdit = new QPlainTextEdit(m_prefill.description, this);
    m_descriptionEdit->setObjectName(u"descriptionEdit"_s);
    m_descriptionEdit->setTabChangesFocus(true);
    m_descriptionEdit->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_descriptionEdit->setMaximumHeight(90);
    form->addRow(tr("&Description:"), m_descriptionEdit);

    m_locationEdit = new QLineEdit(m_prefill.location, this);
    m_locationEdit->setObjectName(u"locationEdit"_s);
    m_locationEdit->setPlaceholderText(tr("Where on site, e.g. 3# 塔吊, 基坑北侧"));
    form->addRow(tr("&Location:"), m_locationEdit);

    m_measureCombo = new QComboBox(this);
    m_measureCombo->setObjectName(u"measureCombo"_s);
    for (const QString &code : kMeasures)
        m_measureCombo->addItem(DomainLabels::measure(code), code);
    m_measureCombo->setCurrentIndex(std::max(0, int(kMeasures.indexOf(m_prefill.measure))));
    form->addRow(tr("&Measure:"), m_measureCombo);

    m_deadlineEdit = new QDateEdit(m_prefill.deadline, this);
    m_deadlineEdit->setObjectName(u"deadlineEdit"_s);
    m_deadlineEdit->setCalendarPopup(true);
    m_deadlineEdit->setDisplayFormat(u"yyyy-MM-dd"_s);
    form->addRow(tr("D&eadline:"), m_deadlineEdit);

    m_enterpriseCombo = new QComboBox(this);
    m_enterpriseCombo->setObjectName(u"enterpriseCombo"_s);
    for (const ResponsibleParty &party : parties)
        m_enterpriseCombo->addItem(
            u"%1 (%2)"_s.arg(party.enterpriseName, DomainLabels::participantRole(party.role)), party.enterpriseId);
    m_enterpriseCombo->setCurrentIndex(std::max(0, m_enterpriseCombo->findData(m_prefill.responsibleEnterpriseId)));
    form->addRow(tr("Responsible &enterprise:"), m_enterpriseCombo);

    m_personEdit = new QLineEdit(m_prefill.responsiblePerson, this);
    m_personEdit->setObjectName(u"personEdit"_s);
    form->addRow(tr("Responsible &person:"), m_personEdit);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(u"errorLabel"_s);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(u"color: #b02020;"_s);
    m_errorLabel->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("Record hazard"));
    connect(buttons, &QDialogButtonBox::accepted, this, &HazardFormDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &HazardFormDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);
    resize(640, sizeHint().height());
    m_descriptionEdit->setFocus();
}

Hazard HazardFormDialog::hazard() const
{
    Hazard h = m_prefill;
    if (m_basisEdit)
        h.basisText = m_basisEdit->text().trimmed();
    h.description = m_descriptionEdit->toPlainText().trimmed();
    h.location = m_locationEdit->text().trimmed();
    h.measure = m_measureCombo->currentData().toString();
    h.deadline = m_deadlineEdit->date();
    h.responsibleEnterpriseId = m_enterpriseCombo->currentData().toString();
    h.responsiblePerson = m_personEdit->text().trimmed();
    return h;
}

QString HazardFormDialog::problem() const
{
    const Hazard h = hazard();
    if (h.criteriaItem.isEmpty() && h.basisText.isEmpty())
        return tr("State the basis of this hazard: the standard and clause it breaks.");
    if (h.description.isEmpty())
        return tr("Describe what was found, so the contractor knows what to rectify.");
    if (h.responsibleEnterpriseId.isEmpty())
        return tr("Choose the enterprise responsible for the rectification.");
    return {};
}

void HazardFormDialog::accept()
{
    const QString why = problem();
    m_errorLabel->setText(why);
    m_errorLabel->setVisible(!why.isEmpty());
    if (why.isEmpty())
        QDialog::accept();
}

} // namespace sitesafe
