#include "annualsummarypage.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextDocument>
#include <QVBoxLayout>

#include "core/clock.h"
#include "core/domainlabels.h"
#include "figurestable.h"
#include "jurisdictioncombo.h"
#include "models/sqlworker.h"
#include "reportoutput.h"
#include "reports/monthlyreport.h"
#include "session/datafoldersession.h"
#include "storage/annualsummaryrepository.h"
#include "storage/datastore.h"
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

AnnualSummaryPage::AnnualSummaryPage(DataFolderSession &session, SqlWorker &worker, QWidget *parent)
    : QWidget(parent), m_session(session), m_worker(worker)
{
    m_period = new QComboBox(this);
    m_period->setObjectName(u"summaryPeriodCombo"_s);
    m_period->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_place = new JurisdictionCombo(worker, false, session.account().jurisdictionCode, this);
    m_saveDraft = new QPushButton(tr("Save &draft"), this);
    m_saveDraft->setToolTip(tr("Keep the text written so far; it syncs, so a colleague can continue it"));
    m_submit = new QPushButton(tr("&Submit summary…"), this);
    auto *xlsx = new QPushButton(tr("Export &XLSX…"), this);
    auto *pdf = new QPushButton(tr("&PDF…"), this);
    auto *print = new QPushButton(tr("P&rint…"), this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Year or campaign:"), this));
    bar->addWidget(m_period);
    bar->addWidget(new QLabel(tr("City/county:"), this));
    bar->addWidget(m_place);
    bar->addStretch();
    for (QPushButton *b : {xlsx, pdf, print, m_saveDraft, m_submit})
        bar->addWidget(b);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_table = new FiguresTable(this);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(u"summaryText"_s);
    m_text->setPlaceholderText(tr("Write the year's work here: what was done, the main problems found, how they "
                                  "were rectified, and next year's plan. One paragraph per line."));
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(m_text);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    auto *rules = new QLabel(AnnualSummary::rules(), this);
    rules->setWordWrap(true);
    rules->setStyleSheet(u"color: #555;"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);
    layout->addWidget(rules);

    for (QPushButton *b : {xlsx, pdf, print})
        connect(this, &AnnualSummaryPage::loaded, b, [this, b] { b->setEnabled(!m_document.isEmpty()); });
    connect(m_period, &QComboBox::currentIndexChanged, this, &AnnualSummaryPage::reload);
    connect(m_place, &QComboBox::currentIndexChanged, this, &AnnualSummaryPage::reload);
    connect(m_place, &JurisdictionCombo::loaded, this, &AnnualSummaryPage::reload);
    connect(m_saveDraft, &QPushButton::clicked, this, [this] {
        if (const QString error = save(false); !error.isEmpty())
            QMessageBox::warning(this, tr("Save draft"), error);
    });
    connect(m_submit, &QPushButton::clicked, this, [this] {
        const auto answer = QMessageBox::question(
            this, tr("Submit summary"),
            tr("Submit the %1 summary of %2 to the province with the figures and text shown? It is sent at the next "
               "sync; submitting again later replaces it.")
                .arg(m_period->currentText(), m_place->currentText()));
        if (answer == QMessageBox::Yes)
            if (const QString error = save(true); !error.isEmpty())
                QMessageBox::warning(this, tr("Submit summary"), error);
    });
    const auto suggested = [this] {
        return u"工作总结-"_s + QString(m_document.value(0).scope).replace(u" · "_s, u"-"_s);
    };
    connect(xlsx, &QPushButton::clicked, this,
            [this, suggested] { ReportOutput::askSaveXlsx(this, documentWithText(), suggested()); });
    connect(pdf, &QPushButton::clicked, this, [this, suggested] {
        ReportOutput::askSavePdf(this, documentTitle(), documentWithText(), suggested());
    });
    connect(print, &QPushButton::clicked, this,
            [this] { ReportOutput::askPrint(this, documentTitle(), documentWithText()); });
    loadChoices();
}

void AnnualSummaryPage::loadChoices()
{
    const int year = m_session.today().year();
    m_worker.post<QList<AnnualSummary::Choice>>(
        this,
        [year](ReadConnection db) {
            auto choices = AnnualSummary::choices(db, year);
            // Without campaigns (an error reading them), the two calendar years still serve.
            return choices ? choices.value()
                           : QList<AnnualSummary::Choice>{{AnnualSummary::yearLabel(year),
                                                           LedgerPeriod::wholeYear(year), {}}};
        },
        [this](const QList<AnnualSummary::Choice> &choices) {
            m_choices = choices;
            const QSignalBlocker block(m_period);
            for (const AnnualSummary::Choice &c : choices)
                m_period->addItem(c.label + u" (" + c.period.text() + u')');
            reload();
        });
}

bool AnnualSummaryPage::choosePeriod(const QString &label)
{
    for (int i = 0; i < m_choices.size(); ++i)
        if (m_choices.at(i).label == label) {
            m_period->setCurrentIndex(i);
            return true;
        }
    return false;
}

void AnnualSummaryPage::setJurisdiction(const QString &code)
{
    m_place->select(code);
}

const AnnualSummary::Choice *AnnualSummaryPage::choice() const
{
    const int i = m_period->currentIndex();
    return i >= 0 && i < m_choices.size() ? &m_choices.at(i) : nullptr;
}

void AnnualSummaryPage::reload()
{
    const AnnualSummary::Choice *c = choice();
    if (!c || !m_place->isLoaded())
        return; // the choices arrive from the worker, and reload then
    const LedgerPeriod period = c->period;
    const QString place = m_place->code();
    const QDate today = m_session.today();
    const quint64 generation = ++m_generation;
    m_isReady = false;
    m_submit->setEnabled(false);
    m_saveDraft->setEnabled(false);
    // The text being written for the choice left is kept; the one for this choice is what was typed for it and
    // not saved, else what is saved (a draft, or what was submitted).
    if (!m_shownKey.isEmpty() && m_text->document()->isModified())
        m_unsaved.insert(m_shownKey, m_text->toPlainText());
    m_shownKey = place + u'|' + period.text();
    const auto saved = AnnualSummaryRepository(m_session.store().connection())
                           .find(place, period.firstMonth(), period.lastMonth());
    const auto unsaved = m_unsaved.constFind(m_shownKey);
    m_text->setPlainText(unsaved != m_unsaved.cend() ? *unsaved : saved ? saved->text : QString());
    m_text->document()->setModified(unsaved != m_unsaved.cend());
    m_worker.post<Computed>(
        this,
        [generation, period, place, today](ReadConnection db) {
            Computed computed;
            computed.generation = generation;
            auto figures = MonthlyReport::figures(db, place, period, today);
            if (!figures) {
                computed.error = figures.error().message;
                return computed;
            }
            computed.figures = figures.value();
            auto document = AnnualSummary::document(db, place, period, computed.figures, QString());
            if (document)
                computed.document = std::move(document).value();
            else
                computed.error = document.error().message;
            return computed;
        },
        [this](const Computed &computed) {
            if (computed.generation != m_generation)
                return;
            m_figures = computed.figures;
            m_document = computed.document;
            m_table->setFigures(computed.figures);
            showStatus();
            if (!computed.error.isEmpty())
                m_status->setText(computed.error);
            const bool canSave = computed.error.isEmpty() && !m_place->code().isEmpty();
            m_submit->setEnabled(canSave);
            m_saveDraft->setEnabled(canSave);
            m_isReady = true;
            Q_EMIT loaded();
        });
}

void AnnualSummaryPage::showStatus()
{
    const AnnualSummary::Choice *c = choice();
    if (!c)
        return;
    const auto saved = AnnualSummaryRepository(m_session.store().connection())
                           .find(m_place->code(), c->period.firstMonth(), c->period.lastMonth());
    // Due by 31 December of the period's last year.
    const QDate due(c->period.endDay().addDays(-1).year(), 12, 31);
    const bool isLate = saved && saved->status == u"submitted"
                        && Clock::chinaDate(Timestamp::fromText(saved->submittedAt)) > due;
    QString text;
    if (saved && saved->status == u"submitted")
        text = (isLate ? tr("Submitted %1, after 31 December: late (迟报).") : tr("Submitted %1."))
                   .arg(DomainLabels::localDateTime(saved->submittedAt));
    else if (saved)
        text = tr("Draft saved; not submitted. Due by %1.").arg(due.toString(Qt::ISODate));
    else
        text = tr("Not written yet. Due by %1.").arg(due.toString(Qt::ISODate));
    const bool isOverdue = (!saved || saved->status != u"submitted") && m_session.today() > due;
    if (isOverdue)
        text += u' ' + tr("It is overdue.");
    m_status->setText(text);
    m_status->setStyleSheet(isLate || isOverdue ? u"color: #c62828; font-weight: bold;"_s : QString());
    m_saveDraft->setVisible(!saved || saved->status != u"submitted");
}

QList<LedgerSheet> AnnualSummaryPage::documentWithText() const
{
    QList<LedgerSheet> sheets = m_document;
    if (sheets.size() > 1)
        sheets[1] = AnnualSummary::textSheet(sheets.at(0).scope, m_text->toPlainText());
    return sheets;
}

QString AnnualSummaryPage::documentTitle() const
{
    const AnnualSummary::Choice *c = choice();
    return c && !m_document.isEmpty() ? AnnualSummary::documentTitle(c->label, m_document.first().scope) : QString();
}

QString AnnualSummaryPage::exportTo(const QString &path) const
{
    if (m_document.isEmpty())
        return tr("The summary is still being computed; try again in a moment.");
    const Status written = ReportOutput::write(path, documentTitle(), documentWithText());
    return written ? QString() : written.error().message;
}

QString AnnualSummaryPage::save(bool isSubmitted)
{
    const AnnualSummary::Choice *c = choice();
    if (!c || !m_isReady)
        return tr("The summary is still being computed; try again in a moment.");
    AnnualSummaryRecord record;
    record.jurisdictionCode = m_place->code();
    record.firstMonth = c->period.firstMonth();
    record.lastMonth = c->period.lastMonth();
    record.label = c->label;
    record.figures = QString::fromUtf8(QJsonDocument(m_figures).toJson(QJsonDocument::Compact));
    record.text = m_text->toPlainText();
    const auto saved = AnnualSummaryRepository(m_session.store().connection())
                           .save(record, isSubmitted, InspectionsPage::actor(m_session));
    if (!saved)
        return saved.error().message;
    m_unsaved.remove(m_shownKey);
    m_text->document()->setModified(false);
    showStatus();
    return {};
}

} // namespace sitesafe
