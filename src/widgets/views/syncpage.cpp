#include "syncpage.h"

#include <algorithm>
#include <climits>
#include <limits>

#include <QButtonGroup>
#include <QHeaderView>
#include <QLocale>

#include "dialogs/conflictdialog.h"
#include "models/conflictlistmodel.h"
#include "models/synclabels.h"
#include "session/datafoldersession.h"
#include "storage/datastore.h"
#include "sync/synccontroller.h"
#include "syncprogressdisplay.h"
#include "ui_syncpage.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
QString number(qint64 n)
{
    return QLocale().toString(n);
}
} // namespace

SyncPage::SyncPage(DataFolderSession &session, QWidget *parent)
    : QWidget(parent),
      m_ui(std::make_unique<Ui::SyncPage>()),
      m_session(session),
      m_store(session.store()),
      m_controller(session.syncController()),
      m_outbox(new OutboxModel(DataStore::databasePath(m_store.directory()), this)),
      m_conflicts(new ConflictListModel(DataStore::databasePath(m_store.directory()), this))
{
    m_ui->setupUi(this);
    m_ui->outboxTable->setModel(m_outbox);
    m_ui->conflictsTable->setModel(m_conflicts);
    for (QTableView *table : {m_ui->outboxTable, m_ui->conflictsTable}) {
        table->verticalHeader()->hide();
        table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
        table->horizontalHeader()->setStretchLastSection(true);
    }
    const QList<QPair<int, int>> outboxWidths{{OutboxModel::Time, 124},  {OutboxModel::Record, 260},
                                              {OutboxModel::Change, 320}, {OutboxModel::State, 90},
                                              {OutboxModel::ServerSeq, 80}, {OutboxModel::ContentHash, 110}};
    for (const auto &[column, width] : outboxWidths)
        m_ui->outboxTable->setColumnWidth(column, width);
    const QList<QPair<int, int>> conflictWidths{{ConflictListModel::Detected, 124}, {ConflictListModel::Record, 280},
                                                {ConflictListModel::Project, 200}, {ConflictListModel::Field, 110},
                                                {ConflictListModel::Yours, 180}};
    for (const auto &[column, width] : conflictWidths)
        m_ui->conflictsTable->setColumnWidth(column, width);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->pageLayout->setStretch(m_ui->pageLayout->indexOf(m_ui->splitter), 1);
    m_ui->errorLabel->setStyleSheet(u"color: #c62828"_s);
    m_ui->errorLabel->hide();
    m_ui->attentionLabel->setStyleSheet(u"color: #c62828"_s);
    m_ui->attentionLabel->setTextFormat(Qt::RichText);
    m_ui->attentionLabel->hide();
    connect(m_ui->attentionLabel, &QLabel::linkActivated, this, [this](const QString &link) {
        focus(link == u"refused"_s ? Focus::Refused : link == u"conflicts"_s ? Focus::Conflicts : Focus::Overview);
    });
    m_ui->progressLabel->hide();
    m_ui->progressBar->hide();
    m_ui->resolveButton->setEnabled(false);

    auto *filters = new QButtonGroup(this);
    for (OutboxGroup group : {OutboxGroup::All, OutboxGroup::Waiting, OutboxGroup::Applied, OutboxGroup::Conflict,
                              OutboxGroup::Rejected}) {
        QToolButton *button = filterButton(group);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        filters->addButton(button, int(group));
    }
    connect(filters, &QButtonGroup::idClicked, this, [this](int id) { showGroup(OutboxGroup(id)); });

    connect(m_outbox, &OutboxModel::loaded, this, [this] {
        updateCounts();
        updateTimes();
        updateAttention();
    });
    connect(m_outbox, &OutboxModel::rowsInserted, this, &SyncPage::updateCounts);
    connect(m_outbox, &OutboxModel::loadFailed, this, [this](const QString &message) {
        m_ui->errorLabel->setText(message);
        m_ui->errorLabel->show();
    });
    connect(m_conflicts, &ConflictListModel::loaded, this, [this] {
        updateConflictsLabel();
        updateAttention();
        if (m_conflicts->rowCount() > 0 && !m_ui->conflictsTable->currentIndex().isValid())
            m_ui->conflictsTable->setCurrentIndex(m_conflicts->index(0, 0));
        m_ui->resolveButton->setEnabled(m_conflicts->rowCount() > 0);
    });
    connect(m_conflicts, &ConflictListModel::loadFailed, m_outbox, &OutboxModel::loadFailed);
    connect(m_ui->conflictsTable, &QTableView::activated, this, [this] { resolveCurrentConflict(); });
    connect(m_ui->resolveButton, &QPushButton::clicked, this, [this] { resolveCurrentConflict(); });

    m_clock.setInterval(30 * 1000);
    connect(&m_clock, &QTimer::timeout, this, &SyncPage::updateTimes);
    m_clock.start();

    connect(m_ui->syncNowButton, &QPushButton::clicked, this, &SyncPage::syncRequested);
    connect(m_controller, &SyncController::stateChanged, this, &SyncPage::updateSession);
    connect(m_controller, &SyncController::sessionChanged, this, &SyncPage::updateSession);
    connect(m_controller, &SyncController::profileChanged, this, &SyncPage::updateSession);
    connect(m_controller, &SyncController::progressChanged, this, &SyncPage::showProgress);
    connect(m_controller, &SyncController::finished, this, [this](const SyncReport &report) {
        showReport(report);
        reload();
    });
    if (m_controller->hasReport())
        showReport(m_controller->lastReport());
    else
        m_ui->reportLabel->setText(tr("No sync has run since SiteSafe started."));
    if (m_controller->progress())
        showProgress(*m_controller->progress());
    updateSession();
    updateCounts();
    updateConflictsLabel();
    reload();
}

