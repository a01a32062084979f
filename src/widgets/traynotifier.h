#pragma once

#include <memory>

#include <QObject>
#include <QTimer>

#include "models/reminderscan.h"
#include "remindersink.h"

class QStatusBar;

namespace sitesafe {

class AppSettings;
class DataFolderSession;
class SqlWorker;
class StatusBarReminderSink;
class TrayReminderSink;

/// System-tray reminders of hazards due within a day, overdue hazards and incidents whose 48-hour platform report
/// is running or late (ReminderScanner). Scans at start() and every 15 minutes; the timer only triggers, what is
/// due is decided from the session's clock and "today". Shows a notice only for reminders not yet shown for this
/// data folder (remembered in the folder across runs, ShownReminderFile), naming the new ones; clicking it opens the
/// list it is about. Off in Settings or from the tray menu: no scan, no notice, no tray icon, from that moment. Where
/// the desktop has no system tray the notice goes to the status bar.
class TrayNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayNotifier)

public:
    static constexpr int kScanIntervalMs = 15 * 60 * 1000;
    /// New reminders named in a notice; the rest are counted.
    static constexpr int kNamedLimit = 3;

    /// Shows on the system tray when there is one, else in `statusBar`. `session` and `settings` must outlive it.
    TrayNotifier(DataFolderSession &session, AppSettings &settings, QStatusBar *statusBar, QObject *parent = nullptr);
    /// Shows through `sink` (tests: offscreen there is no tray); `sink` must outlive the notifier.
    TrayNotifier(DataFolderSession &session, AppSettings &settings, ReminderSink &sink, QObject *parent = nullptr);
    ~TrayNotifier() override;

    /// Scans now and every kScanIntervalMs from now on, while reminders are on.
    void start();
    /// Scans now (if on); the result arrives with scanned().
    void scanNow();
    /// Follows AppSettings::areRemindersOn() now: shows or hides the tray icon, starts or stops the scans (a pending
    /// scan's result is dropped when turned off) and scans when turned on.
    void applySettings();
    /// The tray menu's "Turn reminders off": saved in AppSettings and followed at once.
    void turnOff();
    /// Opens the list the last notice is about (clicking the message).
    void openNotice();

    bool isOn() const;
    /// The system tray, or nullptr when the notices go to the status bar or to an injected sink.
    TrayReminderSink *tray() const { return m_tray; }
    const QTimer &timer() const { return m_timer; }
    const ReminderScan &lastScan() const { return m_lastScan; }
    const ReminderNotice &lastNotice() const { return m_lastNotice; }
    int noticeCount() const { return m_noticeCount; }
    /// Why the shown reminders could not be saved the last time (ShownReminderFile::write); empty when they were.
    QString shownError() const { return m_shownError; }

    /// The notice for the fresh reminders of `scan` (ReminderList::fresh, ReminderItem::isNew); its target is the
    /// most pressing kind among them: incidents, then overdue, then due soon.
    static ReminderNotice noticeFor(const ReminderScan &scan);

Q_SIGNALS:
    void scanned(const sitesafe::ReminderScan &scan);
    void noticeShown(const sitesafe::ReminderNotice &notice);
    /// Open the hazards page on the overdue list or the list due by tomorrow.
    void hazardsRequested(sitesafe::ReminderNotice::Target target);
    /// Open the incidents (their platform reports are due or late).
    void incidentsRequested();
    /// Open the monthly report of `month` (YYYY-MM), due soon or overdue.
    void monthlyReportRequested(const QString &month);
    /// Bring the main window up.
    void windowRequested();

private:
    TrayNotifier(DataFolderSession &session, AppSettings &settings, QObject *parent);
    /// Shows what `scan` found; false when it came too late (a newer scan was asked for, or reminders went off).
    bool onScanned(const ReminderScan &scan, quint64 generation);

    DataFolderSession &m_session;
    AppSettings &m_settings;
    SqlWorker *m_worker = nullptr;
    ReminderSink *m_sink = nullptr;
    TrayReminderSink *m_tray = nullptr;
    StatusBarReminderSink *m_statusSink = nullptr;
    QTimer m_timer;
    bool m_isStarted = false;
    quint64 m_generation = 0; ///< scans posted; a result of an older one is dropped
    ReminderScan m_lastScan;
    ReminderNotice m_lastNotice;
    int m_noticeCount = 0;
    QString m_shownError;
};

} // namespace sitesafe
