#include "hazardspage.h"

#include <utility>

#include <QClipboard>
#include <QDataStream>
#include <QGuiApplication>
#include <QHeaderView>
#include <QMenu>

#include "core/domainlabels.h"
#include "delegates/highlightdelegate.h"
#include "delegates/syncbadgedelegate.h"
#include "hazardactions.h"
#include "hazarddetailpane.h"
#include "models/hazardquery.h"
#include "models/hazardtablemodel.h"
#include "models/referencelists.h"
#include "models/sqlworker.h"
#include "session/datafoldersession.h"
#include "sync/synccontroller.h"
#include "ui_hazardspage.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

HazardsPage::HazardsPage(const QString &databasePath, const QString &blobRoot, QDate today, QWidget *parent)
    : QWidget(parent),
      m_ui(std::make_unique<Ui::HazardsPage>()),
      m_worker(new SqlWorker(databasePath, this)),
      m_model(new HazardTableModel(databasePath, today, this)),
      m_highlight(new HighlightDelegate(this)),
      m_today(today)
{
    m_ui->setupUi(this);
    m_ui->detailPane->setSource(m_worker, blobRoot, today);
    m_ui->hazardTable->setModel(m_model);
    for (HazardColumn c : {HazardColumn::Description, HazardColumn::Project})
        m_ui->hazardTable->setItemDelegateForColumn(int(c), m_highlight);
    // The sync badge sits in the number column, left of the right-aligned number.
    m_ui->hazardTable->setItemDelegateForColumn(int(HazardColumn::Number), new SyncBadgeDelegate(this));
    m_ui->hazardTable->verticalHeader()->hide();
    m_ui->hazardTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_ui->hazardTable->horizontalHeader()->setSortIndicator(int(HazardColumn::FoundAt), Qt::DescendingOrder);
    m_ui->hazardTable->horizontalHeader()->setSectionsMovable(true);
    const QList<QPair<HazardColumn, int>> widths{{HazardColumn::Number, 84},  {HazardColumn::Status, 96},
                                                 {HazardColumn::Level, 48},   {HazardColumn::Description, 300},
                                                 {HazardColumn::Project, 220}, {HazardColumn::Jurisdiction, 80},
                                                 {HazardColumn::Criterion, 130}, {HazardColumn::FoundAt, 124},
                                                 {HazardColumn::FoundBy, 70}, {HazardColumn::Deadline, 88},
                                                 {HazardColumn::Measure, 96}, {HazardColumn::Supervision, 96}};
    for (const auto &[column, width] : widths)
        m_ui->hazardTable->setColumnWidth(int(column), width);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->splitter->setSizes({760, 440});
    m_ui->pageLayout->setStretch(2, 1); // the list takes the height, not the filter rows

    fillFixedChoices();
    m_ui->deadlineFromEdit->setDate(today);
    m_ui->deadlineToEdit->setDate(today.addDays(7));
    m_ui->deadlineFromEdit->setEnabled(false);
    m_ui->deadlineToEdit->setEnabled(false);
    m_ui->projectFilterLabel->hide();
    m_ui->clearProjectButton->hide();

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(250);
    connect(&m_searchDelay, &QTimer::timeout, this, &HazardsPage::applyFilters);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, &HazardsPage::applyFilters);
    for (QComboBox *combo : {m_ui->statusCombo, m_ui->levelCombo, m_ui->jurisdictionCombo, m_ui->articleCombo,
                             m_ui->foundByCombo, m_ui->supervisionCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &HazardsPage::applyFilters);
    connect(m_ui->overdueCheck, &QCheckBox::toggled, this, &HazardsPage::applyFilters);
    connect(m_ui->deadlineCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_ui->deadlineFromEdit->setEnabled(on);
        m_ui->deadlineToEdit->setEnabled(on);
        applyFilters();
    });
    connect(m_ui->deadlineFromEdit, &QDateEdit::dateChanged, this, &HazardsPage::applyFilters);
    connect(m_ui->deadlineToEdit, &QDateEdit::dateChanged, this, &HazardsPage::applyFilters);
    connect(m_ui->resetButton, &QPushButton::clicked, this, &HazardsPage::resetFilters);
    connect(m_ui->clearProjectButton, &QToolButton::clicked, this, [this] {
        m_projectId.clear();
        m_ui->projectFilterLabel->hide();
        m_ui->clearProjectButton->hide();
        applyFilters();
    });
    connect(m_model, &HazardTableModel::loaded, this, &HazardsPage::updateCountLabel);
    connect(m_model, &HazardTableModel::loadFailed, this,
            [this](const QString &message) {
                m_keptHazardId.clear();
                m_ui->countLabel->setText(message);
            });
    connect(m_ui->hazardTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid() && m_keptHazardId.isEmpty())
                    m_ui->detailPane->showHazard(current.data(HazardTableModel::HazardIdRole).toString());
            });
    connect(m_model, &HazardTableModel::loaded, this, &HazardsPage::restoreKeptHazard);
    connect(m_ui->detailPane, &HazardDetailPane::projectRequested, this, &HazardsPage::projectRequested);
    loadChoices();
    applyFilters();
}

