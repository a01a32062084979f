#include "inspectiondetailspage.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStringListModel>
#include <QVBoxLayout>

#include "core/domainlabels.h"
#include "models/inspectionchoices.h"
#include "models/sqlworker.h"
#include "storage/inspectionrepository.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

InspectionDetailsPage::InspectionDetailsPage(SqlWorker &worker, QDate today, const QString &actor, QWidget *parent)
    : QWizardPage(parent)
{
    setTitle(tr("Kind, date and inspectors"));
    setSubTitle(tr("What kind of inspection this is, when it takes place, and who carries it out."));

    m_kindCombo = new QComboBox(this);
    m_kindCombo->setObjectName(u"kindCombo"_s);
    m_kindCombo->addItem(tr("Full-coverage inspection"), u"round"_s);
    for (const QString &code : {u"special"_s, u"reinspection"_s, u"random"_s, u"supervision"_s})
        m_kindCombo->addItem(DomainLabels::inspectionKind(code, 0), code);
    m_roundCombo = new QComboBox(this);
    m_roundCombo->setObjectName(u"roundCombo"_s);
    m_roundCombo->addItem(tr("Round 1"), 1);
    m_roundCombo->addItem(tr("Round 2"), 2);
    m_dateEdit = new QDateEdit(today, this);
    m_dateEdit->setObjectName(u"dateEdit"_s);
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_dateEdit->setMaximumDate(today); // an inspection is recorded on the day or later, never ahead

    auto *ruleLabel = new QLabel(
        tr("The law requires every supervision inspection to be carried out by two or more law-enforcement "
           "officers: enter yourself and at least one colleague. You are listed first."),
        this);
    ruleLabel->setObjectName(u"ruleLabel"_s);
    ruleLabel->setWordWrap(true);
    m_inspectorList = new QListWidget(this);
    m_inspectorList->setObjectName(u"inspectorList"_s);
    m_inspectorList->setMaximumHeight(120);
    m_inspectorList->installEventFilter(this);
    m_inspectorEdit = new QLineEdit(this);
    m_inspectorEdit->setObjectName(u"inspectorEdit"_s);
    m_inspectorEdit->setPlaceholderText(tr("Name of another inspector, then Enter"));
    m_inspectorEdit->installEventFilter(this);
    auto *names = new QStringListModel(this);
    auto *completer = new QCompleter(names, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_inspectorEdit->setCompleter(completer);
    m_addButton = new QPushButton(tr("&Add"), this);
    m_addButton->setAutoDefault(false);
    m_removeButton = new QPushButton(tr("&Remove"), this);
    m_removeButton->setAutoDefault(false);
    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(u"problemLabel"_s);
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setStyleSheet(u"color: #c62828;"_s);

    auto *form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kindCombo);
    form->addRow(tr("R&ound:"), m_roundCombo);
    form->addRow(tr("&Date:"), m_dateEdit);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_inspectorEdit, 1);
    addRow->addWidget(m_addButton);
    addRow->addWidget(m_removeButton);
    auto *inspectorsLabel = new QLabel(tr("&Inspectors:"), this);
    inspectorsLabel->setBuddy(m_inspectorEdit);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addWidget(inspectorsLabel);
    layout->addWidget(ruleLabel);
    layout->addWidget(m_inspectorList);
    layout->addLayout(addRow);
    layout->addWidget(m_problemLabel);
    layout->addStretch(1);
    setTabOrder(m_kindCombo, m_roundCombo);
    setTabOrder(m_roundCombo, m_dateEdit);
    setTabOrder(m_dateEdit, m_inspectorEdit);

    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, &InspectionDetailsPage::update);
    connect(m_addButton, &QPushButton::clicked, this, [this] {
        addInspector(m_inspectorEdit->text());
        m_inspectorEdit->clear();
    });
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        delete m_inspectorList->currentItem();
        update();
    });
    addInspector(actor);
    worker.post<QStringList>(
        this, [](ReadConnection db) { return InspectionChoices::inspectorNames(db); },
        [names](QStringList seen) { names->setStringList(seen); });
    update();
}

InspectionDetailsPage::~InspectionDetailsPage() = default;

QString InspectionDetailsPage::kind() const
{
    return m_kindCombo->currentData().toString();
}

int InspectionDetailsPage::round() const
{
    return kind() == u"round" ? m_roundCombo->currentData().toInt() : 0;
}

QDate InspectionDetailsPage::date() const
{
    return m_dateEdit->date();
}

QStringList InspectionDetailsPage::inspectors() const
{
    QStringList out;
    for (int i = 0; i < m_inspectorList->count(); ++i)
        out.append(m_inspectorList->item(i)->text());
    return out;
}

void InspectionDetailsPage::addInspector(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (!trimmed.isEmpty() && !inspectors().contains(trimmed))
        m_inspectorList->addItem(trimmed);
    update();
}

QString InspectionDetailsPage::problem() const
{
    // The repository's own rule and words; project and checklists are the next pages' concern.
    Inspection draft;
    draft.projectId = u"-"_s;
    draft.kind = kind();
    draft.round = round();
    draft.inspectors = inspectors();
    draft.checklists = {u"-"_s};
    const Status status = InspectionRepository::validate(draft);
    return status ? QString() : status.error().message;
}

bool InspectionDetailsPage::isComplete() const
{
    return problem().isEmpty();
}

void InspectionDetailsPage::update()
{
    m_roundCombo->setEnabled(kind() == u"round");
    m_removeButton->setEnabled(m_inspectorList->count() > 0);
    const QString text = problem();
    m_problemLabel->setText(text);
    m_problemLabel->setVisible(!text.isEmpty());
    Q_EMIT completeChanged();
}

bool InspectionDetailsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWizardPage::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent *>(event)->key();
    // Enter in the name box adds the name instead of pressing Next: the wizard must not move on under a typing
    // inspector's hands.
    if (watched == m_inspectorEdit && (key == Qt::Key_Return || key == Qt::Key_Enter)
        && !m_inspectorEdit->text().trimmed().isEmpty()) {
        addInspector(m_inspectorEdit->text());
        m_inspectorEdit->clear();
        return true;
    }
    if (watched == m_inspectorList && key == Qt::Key_Delete && m_inspectorList->currentItem()) {
        delete m_inspectorList->currentItem();
        update();
        return true;
    }
    return QWizardPage::eventFilter(watched, event);
}

} // namespace sitesafe