SyncPage::~SyncPage() = default;

QTableView *SyncPage::outboxView() const
{
    return m_ui->outboxTable;
}

QTableView *SyncPage::conflictView() const
{
    return m_ui->conflictsTable;
}

QToolButton *SyncPage::filterButton(OutboxGroup group) const
{
    switch (group) {
    case OutboxGroup::All: return m_ui->allButton;
    case OutboxGroup::Waiting: return m_ui->waitingButton;
    case OutboxGroup::Applied: return m_ui->appliedButton;
    case OutboxGroup::Conflict: return m_ui->conflictButton;
    case OutboxGroup::Rejected: return m_ui->rejectedButton;
    }
    return m_ui->allButton;
}

void SyncPage::reload()
{
    m_outbox->reload();
    m_conflicts->reload();
}

void SyncPage::showGroup(OutboxGroup group)
{
    filterButton(group)->setChecked(true);
    m_outbox->setGroup(group);
}

void SyncPage::focus(Focus focus)
{
    switch (focus) {
    case Focus::Overview: m_ui->syncNowButton->setFocus(); break;
    case Focus::Waiting:
        showGroup(OutboxGroup::Waiting);
        m_ui->outboxTable->setFocus();
        break;
    case Focus::Refused:
        showGroup(OutboxGroup::Rejected);
        m_ui->outboxTable->setFocus();
        break;
    case Focus::Conflicts:
        // The conflict list is where they are resolved; its first row is current once loaded.
        m_ui->splitter->setSizes({1, 1});
        m_ui->conflictsTable->setFocus();
        break;
    }
}

SyncPage::Focus SyncPage::focusFor(const SyncAttention &attention)
{
    if (attention.refused > 0)
        return Focus::Refused;
    if (attention.conflicts > 0)
        return Focus::Conflicts;
    if (attention.waiting > 0)
        return Focus::Waiting;
    return Focus::Overview;
}

QString SyncPage::attentionText() const
{
    return m_ui->attentionLabel->isHidden() ? QString() : m_ui->attentionLabel->text();
}

