#include "traynotifier.h"

#include <QSet>
#include <QSystemTrayIcon>
#include <QtGlobal>

#include "appsettings.h"
#include "models/reminderscanner.h"
#include "models/shownreminderfile.h"
#include "models/sqlworker.h"
#include "session/datafoldersession.h"
#include "statusbarremindersink.h"
#include "storage/datastore.h"
#include "trayremindersink.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
constexpr int kTitleChars = 40;

/// A scan and whether its keys differ from those in the shown-reminders file it was judged against.
struct ScanResult {
    ReminderScan scan;
    bool hasNewKeys = false;
};

/// The titles of the new items of `list`, shortened, "…" when more are new than named.
QString namesOf(const ReminderList &list)
{
    QStringList names;
    for (const ReminderItem &item : list.items) {
        if (!item.isNew || names.size() >= TrayNotifier::kNamedLimit)
            continue;
        names << (item.title.size() > kTitleChars ? item.title.left(kTitleChars - 1) + u'…' : item.title);
    }
    QString text = names.join(u"; "_s);
    if (list.fresh > names.size())
        text += u"; …"_s;
    return text;
}
} // namespace

TrayNotifier::TrayNotifier(DataFolderSession &session, AppSettings &settings, QObject *parent)
    : QObject(parent), m_session(session), m_settings(settings),
      m_worker(new SqlWorker(session.store().database().path(), this))
{
    m_timer.setInterval(kScanIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &TrayNotifier::scanNow);
    m_settings.removeLegacyShownReminders(session.store().directory());
}

TrayNotifier::TrayNotifier(DataFolderSession &session, AppSettings &settings, QStatusBar *statusBar, QObject *parent)
    : TrayNotifier(session, settings, parent)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new TrayReminderSink(this);
        m_sink = m_tray;
        connect(m_tray, &TrayReminderSink::openRequested, this, &TrayNotifier::windowRequested);
        connect(m_tray, &TrayReminderSink::overdueRequested, this,
                [this] { Q_EMIT hazardsRequested(ReminderNotice::Target::Overdue); });
        connect(m_tray, &TrayReminderSink::turnOffRequested, this, &TrayNotifier::turnOff);
        connect(m_tray, &TrayReminderSink::messageClicked, this, &TrayNotifier::openNotice);
    } else {
        m_statusSink = new StatusBarReminderSink(statusBar, this);
        m_sink = m_statusSink;
    }
}

TrayNotifier::TrayNotifier(DataFolderSession &session, AppSettings &settings, ReminderSink &sink, QObject *parent)
    : TrayNotifier(session, settings, parent)
{
    m_sink = &sink;
}

TrayNotifier::~TrayNotifier() = default;

bool TrayNotifier::isOn() const
{
    return m_settings.areRemindersOn();
}

void TrayNotifier::start()
{
    m_isStarted = true;
    applySettings();
}

void TrayNotifier::applySettings()
{
    const bool on = isOn();
    m_sink->setActive(on);
    if (!on) {
        m_timer.stop();
        ++m_generation; // a scan under way when reminders went off shows nothing
        return;
    }
    if (m_isStarted) {
        m_timer.start();
        scanNow();
    }
}

void TrayNotifier::turnOff()
{
    m_settings.setRemindersOn(false);
    m_settings.sync();
    applySettings();
}