HazardsPage::~HazardsPage() = default;

void HazardsPage::setSession(DataFolderSession &session)
{
    if (m_actions)
        return;
    m_actions = new HazardActions(session, this);
    for (QAction *action : m_actions->actions())
        addAction(action); // the shortcuts work from the list and from the detail pane
    m_ui->detailPane->setActions(m_actions);
    connect(m_actions, &HazardActions::noticeRequested, this, &HazardsPage::noticeRequested);
    connect(m_actions, &HazardActions::stepRecorded, this, &HazardsPage::keepHazardThroughReload);
    // A sign-in or token refresh during a sync may bring another account or role.
    if (SyncController *sync = session.syncController())
        connect(sync, &SyncController::finished, m_actions, [this] { m_actions->refreshAccount(); });
    m_ui->hazardTable->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_ui->hazardTable, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        const QModelIndex index = m_ui->hazardTable->indexAt(at);
        if (!index.isValid())
            return;
        if (!m_ui->hazardTable->selectionModel()->isSelected(index))
            m_ui->hazardTable->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QMenu menu(this);
        menu.setToolTipsVisible(true); // a disabled step says why
        for (QAction *action : m_actions->actions())
            menu.addAction(action);
        menu.exec(m_ui->hazardTable->viewport()->mapToGlobal(at));
    });
    connect(m_ui->hazardTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_actions->setSelection(selectedHazardIds()); });
}

QStringList HazardsPage::selectedHazardIds() const
{
    QStringList ids;
    for (const QModelIndex &row : m_ui->hazardTable->selectionModel()->selectedRows()) {
        if (m_model->isRowLoaded(row.row()))
            ids << row.data(HazardTableModel::HazardIdRole).toString();
    }
    return ids;
}

QTableView *HazardsPage::view() const
{
    return m_ui->hazardTable;
}

HazardDetailPane *HazardsPage::detailPane() const
{
    return m_ui->detailPane;
}

void HazardsPage::fillFixedChoices()
{
    const QSignalBlocker blockStatus(m_ui->statusCombo);
    const QSignalBlocker blockLevel(m_ui->levelCombo);
    m_ui->statusCombo->addItem(tr("All statuses"), QStringList{});
    m_ui->statusCombo->addItem(tr("Not closed"), QStringList{u"open"_s, u"rectifying"_s, u"reported"_s, u"verified"_s});
    m_ui->statusCombo->addItem(tr("Awaiting rectification"), QStringList{u"open"_s, u"rectifying"_s});
    for (const QString &code : {u"open"_s, u"rectifying"_s, u"reported"_s, u"verified"_s, u"closed"_s, u"voided"_s})
        m_ui->statusCombo->addItem(DomainLabels::hazardStatus(code), QStringList{code});
    m_ui->levelCombo->addItem(tr("Major and general"), int(HazardFilter::Level::Any));
    m_ui->levelCombo->addItem(tr("Major only"), int(HazardFilter::Level::Major));
    m_ui->levelCombo->addItem(tr("General only"), int(HazardFilter::Level::General));
    const QSignalBlocker blockSupervision(m_ui->supervisionCombo);
    m_ui->supervisionCombo->addItem(tr("Listed or not"), int(HazardFilter::Supervision::Any));
    m_ui->supervisionCombo->addItem(tr("Listed for supervision"), int(HazardFilter::Supervision::Listed));
    m_ui->supervisionCombo->addItem(DomainLabels::supervisionListing(u"province"_s), int(HazardFilter::Supervision::Province));
    m_ui->supervisionCombo->addItem(DomainLabels::supervisionListing(u"city"_s), int(HazardFilter::Supervision::City));
    m_ui->supervisionCombo->addItem(DomainLabels::supervisionListing(u"county"_s), int(HazardFilter::Supervision::County));
    const QSignalBlocker blockJurisdiction(m_ui->jurisdictionCombo);
    const QSignalBlocker blockArticle(m_ui->articleCombo);
    const QSignalBlocker blockFoundBy(m_ui->foundByCombo);
    m_ui->jurisdictionCombo->addItem(tr("Whole province"), QString());
    m_ui->articleCombo->addItem(tr("Any legal basis"), QString());
    m_ui->articleCombo->addItem(tr("General hazards (no criterion item)"), HazardFilter::noCriterion());
    m_ui->foundByCombo->addItem(tr("Anyone"), QString());
}

