#include "ledgerspage.h"

#include <memory>

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include "core/backgroundpriority.h"
#include "core/domainlabels.h"
#include "jurisdictioncombo.h"
#include "ledgersheetmodel.h"
#include "models/sqlworker.h"
#include "reportoutput.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
/// The kind combo's entry for the running list of major hazards not yet closed.
constexpr int kRunningList = -1;

struct WholeSheet {
    LedgerSheet sheet;
    QString error;
};
} // namespace

LedgersPage::LedgersPage(SqlWorker &worker, QDate today, QWidget *parent) : QWidget(parent), m_worker(worker)
{
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"ledgerKindCombo"_s);
    for (LedgerKind kind : {LedgerKind::MajorHazards, LedgerKind::Incidents, LedgerKind::Dangers})
        m_kind->addItem(LedgerReader::title(kind), int(kind));
    m_kind->addItem(LedgerReader::runningTitle(), kRunningList);
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_status = new QComboBox(this);
    m_status->setObjectName(u"ledgerStatusCombo"_s);
    m_period = new QComboBox(this);
    m_period->setObjectName(u"ledgerPeriodCombo"_s);
    m_place = new JurisdictionCombo(worker, true, QString(), this);
    m_place->setObjectName(u"ledgerPlaceCombo"_s);
    m_countLabel = new QLabel(this);
    auto *xlsx = new QPushButton(tr("Export &XLSX…"), this);
    auto *csv = new QPushButton(tr("Export &CSV…"), this);
    auto *pdf = new QPushButton(tr("&PDF…"), this);
    pdf->setToolTip(tr("Save the ledger shown as a PDF file"));
    auto *print = new QPushButton(tr("P&rint…"), this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Ledger:"), this));
    bar->addWidget(m_kind);
    bar->addWidget(new QLabel(tr("Month (China time):"), this));
    bar->addWidget(m_period);
    bar->addWidget(new QLabel(tr("City/county:"), this));
    bar->addWidget(m_place);
    bar->addWidget(new QLabel(tr("Status:"), this));
    bar->addWidget(m_status);
    bar->addStretch();
    bar->addWidget(m_countLabel);
    bar->addWidget(xlsx);
    bar->addWidget(csv);
    bar->addWidget(pdf);
    bar->addWidget(print);

    m_rulesLabel = new QLabel(this);
    m_rulesLabel->setWordWrap(true);
    m_rulesLabel->setStyleSheet(u"color: #555;"_s);
    m_model = new LedgerSheetModel(worker, this);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setDefaultSectionSize(110);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_rulesLabel);
    layout->addWidget(m_view, 1);

    fillChoices(today);
    fillStatuses();
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        fillStatuses();
        reload();
    });
    for (QComboBox *box : {m_period, m_status, static_cast<QComboBox *>(m_place)})
        connect(box, &QComboBox::currentIndexChanged, this, &LedgersPage::reload);
    connect(m_model, &LedgerSheetModel::loaded, this, [this] {
        const LedgerSheet &sheet = m_model->header();
        m_countLabel->setText(tr("%n row(s)", nullptr, m_model->rowCount()));
        m_rulesLabel->setText(sheet.scope + u"：" + sheet.rules);
        // The widths the spreadsheet gives (in characters), not measured from rows: that would read windows.
        const int character = m_view->fontMetrics().horizontalAdvance(u"汉"_s) / 2 + 1;
        for (int c = 0; c < sheet.columns.size(); ++c)
            m_view->setColumnWidth(c, qBound(60, int(sheet.columns.at(c).width * character) + 12, 320));
        Q_EMIT loaded();
    });
    connect(m_model, &LedgerSheetModel::loadFailed, m_countLabel, &QLabel::setText);
    connect(xlsx, &QPushButton::clicked, this, [this] { askExport(u"xlsx"_s); });
    connect(csv, &QPushButton::clicked, this, [this] { askExport(u"csv"_s); });
    connect(pdf, &QPushButton::clicked, this, [this] { askExport(u"pdf"_s); });
    connect(print, &QPushButton::clicked, this, [this] {
        withWholeSheet([this](const LedgerSheet &sheet, const QString &error) {
            if (error.isEmpty())
                ReportOutput::askPrint(this, sheet.title, {sheet});
            else
                QMessageBox::warning(this, tr("Print"), error);
        });
    });
    connect(this, &LedgersPage::exported, this, [this](const QString &path, const QString &error) {
        if (error.isEmpty())
            m_countLabel->setText(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
        else
            m_countLabel->setText(error);
    });
    reload();
}

void LedgersPage::fillChoices(QDate today)
{
    // The previous month first: the one reported to the province by the 1st. Then back two years.
    QDate month(today.year(), today.month(), 1);
    m_period->addItem(LedgerPeriod{month.year(), month.month()}.text(), month);
    for (int i = 1; i <= 24; ++i) {
        const QDate m = month.addMonths(-i);
        m_period->addItem(LedgerPeriod{m.year(), m.month()}.text(), m);
    }
    m_period->setCurrentIndex(1);
}

