#include "inspectionspage.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include "core/domainlabels.h"
#include "dialogs/newinspectionwizard.h"
#include "models/inspectionlistmodel.h"
#include "models/referencelists.h"
#include "models/sqlworker.h"
#include "session/datafoldersession.h"
#include "storage/datastore.h"
#include "sync/synccontroller.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

InspectionsPage::InspectionsPage(DataFolderSession &session, QWidget *parent)
    : QWidget(parent),
      m_session(session),
      m_worker(new SqlWorker(session.store().database().path(), this)),
      m_model(new InspectionListModel(session.store().database().path(), this))
{
    m_newAction = new QAction(tr("&New inspection…"), this);
    m_newAction->setObjectName(u"actionNewInspection"_s);
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setToolTip(tr("Start an inspection (%1)").arg(QKeySequence(QKeySequence::New).toString(
        QKeySequence::NativeText)));
    addAction(m_newAction); // Ctrl+N works anywhere in the window while this page is shown
    connect(m_newAction, &QAction::triggered, this, &InspectionsPage::newInspection);

    auto *newButton = new QToolButton(this);
    newButton->setObjectName(u"newInspectionButton"_s);
    newButton->setDefaultAction(m_newAction);
    newButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(u"searchEdit"_s);
    m_searchEdit->setPlaceholderText(tr("Search project name, permit number or platform number"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setMinimumWidth(260);
    m_statusCombo = new QComboBox(this);
    m_statusCombo->setObjectName(u"statusCombo"_s);
    m_statusCombo->setToolTip(tr("Status"));
    m_statusCombo->addItem(tr("All statuses"), QString());
    for (const QString &code : {u"draft"_s, u"submitted"_s, u"signed"_s})
        m_statusCombo->addItem(DomainLabels::inspectionStatus(code), code);
    m_statusCombo->addItem(tr("Amendments"), u"amendment"_s);
    m_kindCombo = new QComboBox(this);
    m_kindCombo->setObjectName(u"kindCombo"_s);
    m_kindCombo->setToolTip(tr("Kind of inspection"));
    m_kindCombo->addItem(tr("All kinds"), QString());
    m_kindCombo->addItem(DomainLabels::inspectionKind(u"round"_s, 1), u"round:1"_s);
    m_kindCombo->addItem(DomainLabels::inspectionKind(u"round"_s, 2), u"round:2"_s);
    for (const QString &code : {u"special"_s, u"reinspection"_s, u"random"_s, u"supervision"_s})
        m_kindCombo->addItem(DomainLabels::inspectionKind(code, 0), code);
    m_jurisdictionCombo = new QComboBox(this);
    m_jurisdictionCombo->setObjectName(u"jurisdictionCombo"_s);
    m_jurisdictionCombo->setToolTip(tr("City/county or park"));
    m_jurisdictionCombo->addItem(tr("Whole province"), QString());
    m_countLabel = new QLabel(this);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(newButton);
    filterRow->addSpacing(12);
    filterRow->addWidget(m_searchEdit);
    filterRow->addWidget(m_statusCombo);
    filterRow->addWidget(m_kindCombo);
    filterRow->addWidget(m_jurisdictionCombo);
    filterRow->addStretch(1);
    filterRow->addWidget(m_countLabel);

    m_view = new QTableView(this);
    m_view->setObjectName(u"inspectionTable"_s);
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(InspectionListModel::Status, 110);
    m_view->setColumnWidth(InspectionListModel::Project, 290);
    m_view->setColumnWidth(InspectionListModel::Jurisdiction, 120);
    m_view->setColumnWidth(InspectionListModel::Kind, 140);
    m_view->setColumnWidth(InspectionListModel::Inspectors, 180);
    m_view->setColumnWidth(InspectionListModel::Started, 130);
    m_view->setColumnWidth(InspectionListModel::Progress, 110);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filterRow);
    layout->addWidget(m_view, 1);
    // Tab order follows the filter row, then the list.
    setTabOrder(newButton, m_searchEdit);
    setTabOrder(m_searchEdit, m_statusCombo);
    setTabOrder(m_statusCombo, m_kindCombo);
    setTabOrder(m_kindCombo, m_jurisdictionCombo);
    setTabOrder(m_jurisdictionCombo, m_view);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(250);
    connect(&m_searchDelay, &QTimer::timeout, this, &InspectionsPage::applyFilters);
    connect(m_searchEdit, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(m_searchEdit, &QLineEdit::returnPressed, this, &InspectionsPage::applyFilters);
    for (QComboBox *combo : {m_statusCombo, m_kindCombo, m_jurisdictionCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &InspectionsPage::applyFilters);
    // Enter and a double-click both activate (QAbstractItemView turns them into activated()).
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (index.isValid())
            Q_EMIT openInspectionRequested(index.data(InspectionListModel::InspectionIdRole).toString());
    });
    connect(m_model, &InspectionListModel::loaded, this, [this](int rows, qint64 ms) {
        m_countLabel->setText(tr("%n inspection(s) · %1 ms", nullptr, rows).arg(ms));
        selectPending();
    });
    connect(m_model, &InspectionListModel::loadFailed, m_countLabel, &QLabel::setText);

    m_worker->post<QList<ReferenceLists::Choice>>(
        this, [](ReadConnection db) { return ReferenceLists::jurisdictions(db); },
        [this](QList<ReferenceLists::Choice> choices) {
            const QSignalBlocker block(m_jurisdictionCombo);
            for (const auto &j : std::as_const(choices))
                m_jurisdictionCombo->addItem(j.isPark ? tr("%1 (park)").arg(j.label) : j.label, j.code);
            m_hasChoices = true;
        });
}

InspectionsPage::~InspectionsPage() = default;

NewInspectionWizard *InspectionsPage::wizard() const
{
    return m_wizard.data();
}

QString InspectionsPage::actor(const DataFolderSession &session)
{
    return session.localUserName();
}

InspectionFilter InspectionsPage::currentFilter() const
{
    InspectionFilter f;
    f.status = m_statusCombo->currentData().toString();
    const QString kind = m_kindCombo->currentData().toString();
    if (kind.startsWith(u"round:"_s)) {
        f.kind = u"round"_s;
        f.round = kind.mid(6).toInt();
    } else {
        f.kind = kind;
    }
    f.jurisdictionCode = m_jurisdictionCombo->currentData().toString();
    f.searchText = m_searchEdit->text().trimmed();
    return f;
}

void InspectionsPage::applyFilters()
{
    m_searchDelay.stop();
    m_model->setFilter(currentFilter());
}

void InspectionsPage::reload()
{
    m_model->reload(m_pendingSelection);
}

void InspectionsPage::focusSearch()
{
    m_searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchEdit->selectAll();
}

void InspectionsPage::showInspection(const QString &id)
{
    m_pendingSelection = id;
    if (m_model->isReady() && m_model->rowOf(id) >= 0)
        selectPending();
    else
        m_model->reload(id); // not in the windows read: the reload finds its row and reads its window
}

void InspectionsPage::selectPending()
{
    if (m_pendingSelection.isEmpty())
        return;
    const int row = m_model->rowOf(m_pendingSelection);
    if (row < 0)
        return;
    m_pendingSelection.clear();
    m_view->selectRow(row);
    m_view->scrollTo(m_model->index(row, 0));
    m_view->setFocus(Qt::OtherFocusReason);
}

void InspectionsPage::newInspection()
{
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return;
    }
    m_wizard = new NewInspectionWizard(m_session, actor(m_session), this);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_wizard, &NewInspectionWizard::inspectionCreated, this, [this](const QString &id) {
        // The new draft is listed first; clear the filters that could hide it.
        m_searchEdit->clear();
        m_statusCombo->setCurrentIndex(0);
        m_kindCombo->setCurrentIndex(0);
        m_jurisdictionCombo->setCurrentIndex(0);
        m_pendingSelection = id;
        m_model->reload(id);
        Q_EMIT openInspectionRequested(id);
    });
    m_wizard->open();
}

} // namespace sitesafe
