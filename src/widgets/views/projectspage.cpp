#include "projectspage.h"

#include <QDataStream>
#include <QHeaderView>

#include "core/domainlabels.h"
#include "models/coveragequery.h"
#include "models/projectlistmodel.h"
#include "models/referencelists.h"
#include "models/sqlworker.h"
#include "projectdetailview.h"
#include "ui_projectspage.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

ProjectsPage::ProjectsPage(const QString &databasePath, QDate today, QWidget *parent)
    : QWidget(parent),
      m_ui(std::make_unique<Ui::ProjectsPage>()),
      m_worker(new SqlWorker(databasePath, this)),
      m_model(new ProjectListModel(databasePath, today, this)),
      m_today(today)
{
    m_ui->setupUi(this);
    m_ui->detailView->setSource(m_worker, today);
    m_ui->projectTable->setModel(m_model);
    m_ui->projectTable->verticalHeader()->hide();
    m_ui->projectTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_ui->projectTable->horizontalHeader()->setSortIndicator(ProjectListModel::Name, Qt::AscendingOrder);
    m_ui->projectTable->horizontalHeader()->setSectionsMovable(true);
    m_ui->projectTable->setColumnWidth(ProjectListModel::Name, 260);
    m_ui->projectTable->setColumnWidth(ProjectListModel::PlatformNo, 130);
    m_ui->projectTable->setColumnWidth(ProjectListModel::PermitNo, 150);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->splitter->setSizes({700, 500});
    m_ui->pageLayout->setStretch(1, 1); // the list takes the height, not the filter row

    m_ui->jurisdictionCombo->addItem(tr("Whole province"), QString());
    m_ui->categoryCombo->addItem(tr("Building and municipal"), QString());
    for (const QString &code : {u"building"_s, u"municipal"_s})
        m_ui->categoryCombo->addItem(DomainLabels::projectCategory(code), code);
    m_ui->statusCombo->addItem(tr("All statuses"), QString());
    for (const QString &code : {u"under_construction"_s, u"not_started"_s, u"suspended"_s, u"completed"_s})
        m_ui->statusCombo->addItem(DomainLabels::projectStatus(code), code);
    m_ui->coverageCombo->addItem(tr("Any coverage"), int(ProjectFilter::Coverage::Any));
    m_ui->coverageCombo->addItem(tr("Covered in round 1"), int(ProjectFilter::Coverage::CoveredInRound1));
    m_ui->coverageCombo->addItem(tr("Not covered in round 1"), int(ProjectFilter::Coverage::NotCoveredInRound1));
    m_ui->coverageCombo->addItem(tr("Covered in round 2"), int(ProjectFilter::Coverage::CoveredInRound2));
    m_ui->coverageCombo->addItem(tr("Not covered in round 2"), int(ProjectFilter::Coverage::NotCoveredInRound2));

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(250);
    connect(&m_searchDelay, &QTimer::timeout, this, &ProjectsPage::applyFilters);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, &ProjectsPage::applyFilters);
    for (QComboBox *combo : {m_ui->jurisdictionCombo, m_ui->categoryCombo, m_ui->statusCombo, m_ui->coverageCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &ProjectsPage::applyFilters);
    connect(m_model, &ProjectListModel::loaded, this, [this](int rows, qint64 ms) {
        m_ui->countLabel->setText(tr("%n project(s) · %1 ms", nullptr, rows).arg(ms));
        if (!m_pendingSelection.isEmpty()) {
            if (const int row = m_model->rowOf(m_pendingSelection); row >= 0)
                m_ui->projectTable->selectRow(row);
            m_pendingSelection.clear();
        }
    });
    connect(m_model, &ProjectListModel::loadFailed, m_ui->countLabel, &QLabel::setText);
    connect(m_ui->projectTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_currentShown = false;
                showCurrentProject(current);
            });
    // The list keeps only windows of rows: a current row reached before its window (Page Down) is shown when the
    // window arrives.
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &first, const QModelIndex &last) {
        const QModelIndex current = m_ui->projectTable->currentIndex();
        if (!m_currentShown && current.isValid() && current.row() >= first.row() && current.row() <= last.row())
            showCurrentProject(current);
    });
    connect(m_ui->detailView, &ProjectDetailView::hazardRequested, this, &ProjectsPage::hazardRequested);
    connect(m_ui->detailView, &ProjectDetailView::projectHazardsRequested, this, &ProjectsPage::projectHazardsRequested);

    m_worker->post<QList<ReferenceLists::Choice>>(
        this, [](ReadConnection db) { return ReferenceLists::jurisdictions(db); },
        [this](QList<ReferenceLists::Choice> choices) {
            const QSignalBlocker block(m_ui->jurisdictionCombo);
            for (const auto &j : std::as_const(choices))
                m_ui->jurisdictionCombo->addItem(j.isPark ? tr("%1 (park)").arg(j.label) : j.label, j.code);
            m_hasChoices = true;
            Q_EMIT choicesLoaded();
        });
    loadCoverage(QString());
}