void SyncPage::updateAttention()
{
    // The page's own exact counts (the filter buttons' numbers), so the line and the lists always agree.
    SyncAttention a;
    a.waiting = m_outbox->summary().count(OutboxGroup::Waiting);
    a.refused = m_outbox->summary().count(OutboxGroup::Rejected);
    a.conflicts = m_conflicts->totalCount();
    QStringList links;
    if (a.refused > 0)
        links << u"<a href=\"refused\">%1</a>"_s.arg(
            tr("%n change(s) refused by the server", nullptr, int(qMin<qint64>(a.refused, INT_MAX))).toHtmlEscaped());
    if (a.conflicts > 0)
        links << u"<a href=\"conflicts\">%1</a>"_s.arg(
            tr("%n conflict(s) to resolve", nullptr, int(qMin<qint64>(a.conflicts, INT_MAX))).toHtmlEscaped());
    // Rows received from the server but held back because they break a local rule (docs/sync-protocol.md): the
    // run that first held one said which and why; every later run retries them.
    if (m_controller->hasReport() && m_controller->lastReport().heldRows > 0)
        links << tr("%n received record(s) held back (retried at every sync)", nullptr,
                    int(qMin<qint64>(m_controller->lastReport().heldRows, INT_MAX)))
                     .toHtmlEscaped();
    m_ui->attentionLabel->setText(links.isEmpty() ? QString() : tr("Needs you: %1").arg(links.join(u" · "_s)));
    m_ui->attentionLabel->setHidden(links.isEmpty());
    // The last run's summary may only say "everything applied" while that is still true.
    if (m_controller->hasReport())
        showReport(m_controller->lastReport());
}

QString SyncPage::actor() const
{
    // The audit log names who resolved; without a signed-in account, the operating-system user.
    if (!m_controller->profile().userName.isEmpty())
        return m_controller->profile().userName;
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? u"local"_s : user;
}

void SyncPage::updateSession()
{
    if (!m_controller->profile().isConfigured()) {
        m_ui->serverLabel->setText(tr("No provincial server is set up. Sign in to one to send your work; "
                                      "everything stays on this computer until then."));
        m_ui->syncNowButton->setText(tr("Sign &in…"));
        m_ui->syncNowButton->setEnabled(true);
        return;
    }
    const ServerProfile &profile = m_controller->profile();
    const QString session = m_controller->isSignedIn() ? tr("signed in") : tr("not signed in");
    m_ui->serverLabel->setText(tr("Server: %1 · User: %2 · %3")
                                   .arg(profile.serverUrl.toDisplayString(),
                                        profile.userName.isEmpty() ? tr("(none)") : profile.userName, session));
    m_ui->syncNowButton->setText(m_controller->isSignedIn() ? tr("&Sync now") : tr("Sign &in…"));
    m_ui->syncNowButton->setEnabled(!m_controller->isRunning());
    if (!m_controller->isRunning()) {
        m_ui->progressLabel->hide();
        m_ui->progressBar->hide();
    }
}

void SyncPage::updateTimes()
{
    const QDateTime now = m_session.now();
    m_ui->lastPushLabel->setText(SyncLabels::whenText(m_outbox->summary().lastPushAt, now));
    m_ui->lastPullLabel->setText(SyncLabels::whenText(m_outbox->summary().lastPullAt, now));
}

void SyncPage::updateCounts()
{
    const OutboxSummary &s = m_outbox->summary();
    m_ui->allButton->setText(tr("&All (%1)").arg(number(s.count(OutboxGroup::All))));
    m_ui->waitingButton->setText(tr("&Waiting (%1)").arg(number(s.count(OutboxGroup::Waiting))));
    m_ui->appliedButton->setText(tr("A&pplied (%1)").arg(number(s.count(OutboxGroup::Applied))));
    m_ui->conflictButton->setText(tr("&Conflicts (%1)").arg(number(s.count(OutboxGroup::Conflict))));
    m_ui->rejectedButton->setText(tr("Re&jected (%1)").arg(number(s.count(OutboxGroup::Rejected))));
    const qint64 total = m_outbox->totalCount();
    m_ui->outboxCountLabel->setText(m_outbox->rowCount() < total
                                        ? tr("Showing the newest %1 of %2; scroll down for more")
                                              .arg(number(m_outbox->rowCount()), number(total))
                                        : tr("%n change(s)", nullptr, int(qMin<qint64>(total, std::numeric_limits<int>::max()))));
}

