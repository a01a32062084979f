#include "ledgerspage.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include "jurisdictioncombo.h"
#include "ledgersheetmodel.h"
#include "models/sqlworker.h"
#include "reportoutput.h"
#include "reports/ledgerwriter.h"
#include "reports/reportpdf.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
struct Loaded {
    quint64 generation = 0;
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
    bar->addStretch();
    bar->addWidget(m_countLabel);
    bar->addWidget(xlsx);
    bar->addWidget(csv);
    bar->addWidget(pdf);
    bar->addWidget(print);

    m_rulesLabel = new QLabel(this);
    m_rulesLabel->setWordWrap(true);
    m_rulesLabel->setStyleSheet(u"color: #555;"_s);
    m_model = new LedgerSheetModel(this);
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
    for (QComboBox *box : {m_kind, m_period, static_cast<QComboBox *>(m_place)})
        connect(box, &QComboBox::currentIndexChanged, this, &LedgersPage::reload);
    connect(xlsx, &QPushButton::clicked, this, [this] { askExport(u"xlsx"_s); });
    connect(csv, &QPushButton::clicked, this, [this] { askExport(u"csv"_s); });
    connect(pdf, &QPushButton::clicked, this, [this] {
        ReportOutput::askSavePdf(this, m_model->sheet().title, {m_model->sheet()}, suggestedName());
    });
    connect(print, &QPushButton::clicked, this,
            [this] { ReportOutput::askPrint(this, m_model->sheet().title, {m_model->sheet()}); });
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

void LedgersPage::reload()
{
    const QDate month = m_period->currentData().toDate();
    if (!month.isValid())
        return;
    const LedgerPeriod period{month.year(), month.month()};
    const auto kind = LedgerKind(m_kind->currentData().toInt());
    const QString place = m_place->code();
    const quint64 generation = ++m_generation;
    m_isReady = false;
    m_countLabel->setText(tr("Loading…"));
    m_worker.post<Loaded>(
        this,
        [generation, kind, period, place](ReadConnection db) {
            Loaded loaded;
            loaded.generation = generation;
            auto sheet = LedgerReader::read(db, kind, period, place);
            if (sheet)
                loaded.sheet = std::move(sheet).value();
            else
                loaded.error = sheet.error().message;
            return loaded;
        },
        [this](const Loaded &loaded) {
            if (loaded.generation != m_generation)
                return; // a newer choice is on its way
            m_model->setSheet(loaded.sheet);
            m_countLabel->setText(loaded.error.isEmpty() ? tr("%n row(s)", nullptr, int(loaded.sheet.rows.size()))
                                                         : loaded.error);
            m_rulesLabel->setText(loaded.sheet.scope + u"：" + loaded.sheet.rules);
            m_view->resizeColumnsToContents();
            for (int c = 0; c < m_model->columnCount(); ++c)
                m_view->setColumnWidth(c, qMin(m_view->columnWidth(c), 320));
            m_isReady = true;
            Q_EMIT this->loaded();
        });
}

QString LedgersPage::exportTo(const QString &path) const
{
    const LedgerSheet &sheet = m_model->sheet();
    const Status written = path.endsWith(u".csv"_s, Qt::CaseInsensitive)   ? LedgerWriter::writeCsv(sheet, path)
                           : path.endsWith(u".pdf"_s, Qt::CaseInsensitive) ? ReportPdf::write(sheet.title, {sheet}, path)
                                                                           : LedgerWriter::writeXlsx({sheet}, path);
    return written ? QString() : written.error().message;
}

QString LedgersPage::suggestedName() const
{
    const LedgerSheet &sheet = m_model->sheet();
    return sheet.title + u"-"_s + QString(sheet.scope).replace(u" · "_s, u"-"_s);
}

void LedgersPage::askExport(const QString &suffix)
{
    const QString name = suggestedName() + u'.' + suffix;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export ledger"), name, suffix == u"csv" ? tr("CSV (*.csv)") : tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (const QString error = exportTo(path); !error.isEmpty())
        QMessageBox::warning(this, tr("Export ledger"), error);
}

} // namespace sitesafe
