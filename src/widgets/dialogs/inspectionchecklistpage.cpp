#include "inspectionchecklistpage.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

#include "core/checklistselection.h"
#include "core/scoresheetcatalog.h"
#include "inspectiondetailspage.h"
#include "inspectionprojectpage.h"
#include "models/sqlworker.h"
#include "newinspectionwizard.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
constexpr int kCodeRole = Qt::UserRole + 1;
}

InspectionChecklistPage::InspectionChecklistPage(SqlWorker &worker, QWidget *parent)
    : QWizardPage(parent), m_worker(worker)
{
    setTitle(tr("Checklists"));
    setSubTitle(tr("The criteria in force on the inspection date and the JGJ 59-2011 score sheets that apply to "
                   "this project are ticked. Space ticks or unticks the highlighted one."));
    setFinalPage(true);
    m_editionLabel = new QLabel(this);
    m_editionLabel->setObjectName(u"editionLabel"_s);
    m_editionLabel->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(u"checklistList"_s);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(u"errorLabel"_s);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(u"color: #c62828;"_s);
    m_errorLabel->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_editionLabel);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_errorLabel);
    connect(m_list, &QListWidget::itemChanged, this, &InspectionChecklistPage::completeChanged);
}

InspectionChecklistPage::~InspectionChecklistPage() = default;

void InspectionChecklistPage::initializePage()
{
    auto *w = qobject_cast<NewInspectionWizard *>(wizard());
    if (!w)
        return;
    m_isReady = false;
    m_errorLabel->hide();
    m_list->clear();
    m_editionLabel->setText(tr("Reading the checklists…"));
    const QString projectId = w->projectPage()->project().id;
    const QDate date = w->detailsPage()->date();
    const quint64 generation = ++m_generation;
    m_worker.post<Loaded>(
        this,
        [projectId](ReadConnection db) {
            return Loaded{InspectionChoices::criteriaEditions(db), InspectionChoices::projectWorks(db, projectId)};
        },
        [this, generation, date](Loaded loaded) {
            if (generation == m_generation)
                fill(loaded, date);
        });
    Q_EMIT completeChanged();
}

void InspectionChecklistPage::fill(const Loaded &loaded, QDate date)
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    m_editionCode = ChecklistSelection::editionInForce(InspectionChoices::selectionEditions(loaded.editions), date);
    const QString day = date.toString(u"yyyy-MM-dd"_s);
    for (const InspectionChoices::Edition &e : loaded.editions) {
        if (e.code != m_editionCode)
            continue;
        m_editionLabel->setText(
            tr("Major-hazard criteria in force on %1: %2, %3, in force since %4.")
                .arg(day, e.title, e.document, e.effectiveOn.toString(u"yyyy-MM-dd"_s)));
        auto *item = new QListWidgetItem(tr("%1 — %2").arg(e.document, e.title), m_list);
        item->setData(kCodeRole, e.code);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    if (m_editionCode.isEmpty())
        m_editionLabel->setText(tr("No edition of the major-hazard criteria was in force on %1: this data folder "
                                   "knows none from before that day. Choose score sheets, or check the date.")
                                    .arg(day));

    const QStringList chosen = ChecklistSelection::scoreSheetsFor(loaded.works.works, loaded.works.equipmentKinds);
    if (auto catalog = ScoreSheetCatalogLoader::builtIn(); catalog) {
        for (const ScoreSheet &sheet : catalog.value().sheets) {
            auto *item = new QListWidgetItem(tr("JGJ 59-2011 %1 %2").arg(sheet.code, sheet.title), m_list);
            item->setData(kCodeRole, sheet.code);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(chosen.contains(sheet.code) ? Qt::Checked : Qt::Unchecked);
        }
    } else {
        m_errorLabel->setText(catalog.error().message);
        m_errorLabel->show();
    }
    m_list->setCurrentRow(0);
    m_isReady = true;
    Q_EMIT completeChanged();
}

QStringList InspectionChecklistPage::checkedCodes() const
{
    QStringList codes;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            codes.append(m_list->item(i)->data(kCodeRole).toString());
    return codes;
}

bool InspectionChecklistPage::isComplete() const
{
    return m_isReady && !checkedCodes().isEmpty();
}

bool InspectionChecklistPage::validatePage()
{
    auto *w = qobject_cast<NewInspectionWizard *>(wizard());
    if (!w)
        return false;
    const Status saved = w->save();
    if (!saved) {
        m_errorLabel->setText(saved.error().message);
        m_errorLabel->show();
        return false;
    }
    return true;
}

} // namespace sitesafe