void SyncPage::updateConflictsLabel()
{
    const qint64 total = m_conflicts->totalCount();
    m_ui->conflictsLabel->setText(
        total == 0 ? tr("No open conflicts.")
                   : tr("Open conflicts: %1 — fields changed both here and on the server. Choose which value counts.")
                         .arg(number(total)));
}

void SyncPage::showProgress(const SyncProgress &progress)
{
    SyncProgressDisplay::show(progress, m_ui->progressLabel, m_ui->progressBar);
    m_ui->syncNowButton->setEnabled(false);
}

void SyncPage::showReport(const SyncReport &r)
{
    const QLocale locale;
    QStringList parts;
    parts << tr("%1 applied, %2 conflicts, %3 rejected").arg(number(r.applied), number(r.conflicts), number(r.rejected));
    parts << (r.hadSnapshot ? tr("%1 rows received (full download)") : tr("%1 rows received")).arg(number(r.rowsPulled));
    if (r.photosUploaded > 0 || r.photoBytesSent > 0)
        // Photos, signatures and notice PDFs all travel as files.
        parts << tr("%1 files sent (%2)").arg(number(r.photosUploaded), locale.formattedDataSize(r.photoBytesSent));
    parts << tr("%1 still waiting").arg(number(r.stillPending));
    QString text = parts.join(u" · "_s);
    const bool isStillClear = m_outbox->summary().count(OutboxGroup::Waiting) == 0
        && m_outbox->summary().count(OutboxGroup::Rejected) == 0 && m_conflicts->totalCount() == 0;
    if (r.isEverythingApplied() && isStillClear)
        text += u"\n"_s + tr("Everything recorded on this computer has been applied by the server.");
    else if (r.needsAttention > 0 || r.openConflicts > 0)
        text += u"\n"_s + tr("Needs your attention: %1 rejected, %2 open conflicts.")
                              .arg(number(r.needsAttention), number(r.openConflicts));
    for (const QString &warning : r.warnings)
        text += u"\n"_s + warning;
    m_ui->reportLabel->setText(text);
    if (r.error) {
        m_ui->errorLabel->setText(tr("Last sync failed: %1").arg(r.error->message));
        m_ui->errorLabel->show();
    } else {
        m_ui->errorLabel->hide();
    m_ui->attentionLabel->setStyleSheet(u"color: #c62828"_s);
    m_ui->attentionLabel->setTextFormat(Qt::RichText);
    m_ui->attentionLabel->hide();
    connect(m_ui->attentionLabel, &QLabel::linkActivated, this, [this](const QString &link) {
        focus(link == u"refused"_s ? Focus::Refused : link == u"conflicts"_s ? Focus::Conflicts : Focus::Overview);
    });
    }
    m_ui->progressLabel->hide();
    m_ui->progressBar->hide();
    updateSession();
}

ConflictDialog *SyncPage::resolveCurrentConflict()
{
    const QModelIndex current = m_ui->conflictsTable->currentIndex();
    if (!current.isValid() || current.row() >= m_conflicts->rowCount())
        return nullptr;
    ConflictDialog::Target target;
    target.database = &m_store.database();
    target.undoStack = m_session.undoStack();
    target.actor = actor();
    // Runs after every redo and undo, also from the Edit menu long after the dialog closed.
    target.changed = [this](const Status &status) {
        m_ui->errorLabel->setVisible(!status);
        if (!status)
            m_ui->errorLabel->setText(status.error().message);
        reload();
    };
    auto *dialog = new ConflictDialog(m_conflicts->conflictAt(current.row()), std::move(target), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace sitesafe