void HazardsPage::loadChoices()
{
    m_worker->post<ReferenceLists::Bundle>(
        this, [](ReadConnection db) { return ReferenceLists::all(db); },
        [this](ReferenceLists::Bundle lists) {
            const QSignalBlocker blockJurisdiction(m_ui->jurisdictionCombo);
            const QSignalBlocker blockArticle(m_ui->articleCombo);
            const QSignalBlocker blockFoundBy(m_ui->foundByCombo);
            for (const auto &j : std::as_const(lists.jurisdictions))
                m_ui->jurisdictionCombo->addItem(j.isPark ? tr("%1 (park)").arg(j.label) : j.label, j.code);
            for (const auto &a : std::as_const(lists.articles))
                m_ui->articleCombo->addItem(a.label, a.code);
            for (const auto &i : std::as_const(lists.inspectors))
                m_ui->foundByCombo->addItem(i.label, i.code);
            m_hasChoices = true;
            Q_EMIT choicesLoaded();
        });
}

HazardFilter HazardsPage::currentFilter() const
{
    HazardFilter f;
    f.today = m_today;
    f.statuses = m_ui->statusCombo->currentData().toStringList();
    f.level = HazardFilter::Level(m_ui->levelCombo->currentData().toInt());
    f.isOverdueOnly = m_ui->overdueCheck->isChecked();
    f.supervision = HazardFilter::Supervision(m_ui->supervisionCombo->currentData().toInt());
    f.jurisdictionCode = m_ui->jurisdictionCombo->currentData().toString();
    f.criteriaPrefix = m_ui->articleCombo->currentData().toString();
    f.foundBy = m_ui->foundByCombo->currentData().toString();
    f.projectId = m_projectId;
    if (m_ui->deadlineCheck->isChecked()) {
        f.deadlineFrom = m_ui->deadlineFromEdit->date();
        f.deadlineTo = m_ui->deadlineToEdit->date();
    }
    f.searchText = m_ui->searchEdit->text().trimmed();
    return f;
}

void HazardsPage::applyFilters()
{
    m_searchDelay.stop();
    const HazardFilter f = currentFilter();
    m_highlight->setTerms(HazardQuery::searchTerms(f.searchText));
    m_model->setFilter(f);
    if (!m_model->isReady())
        m_ui->countLabel->setText(tr("Searching…"));
    m_ui->hazardTable->viewport()->update();
}

void HazardsPage::updateCountLabel()
{
    m_ui->countLabel->setText(tr("%n hazard(s) · %1 ms", nullptr, m_model->rowCount()).arg(m_model->lastLoadMilliseconds()));
}

void HazardsPage::resetFilters()
{
    clearFilterControls();
    applyFilters();
}

void HazardsPage::clearFilterControls()
{
    const QSignalBlocker b1(m_ui->statusCombo), b2(m_ui->levelCombo), b3(m_ui->jurisdictionCombo),
        b4(m_ui->articleCombo), b5(m_ui->foundByCombo), b6(m_ui->overdueCheck), b7(m_ui->deadlineCheck),
        b8(m_ui->searchEdit), b9(m_ui->supervisionCombo);
    m_ui->statusCombo->setCurrentIndex(0);
    m_ui->levelCombo->setCurrentIndex(0);
    m_ui->supervisionCombo->setCurrentIndex(0);
    m_ui->jurisdictionCombo->setCurrentIndex(0);
    m_ui->articleCombo->setCurrentIndex(0);
    m_ui->foundByCombo->setCurrentIndex(0);
    m_ui->overdueCheck->setChecked(false);
    m_ui->deadlineCheck->setChecked(false);
    m_ui->deadlineFromEdit->setEnabled(false);
    m_ui->deadlineToEdit->setEnabled(false);
    m_ui->searchEdit->clear();
    m_projectId.clear();
    m_ui->projectFilterLabel->hide();
    m_ui->clearProjectButton->hide();
}

