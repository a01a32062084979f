#include "inspectionprojectpage.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>

#include "models/sqlworker.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
constexpr int kLimit = 200;
}

InspectionProjectPage::InspectionProjectPage(SqlWorker &worker, QWidget *parent)
    : QWizardPage(parent), m_worker(worker)
{
    setTitle(tr("Project"));
    setSubTitle(tr("Type part of the project's name, its construction permit number or its platform number."));
    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(u"projectSearchEdit"_s);
    m_searchEdit->setPlaceholderText(tr("Project name, permit number or platform number"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->installEventFilter(this);
    m_list = new QTableWidget(0, 4, this);
    m_list->setObjectName(u"projectList"_s);
    m_list->setHorizontalHeaderLabels({tr("Project"), tr("City/county"), tr("Permit no."), tr("Platform no.")});
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->setWordWrap(false);
    m_countLabel = new QLabel(this);
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("&Search:"), this);
    label->setBuddy(m_searchEdit);
    layout->addWidget(label);
    layout->addWidget(m_searchEdit);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_countLabel);

    m_delay.setSingleShot(true);
    m_delay.setInterval(150);
    connect(&m_delay, &QTimer::timeout, this, &InspectionProjectPage::search);
    connect(m_searchEdit, &QLineEdit::textChanged, this, [this] {
        ++m_requestedGeneration; // the shown results no longer answer the text
        m_delay.start();
        Q_EMIT completeChanged();
    });
    connect(m_list, &QTableWidget::currentCellChanged, this, &InspectionProjectPage::completeChanged);
    search();
}

InspectionProjectPage::~InspectionProjectPage() = default;

void InspectionProjectPage::search()
{
    m_delay.stop();
    const quint64 generation = ++m_requestedGeneration;
    const QString text = m_searchEdit->text().trimmed();
    m_worker.post<QList<InspectionChoices::Project>>(
        this, [text](ReadConnection db) { return InspectionChoices::searchProjects(db, text, kLimit); },
        [this, generation](QList<InspectionChoices::Project> projects) {
            if (generation != m_requestedGeneration)
                return;
            m_shownGeneration = generation;
            showResults(projects);
        });
}

void InspectionProjectPage::showResults(const QList<InspectionChoices::Project> &projects)
{
    m_projects = projects;
    const QSignalBlocker block(m_list);
    m_list->clearContents();
    m_list->setRowCount(int(projects.size()));
    for (int row = 0; row < projects.size(); ++row) {
        const InspectionChoices::Project &p = projects.at(row);
        const QStringList cells{p.name, p.jurisdictionName, p.permitNo, p.platformNo};
        for (int column = 0; column < cells.size(); ++column)
            m_list->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    if (!projects.isEmpty())
        m_list->setCurrentCell(0, 0);
    if (projects.isEmpty())
        m_countLabel->setText(tr("No local project matches. Check the spelling, or sync to fetch new projects."));
    else if (projects.size() >= kLimit)
        m_countLabel->setText(tr("The first %1 matches; type more to narrow the list.").arg(kLimit));
    else
        m_countLabel->setText(tr("%n matching project(s)", nullptr, int(projects.size())));
    Q_EMIT completeChanged();
}

bool InspectionProjectPage::isComplete() const
{
    return isSearchDone() && m_list->currentRow() >= 0 && m_list->currentRow() < m_projects.size();
}

InspectionChoices::Project InspectionProjectPage::project() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_projects.size() ? m_projects.at(row) : InspectionChoices::Project{};
}

bool InspectionProjectPage::eventFilter(QObject *watched, QEvent *event)
{
    // Up and Down in the search box move in the result list, so the hands stay on the keyboard.
    if (watched == m_searchEdit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Down || key == Qt::Key_Up) && m_list->rowCount() > 0) {
            const int row = qBound(0, m_list->currentRow() + (key == Qt::Key_Down ? 1 : -1), m_list->rowCount() - 1);
            m_list->setCurrentCell(row, 0);
            return true;
        }
    }
    return QWizardPage::eventFilter(watched, event);
}

} // namespace sitesafe
