#include "reportsubmissionspage.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/domainlabels.h"
#include "models/sqlworker.h"
#include "session/datafoldersession.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
struct Loaded {
    quint64 generation = 0;
    QList<MonthlySubmission> rows;
    QString error;
};
} // namespace

ReportSubmissionsPage::ReportSubmissionsPage(DataFolderSession &session, SqlWorker &worker, QWidget *parent)
    : QWidget(parent), m_session(session), m_worker(worker)
{
    m_period = new QComboBox(this);
    m_period->setObjectName(u"submissionsPeriodCombo"_s);
    // The running month first. In the first ten days of a month the one chosen is the month just due (the previous
    // one), which the province is chasing then; later in the month, the running one.
    const QDate today = session.today();
    const QDate month(today.year(), today.month(), 1);
    for (int i = 0; i <= 24; ++i) {
        const QDate m = month.addMonths(-i);
        m_period->addItem(LedgerPeriod{m.year(), m.month()}.text(), m);
    }
    m_period->setCurrentIndex(today.day() <= ReportDeadline::kReminderDays + 5 ? 1 : 0);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Month (China time):"), this));
    bar->addWidget(m_period);
    bar->addWidget(m_summary, 1);

    m_table = new QTableWidget(0, 3, this);
    m_table->setHorizontalHeaderLabels({tr("City/county or park"), tr("Report"), tr("Submitted at")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    auto *note = new QLabel(tr("As pulled at the last sync. A report is due before the 1st of the next month (China "
                               "time); double-click a row to open the report."),
                            this);
    note->setWordWrap(true);
    note->setStyleSheet(u"color: #555;"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(note);

    connect(m_period, &QComboBox::currentIndexChanged, this, &ReportSubmissionsPage::reload);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (row >= 0 && row < m_rows.size())
            Q_EMIT reportRequested(m_rows.at(row).code, period());
    });
}

LedgerPeriod ReportSubmissionsPage::period() const
{
    const QDate m = m_period->currentData().toDate();
    return {m.year(), m.month()};
}

void ReportSubmissionsPage::setPeriod(const LedgerPeriod &p)
{
    m_period->setCurrentIndex(m_period->findText(p.text()));
    reload();
}

void ReportSubmissionsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload(); // reports may have arrived with a sync since it was last shown
}

void ReportSubmissionsPage::reload()
{
    const LedgerPeriod p = period();
    const QDateTime now = m_session.now();
    const quint64 generation = ++m_generation;
    m_isReady = false;
    m_worker.post<Loaded>(
        this,
        [generation, p, now](ReadConnection db) {
            Loaded loaded;
            loaded.generation = generation;
            auto rows = MonthlySubmissions::read(db, p, now);
            if (rows)
                loaded.rows = std::move(rows).value();
            else
                loaded.error = rows.error().message;
            return loaded;
        },
        [this](const Loaded &loaded) {
            if (loaded.generation != m_generation)
                return;
            showRows(loaded.rows);
            if (!loaded.error.isEmpty())
                m_summary->setText(loaded.error);
            m_isReady = true;
            Q_EMIT this->loaded();
        });
}

void ReportSubmissionsPage::showRows(const QList<MonthlySubmission> &rows)
{
    using State = ReportDeadline::State;
    m_rows = rows;
    m_table->setRowCount(int(rows.size()));
    int cities = 0;
    int citiesIn = 0;
    int late = 0;
    int overdue = 0;
    for (int r = 0; r < rows.size(); ++r) {
        const MonthlySubmission &s = rows.at(r);
        if (!s.isPark) {
            ++cities;
            citiesIn += ReportDeadline::isSubmitted(s.state) ? 1 : 0;
        }
        late += s.state == State::Late ? 1 : 0;
        overdue += s.state == State::Overdue ? 1 : 0;
        auto *place = new QTableWidgetItem(s.isPark ? tr("%1 (park)").arg(s.name) : s.name);
        place->setData(Qt::UserRole, s.code);
        auto *state = new QTableWidgetItem(MonthlySubmissions::stateText(s.state));
        if (s.state == State::Late || s.state == State::Overdue)
            state->setForeground(QColor(0xc6, 0x28, 0x28));
        else if (s.state == State::OnTime)
            state->setForeground(QColor(0x2e, 0x7d, 0x32));
        m_table->setItem(r, 0, place);
        m_table->setItem(r, 1, state);
        m_table->setItem(r, 2, new QTableWidgetItem(s.submittedAt.isValid()
                                                         ? DomainLabels::localDateTime(Timestamp::toText(s.submittedAt))
                                                         : QString()));
    }
    m_table->resizeColumnToContents(1);
    m_table->resizeColumnToContents(2);
    m_summary->setText(tr("%1 of %2 cities and counties have submitted; %3 late, %4 overdue.")
                           .arg(citiesIn)
                           .arg(cities)
                           .arg(late)
                           .arg(overdue));
}

} // namespace sitesafe