void HazardsPage::showProjectHazards(const QString &projectId, const QString &projectName)
{
    m_projectId = projectId;
    m_projectName = projectName;
    m_ui->projectFilterLabel->setText(tr("Project: %1").arg(projectName));
    m_ui->projectFilterLabel->show();
    m_ui->clearProjectButton->show();
    applyFilters();
}

void HazardsPage::showHazard(const QString &hazardId)
{
    m_ui->detailPane->showHazard(hazardId);
}

void HazardsPage::showOverdue(QDate today)
{
    m_today = today;
    {
        const QSignalBlocker block(m_ui->overdueCheck);
        clearFilterControls();
        m_ui->overdueCheck->setChecked(true);
    }
    applyFilters();
}

void HazardsPage::showDueSoon(QDate today)
{
    m_today = today;
    {
        const QSignalBlocker blockStatus(m_ui->statusCombo);
        const QSignalBlocker blockDeadline(m_ui->deadlineCheck);
        const QSignalBlocker blockFrom(m_ui->deadlineFromEdit);
        const QSignalBlocker blockTo(m_ui->deadlineToEdit);
        clearFilterControls();
        m_ui->statusCombo->setCurrentIndex(
            qMax(0, m_ui->statusCombo->findData(QStringList{u"open"_s, u"rectifying"_s})));
        m_ui->deadlineCheck->setChecked(true);
        m_ui->deadlineFromEdit->setEnabled(true);
        m_ui->deadlineToEdit->setEnabled(true);
        m_ui->deadlineFromEdit->setDate(today);
        m_ui->deadlineToEdit->setDate(today.addDays(1));
    }
    applyFilters();
}

void HazardsPage::focusSearch()
{
    m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchEdit->selectAll();
}

void HazardsPage::copySelection()
{
    QModelIndexList rows = m_ui->hazardTable->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end());
    QStringList lines;
    QStringList header;
    for (int c = 0; c < m_model->columnCount(); ++c)
        header << m_model->headerData(c, Qt::Horizontal).toString();
    lines << header.join(u'\t');
    for (const QModelIndex &row : std::as_const(rows)) {
        if (!m_model->isRowLoaded(row.row()))
            continue;
        QStringList cells;
        for (int c = 0; c < m_model->columnCount(); ++c)
            cells << m_model->index(row.row(), c).data().toString();
        lines << cells.join(u'\t');
    }
    QGuiApplication::clipboard()->setText(lines.join(u'\n'));
}

void HazardsPage::reload()
{
    m_model->reload();
}

QByteArray HazardsPage::saveLayout() const
{
    QByteArray state;
    QDataStream stream(&state, QIODevice::WriteOnly);
    stream << m_ui->hazardTable->horizontalHeader()->saveState() << m_ui->splitter->saveState();
    return state;
}

void HazardsPage::restoreLayout(const QByteArray &state)
{
    if (state.isEmpty())
        return;
    QDataStream stream(state);
    QByteArray header, splitter;
    stream >> header >> splitter;
    m_ui->hazardTable->horizontalHeader()->restoreState(header);
    m_ui->splitter->restoreState(splitter);
}

void HazardsPage::keepHazardThroughReload(const QString &hazardId)
{
    m_keptHazardId = hazardId;
    m_keptRow = m_ui->hazardTable->currentIndex().row();
    m_ui->detailPane->showHazard(hazardId); // the new step in the timeline, whatever the list does
    m_model->reload();
}

void HazardsPage::restoreKeptHazard()
{
    if (m_keptHazardId.isEmpty())
        return;
    const QString id = std::exchange(m_keptHazardId, QString());
    const int row = std::exchange(m_keptRow, -1);
    // Same filter and sort: the hazard is most likely on its old row (a status filter may have moved it out).
    const QModelIndex index = m_model->index(row, 0);
    if (index.isValid() && index.data(HazardTableModel::HazardIdRole).toString() == id) {
        const QSignalBlocker blocker(m_ui->hazardTable->selectionModel());
        m_ui->hazardTable->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_ui->hazardTable->viewport()->update();
    }
}

} // namespace sitesafe
