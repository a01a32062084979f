#pragma once

#include <QLabel>
#include <QList>
#include <QTimer>

#include "storage/noticerepository.h"

namespace sitesafe {

class SqlWorker;

/// The status-bar warning that this computer is running out of notice numbers (its pre-allocated number blocks,
/// NumberBlockStatus::isLow), e.g. "整改通知书编号仅剩 3 个，请联网同步", so an inspector working offline syncs
/// before a notice cannot be numbered on site. Hidden while every kind has enough. Counts off the UI thread from
/// start() on, every 30 s and on recount() (the main window calls it after every sync run).
class NoticeNumberWarningLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoticeNumberWarningLabel)

public:
    explicit NoticeNumberWarningLabel(SqlWorker &worker, QWidget *parent = nullptr);

    /// Counts now and every 30 s; the main window calls it once it is on screen (as OutboxStatusLabel::start).
    void start();

    /// The kinds found low at the last count.
    const QList<NumberBlockStatus> &lowKinds() const { return m_low; }
    bool isCounted() const { return m_isCounted; }
    /// The sentence for these low kinds (empty when none).
    static QString describe(const QList<NumberBlockStatus> &low);

public Q_SLOTS:
    void recount();

Q_SIGNALS:
    void counted();

private:
    void display(const QList<NumberBlockStatus> &status);

    SqlWorker &m_worker;
    QTimer m_timer;
    QList<NumberBlockStatus> m_low;
    bool m_isCounted = false;
};

} // namespace sitesafe