void TrayNotifier::scanNow()
{
    if (!isOn())
        return;
    const quint64 generation = ++m_generation;
    // "Now" and "today" from the session's clock, read here on the UI thread; the worker reads the rows and the
    // shown-reminders file (ShownReminderFile: 1.5 MB at province scale, never on the UI thread).
    const QDateTime now = m_session.now();
    const QDate today = m_session.today();
    const QString jurisdiction = m_settings.jurisdictionCode();
    const ShownReminderFile file(m_session.store().directory());
    m_worker->post<ScanResult>(
        this,
        [now, today, jurisdiction, file](ReadConnection db) {
            const QSet<QString> shown = file.read();
            ScanResult result {ReminderScanner::scan(db, now, today, jurisdiction, shown)};
            // Keys are unique, so no fresh key and as many keys as shown means the same set.
            result.hasNewKeys = !result.scan.freshKeys.isEmpty() || result.scan.keys.size() != shown.size();
            return result;
        },
        [this, generation, file](ScanResult result) {
            if (!onScanned(result.scan, generation) || !result.scan.isOk || !result.hasNewKeys)
                return;
            // What is due now is what counts as shown: a reminder that went away (closed, extended) is news if it
            // returns. Written on the worker, in order before the next scan reads it.
            m_worker->post<Status>(
                this, [file, keys = result.scan.keys](ReadConnection) { return file.write(keys); },
                [this](const Status &written) {
                    m_shownError = written ? QString() : written.error().message;
                    if (!written)
                        qWarning("%s", qPrintable(m_shownError));
                });
        });
}

bool TrayNotifier::onScanned(const ReminderScan &scan, quint64 generation)
{
    if (generation != m_generation || !isOn())
        return false;
    m_lastScan = scan;
    Q_EMIT scanned(scan);
    if (!scan.isOk)
        return true;
    if (scan.fresh() > 0) {
        m_lastNotice = noticeFor(scan);
        ++m_noticeCount;
        m_sink->showReminder(m_lastNotice);
        Q_EMIT noticeShown(m_lastNotice);
    }
    return true;
}

void TrayNotifier::openNotice()
{
    if (m_noticeCount == 0)
        return;
    if (m_lastNotice.target == ReminderNotice::Target::Incidents)
        Q_EMIT incidentsRequested();
    else if (m_lastNotice.target == ReminderNotice::Target::MonthlyReport)
        Q_EMIT monthlyReportRequested(m_lastNotice.month);
    else
        Q_EMIT hazardsRequested(m_lastNotice.target);
}

ReminderNotice TrayNotifier::noticeFor(const ReminderScan &scan)
{
    ReminderNotice notice;
    notice.title = tr("SiteSafe reminders");
    QStringList lines;
    const ReminderItem *report = nullptr; // the most pressing new monthly report: last month's before this one's
    for (const ReminderItem &item : scan.monthlyReports.items)
        if (item.isNew && !report)
            report = &item;
    if (report) {
        const QString month = report->id.section(u':', 1);
        const QString due = report->deadline.toString(Qt::ISODate);
        lines << (report->deadline <= scan.today
                      ? tr("The monthly report for %1 of %2 was due before %3 and is not submitted.")
                      : tr("The monthly report for %1 of %2 is due before %3."))
                     .arg(month, report->detail, due);
        notice.month = month;
    }
    if (scan.reportsLate.fresh > 0)
        lines << tr("%n incident(s) not reported to the national platform within 48 hours (late report): %1", nullptr,
                    int(scan.reportsLate.fresh))
                     .arg(namesOf(scan.reportsLate));
    if (scan.reportsDue.fresh > 0)
        lines << tr("%n incident(s) to report to the national platform within 48 hours: %1", nullptr,
                    int(scan.reportsDue.fresh))
                     .arg(namesOf(scan.reportsDue));
    if (scan.overdue.fresh > 0)
        lines << tr("%n hazard(s) newly overdue: %1", nullptr, int(scan.overdue.fresh)).arg(namesOf(scan.overdue));
    if (scan.dueSoon.fresh > 0)
        lines << tr("%n hazard(s) due by tomorrow: %1", nullptr, int(scan.dueSoon.fresh)).arg(namesOf(scan.dueSoon));
    notice.text = lines.join(u'\n');
    if (scan.reportsLate.fresh > 0 || scan.reportsDue.fresh > 0)
        notice.target = ReminderNotice::Target::Incidents;
    else if (scan.overdue.fresh > 0)
        notice.target = ReminderNotice::Target::Overdue;
    else if (report)
        notice.target = ReminderNotice::Target::MonthlyReport;
    else
        notice.target = ReminderNotice::Target::DueSoon;
    notice.keys = scan.freshKeys;
    return notice;
}

} // namespace sitesafe
