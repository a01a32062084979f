#include "outboxstatuslabel.h"

#include <climits>

#include <QMouseEvent>

#include "models/sqlworker.h"
#include "sync/synccontroller.h"
#include "syncstatusindicator.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
constexpr int kRecountMs = 30000;
}

OutboxStatusLabel::OutboxStatusLabel(SqlWorker &worker, SyncController &controller, QWidget *parent)
    : QLabel(tr("Counting changes…"), parent), m_worker(worker), m_controller(controller)
{
    setObjectName(u"outboxStatusLabel"_s);
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Changes recorded on this computer — click for the Sync page"));
    connect(&m_controller, &SyncController::finished, this, &OutboxStatusLabel::recount);
    m_timer.setInterval(kRecountMs);
    connect(&m_timer, &QTimer::timeout, this, &OutboxStatusLabel::recount);
}

void OutboxStatusLabel::start()
{
    m_timer.start();
    recount();
}

QString OutboxStatusLabel::describe(const SyncAttention &attention, bool hasFailed)
{
    QStringList parts = SyncStatusIndicator::attentionSentences(attention);
    if (attention.waiting > 0)
        parts << tr("%n change(s) waiting to sync", nullptr, int(qMin<qint64>(attention.waiting, INT_MAX)));
    if (!parts.isEmpty())
        return parts.join(u" · "_s);
    // Nothing local is left, but a failed run may not have brought the server's changes: not "synced".
    return hasFailed ? tr("No changes waiting to be sent") : tr("All changes synced");
}

void OutboxStatusLabel::recount()
{
    m_worker.post<Result<SyncAttention>>(
        this, [](ReadConnection db) { return SyncAttentionReader(db.database()).read(); },
        [this](const Result<SyncAttention> &counted) {
            if (!counted) {
                setText(counted.error().message);
                return;
            }
            m_attention = counted.value();
            m_isCounted = true;
            showCount();
            Q_EMIT this->counted(m_attention);
        });
}

void OutboxStatusLabel::showCount()
{
    const bool hasFailed = m_controller.hasReport() && m_controller.lastReport().error.has_value();
    const QString text = describe(m_attention, hasFailed);
    setText(text);
    setAccessibleName(text);
    // Something needs the user: say it in the colour of a warning (the style sheet only changes when that does:
    // setting one re-polishes the label).
    const bool isWarning = m_attention.refused > 0 || m_attention.conflicts > 0 || m_attention.held > 0;
    if (isWarning != m_isWarning) {
        m_isWarning = isWarning;
        setStyleSheet(isWarning ? u"color: #c62828"_s : QString());
    }
}

void OutboxStatusLabel::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        Q_EMIT clicked();
    QLabel::mouseReleaseEvent(event);
}

} // namespace sitesafe