void LedgersPage::setPeriod(const LedgerPeriod &period)
{
    m_period->setCurrentIndex(m_period->findText(period.text()));
}

void LedgersPage::setKind(LedgerKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

void LedgersPage::setJurisdiction(const QString &code)
{
    m_place->select(code);
}

void LedgersPage::showRunningList()
{
    m_kind->setCurrentIndex(m_kind->findData(kRunningList));
}

void LedgersPage::setStatus(const QString &status)
{
    m_status->setCurrentIndex(qMax(0, m_status->findData(status)));
}

void LedgersPage::fillStatuses()
{
    const QSignalBlocker block(m_status);
    m_status->clear();
    m_status->addItem(tr("All statuses"), QString());
    const int kind = m_kind->currentData().toInt();
    if (kind == kRunningList || kind == int(LedgerKind::MajorHazards)) {
        for (const QString &code : LedgerReader::statusCodes(LedgerKind::MajorHazards))
            if (kind != kRunningList || code != u"closed")
                m_status->addItem(DomainLabels::hazardStatus(code), code);
    } else if (kind == int(LedgerKind::Incidents)) {
        m_status->addItem(tr("Investigation open (未结案)"), u"open"_s);
        m_status->addItem(tr("Closed (结案)"), u"closed"_s);
    }
    m_status->setEnabled(m_status->count() > 1);
    m_period->setEnabled(kind != kRunningList);
}

LedgerQuery LedgersPage::currentQuery() const
{
    const QDate month = m_period->currentData().toDate();
    const int kind = m_kind->currentData().toInt();
    LedgerQuery query;
    query.kind = kind == kRunningList ? LedgerKind::MajorHazards : LedgerKind(kind);
    query.isRunning = kind == kRunningList;
    query.period = LedgerPeriod{month.year(), month.month()};
    query.jurisdictionCode = m_place->code();
    if (const QString status = m_status->currentData().toString(); !status.isEmpty())
        query.statuses = {status};
    return query;
}

bool LedgersPage::isReady() const
{
    return m_model->isReady();
}

void LedgersPage::reload()
{
    if (!m_period->currentData().toDate().isValid())
        return;
    m_countLabel->setText(tr("Loading…"));
    m_model->setQuery(currentQuery());
}

void LedgersPage::withWholeSheet(std::function<void(const LedgerSheet &, const QString &error)> use)
{
    const LedgerQuery query = m_model->query();
    m_countLabel->setText(tr("Reading the whole ledger…"));
    m_worker.post<WholeSheet>(
        this,
        [query](ReadConnection db) {
            WholeSheet whole;
            auto sheet = LedgerReader::read(db, query);
            if (sheet)
                whole.sheet = std::move(sheet).value();
            else
                whole.error = sheet.error().message;
            return whole;
        },
        [this, use](const WholeSheet &whole) {
            m_countLabel->setText(tr("%n row(s)", nullptr, m_model->rowCount()));
            use(whole.sheet, whole.error);
        });
}

void LedgersPage::exportTo(const QString &path)
{
    withWholeSheet([this, path](const LedgerSheet &sheet, const QString &error) {
        if (!error.isEmpty()) {
            Q_EMIT exported(path, error);
            return;
        }
        // Writing thousands of rows (a PDF lays them out) takes seconds at province scale: not on the UI thread
        // (DESIGN.md §5, measured by bench/ui_stall_bench). The file is the page's no longer once it is asked for.
        BackgroundPriority::run(
            this,
            [path, sheet] {
                const Status written = ReportOutput::write(path, sheet.title, {sheet});
                return written ? QString() : written.error().message;
            },
            [this, path](const QString &failure) { Q_EMIT exported(path, failure); }, tr("The export stopped."));
    });
}

QString LedgersPage::suggestedName() const
{
    const LedgerSheet &sheet = m_model->header();
    return sheet.title + u"-"_s + QString(sheet.scope).replace(u" · "_s, u"-"_s);
}

void LedgersPage::askExport(const QString &suffix)
{
    const QString filter = suffix == u"csv"   ? tr("CSV (*.csv)")
                           : suffix == u"pdf" ? tr("PDF (*.pdf)")
                                              : tr("Excel workbook (*.xlsx)");
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export ledger"), suggestedName() + u'.' + suffix, filter);
    if (path.isEmpty())
        return;
    // The user asked: a failure is also said in a message box, once, for this export.
    auto *connection = new QMetaObject::Connection;
    *connection = connect(this, &LedgersPage::exported, this, [this, connection](const QString &, const QString &error) {
        disconnect(*connection);
        delete connection;
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Export ledger"), error);
    });
    exportTo(path);
}

} // namespace sitesafe
