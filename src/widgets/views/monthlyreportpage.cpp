#include "monthlyreportpage.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/domainlabels.h"
#include "core/reportdeadline.h"
#include "figurestable.h"
#include "jurisdictioncombo.h"
#include "models/sqlworker.h"
#include "reportoutput.h"
#include "reports/monthlyreport.h"
#include "session/datafoldersession.h"
#include "storage/datastore.h"
#include "storage/monthlyreportrepository.h"
#include "views/inspectionspage.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
struct Computed {
    quint64 generation = 0;
    QJsonObject figures;
    QList<LedgerSheet> document;
    QString error;
};
} // namespace

MonthlyReportPage::MonthlyReportPage(DataFolderSession &session, SqlWorker &worker, QWidget *parent)
    : QWidget(parent), m_session(session), m_worker(worker)
{
    m_period = new QComboBox(this);
    m_period->setObjectName(u"reportPeriodCombo"_s);
    const QDate today = session.today();
    const QDate month(today.year(), today.month(), 1);
    for (int i = 0; i <= 24; ++i) {
        const QDate m = month.addMonths(-i);
        m_period->addItem(LedgerPeriod{m.year(), m.month()}.text(), m);
    }
    // The signed-in account's 市县 first: it is the one that reports.
    // The whole province too (省厅): the sum of the 市县' figures, reviewed and exported, not submitted.
    m_place = new JurisdictionCombo(worker, true, session.account().jurisdictionCode, this);
    m_submit = new QPushButton(tr("&Submit report…"), this);
    auto *xlsx = new QPushButton(tr("Export &XLSX…"), this);
    auto *pdf = new QPushButton(tr("&PDF…"), this);
    pdf->setToolTip(tr("Save the report and its three ledgers as a PDF file"));
    auto *print = new QPushButton(tr("P&rint…"), this);
    for (QPushButton *b : {xlsx, pdf, print}) // enabled with the document they need
        connect(this, &MonthlyReportPage::loaded, b, [this, b] { b->setEnabled(!m_document.isEmpty()); });
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Month (China time):"), this));
    bar->addWidget(m_period);
    bar->addWidget(new QLabel(tr("City/county:"), this));
    bar->addWidget(m_place);
    bar->addStretch();
    bar->addWidget(xlsx);
    bar->addWidget(pdf);
    bar->addWidget(print);
    bar->addWidget(m_submit);

    m_table = new FiguresTable(this);
    auto *rules = new QLabel(MonthlyReport::rules(), this);
    rules->setWordWrap(true);
    rules->setStyleSheet(u"color: #555;"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    layout->addWidget(rules);

    connect(m_period, &QComboBox::currentIndexChanged, this, &MonthlyReportPage::reload);
    connect(m_place, &QComboBox::currentIndexChanged, this, &MonthlyReportPage::reload);
    connect(m_place, &JurisdictionCombo::loaded, this, &MonthlyReportPage::reload);
    connect(m_submit, &QPushButton::clicked, this, [this] {
        const auto answer = QMessageBox::question(
            this, tr("Submit report"),
            tr("Submit the %1 report of %2 to the province with the figures shown? It is sent at the next sync; "
               "submitting again later replaces it.")
                .arg(period().text(), m_place->currentText()));
        if (answer != QMessageBox::Yes)
            return;
        if (const QString error = submit(); !error.isEmpty())
            QMessageBox::warning(this, tr("Submit report"), error);
    });
    connect(xlsx, &QPushButton::clicked, this,
            [this] { ReportOutput::askSaveXlsx(this, m_document, suggestedName()); });
    connect(pdf, &QPushButton::clicked, this,
            [this] { ReportOutput::askSavePdf(this, documentTitle(), m_document, suggestedName()); });
    connect(print, &QPushButton::clicked, this,
            [this] { ReportOutput::askPrint(this, documentTitle(), m_document); });
    reload();
}

QString MonthlyReportPage::documentTitle() const
{
    return m_document.isEmpty() ? QString() : MonthlyReport::documentTitle(m_document.first().scope);
}

QString MonthlyReportPage::suggestedName() const
{
    return m_document.isEmpty() ? QString() : u"月报-"_s + QString(m_document.first().scope).replace(u" · "_s, u"-"_s);
}

QString MonthlyReportPage::exportTo(const QString &path) const
{
    if (m_document.isEmpty())
        return tr("The report is still being computed; try again in a moment.");
    const Status written = ReportOutput::write(path, documentTitle(), m_document);
    return written ? QString() : written.error().message;
}

LedgerPeriod MonthlyReportPage::period() const
{
    const QDate m = m_period->currentData().toDate();
    return {m.year(), m.month()};
}

void MonthlyReportPage::setPeriod(const LedgerPeriod &p)
{
    m_period->setCurrentIndex(m_period->findText(p.text()));
}

void MonthlyReportPage::setJurisdiction(const QString &code)
{
    m_place->select(code);
}

void MonthlyReportPage::reload()
{
    if (!m_place->isLoaded())
        return; // the choice arrives from the worker, and reloads then
    const LedgerPeriod p = period();
    const QString place = m_place->code();
    const quint64 generation = ++m_generation;
    m_isReady = false;
    m_submit->setEnabled(false);
    const QDate today = m_session.today();
    m_worker.post<Computed>(
        this,
        [generation, p, place, today](ReadConnection db) {
            Computed c;
            c.generation = generation;
            auto figures = MonthlyReport::figures(db, place, p, today);
            if (!figures) {
                c.error = figures.error().message;
                return c;
            }
            c.figures = figures.value();
            auto document = MonthlyReport::document(db, place, p, c.figures);
            if (document)
                c.document = std::move(document).value();
            else
                c.error = document.error().message;
            return c;
        },
        [this](const Computed &c) {
            if (c.generation != m_generation)
                return;
            m_figures = c.figures;
            m_document = c.document;
            m_table->setFigures(c.figures);
            showStatus();
            if (!c.error.isEmpty())
                m_status->setText(c.error);
            m_submit->setEnabled(c.error.isEmpty() && !m_place->code().isEmpty());
            m_isReady = true;
            Q_EMIT loaded();
        });
}

void MonthlyReportPage::showStatus()
{
    const LedgerPeriod p = period();
    if (m_place->code().isEmpty()) {
        m_status->setText(tr("The province's report: the sum of every city and county. It is not submitted; the "
                             "Submissions tab shows who has reported."));
        m_status->setStyleSheet({});
        return;
    }
    const auto record = MonthlyReportRepository(m_session.store().connection())
                            .find(m_place->code(), p.text());
    const QString due = ReportDeadline::dueBefore(p.year, p.month).toString(Qt::ISODate);
    const bool isSubmitted = record && record->status == u"submitted";
    const auto state = ReportDeadline::stateOf(p.year, p.month,
                                               isSubmitted ? Timestamp::fromText(record->submittedAt) : QDateTime(),
                                               m_session.now());
    QString text;
    switch (state) {
    case ReportDeadline::State::OnTime:
        text = tr("Submitted %1, before the deadline (before %2).");
        break;
    case ReportDeadline::State::Late:
        text = tr("Submitted %1, after the deadline (before %2): late (迟报).");
        break;
    case ReportDeadline::State::Overdue: text = tr("Not submitted; it was due before %1 (overdue).").arg(due); break;
    case ReportDeadline::State::DueSoon:
    case ReportDeadline::State::Pending: text = tr("Not submitted yet; due before %1.").arg(due); break;
    }
    if (isSubmitted)
        text = text.arg(DomainLabels::localDateTime(record->submittedAt), due);
    const bool isWarning = state == ReportDeadline::State::Late || state == ReportDeadline::State::Overdue
                           || state == ReportDeadline::State::DueSoon;
    m_status->setText(text);
    m_status->setStyleSheet(isWarning ? u"color: #c62828; font-weight: bold;"_s : QString());
}

QString MonthlyReportPage::submit()
{
    const QString place = m_place->code();
    const auto submitted = MonthlyReportRepository(m_session.store().connection())
                               .submit(place, period().text(),
                                       QString::fromUtf8(QJsonDocument(m_figures).toJson(QJsonDocument::Compact)),
                                       InspectionsPage::actor(m_session));
    if (!submitted)
        return submitted.error().message;
    showStatus();
    return {};
}

} // namespace sitesafe