ProjectsPage::~ProjectsPage() = default;

void ProjectsPage::showCurrentProject(const QModelIndex &current)
{
    const QString id = current.isValid() ? current.data(ProjectListModel::ProjectIdRole).toString() : QString();
    if (id.isEmpty())
        return;
    m_currentShown = true;
    m_ui->detailView->showProject(id);
}

QTableView *ProjectsPage::view() const
{
    return m_ui->projectTable;
}

ProjectDetailView *ProjectsPage::detailView() const
{
    return m_ui->detailView;
}

ProjectFilter ProjectsPage::currentFilter() const
{
    ProjectFilter f;
    f.jurisdictionCode = m_ui->jurisdictionCombo->currentData().toString();
    f.category = m_ui->categoryCombo->currentData().toString();
    f.status = m_ui->statusCombo->currentData().toString();
    f.coverage = ProjectFilter::Coverage(m_ui->coverageCombo->currentData().toInt());
    f.searchText = m_ui->searchEdit->text().trimmed();
    return f;
}

void ProjectsPage::applyFilters()
{
    m_searchDelay.stop();
    const ProjectFilter filter = currentFilter();
    if (filter.jurisdictionCode != m_coverageScope || !m_hasCoverage)
        loadCoverage(filter.jurisdictionCode);
    m_model->setFilter(filter);
}

void ProjectsPage::loadCoverage(const QString &jurisdictionCode)
{
    m_coverageScope = jurisdictionCode;
    m_hasCoverage = true;
    const QDate today = m_today;
    m_worker->post<CoverageSummary>(
        this, [jurisdictionCode, today](ReadConnection db) { return CoverageQuery::load(db, jurisdictionCode, today); },
        [this, jurisdictionCode](CoverageSummary coverage) {
            if (jurisdictionCode != m_coverageScope)
                return; // another scope was chosen meanwhile
            const QString perJurisdiction = CoverageQuery::jurisdictionsText(coverage);
            m_ui->coverageLabel->setText(CoverageQuery::summaryText(coverage)
                                         + (perJurisdiction.isEmpty() ? QString() : u"\n"_s + perJurisdiction));
        });
}

void ProjectsPage::showProject(const QString &projectId)
{
    m_ui->detailView->showProject(projectId);
}

void ProjectsPage::focusSearch()
{
    m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchEdit->selectAll();
}

void ProjectsPage::reload()
{
    loadCoverage(m_coverageScope);
    // The rows are read again (after a sync or an edit): the selected project stays selected.
    const QModelIndex current = m_ui->projectTable->currentIndex();
    m_pendingSelection = current.isValid() ? current.data(ProjectListModel::ProjectIdRole).toString() : QString();
    m_model->reload(m_pendingSelection);
}

QByteArray ProjectsPage::saveLayout() const
{
    QByteArray state;
    QDataStream stream(&state, QIODevice::WriteOnly);
    stream << m_ui->projectTable->horizontalHeader()->saveState() << m_ui->splitter->saveState();
    return state;
}

void ProjectsPage::restoreLayout(const QByteArray &state)
{
    if (state.isEmpty())
        return;
    QDataStream stream(state);
    QByteArray header, splitter;
    stream >> header >> splitter;
    m_ui->projectTable->horizontalHeader()->restoreState(header);
    m_ui->splitter->restoreState(splitter);
}

} // namespace sitesafe
