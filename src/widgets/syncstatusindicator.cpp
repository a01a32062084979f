#include "syncstatusindicator.h"

#include <climits>

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QProgressBar>

#include "sync/synccontroller.h"
#include "sync/syncscheduler.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
QString phaseName(SyncProgress::Phase phase)
{
    switch (phase) {
    case SyncProgress::Phase::SigningIn: return SyncStatusIndicator::tr("signing in");
    case SyncProgress::Phase::Photos: return SyncStatusIndicator::tr("sending photos");
    case SyncProgress::Phase::Push: return SyncStatusIndicator::tr("sending changes");
    case SyncProgress::Phase::Pull: return SyncStatusIndicator::tr("receiving changes");
    }
    return {};
}

/// The first sentence of an error message, in English or Chinese, for the narrow status bar.
QString firstSentence(const QString &message)
{
    for (int i = 0; i < message.size(); ++i) {
        const QChar c = message.at(i);
        if (c == u'。' || (c == u'.' && (i + 1 == message.size() || message.at(i + 1).isSpace())))
            return message.left(i);
    }
    return message;
}

QString inWords(qint64 ms)
{
    if (ms < 60000)
        return SyncStatusIndicator::tr("%n second(s)", nullptr, int(qMax<qint64>(1, ms / 1000)));
    return SyncStatusIndicator::tr("%n minute(s)", nullptr, int((ms + 59999) / 60000));
}
} // namespace

SyncStatusIndicator::SyncStatusIndicator(SyncController &controller, QWidget *parent)
    : QWidget(parent), m_controller(controller), m_label(new QLabel(this)), m_bar(new QProgressBar(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    layout->addWidget(m_label);
    m_bar->setMaximumWidth(140);
    m_bar->setMaximumHeight(14);
    m_bar->setTextVisible(false);
    m_bar->hide();
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Sync with the provincial server — click for the Sync page"));
    connect(&controller, &SyncController::stateChanged, this, &SyncStatusIndicator::refreshText);
    connect(&controller, &SyncController::sessionChanged, this, &SyncStatusIndicator::refreshText);
    connect(&controller, &SyncController::profileChanged, this, &SyncStatusIndicator::refreshText);
    connect(&controller, &SyncController::finished, this, [this](const SyncReport &report) {
        // The run's own counts, taken as it ended, until the status bar's next count arrives.
        setAttention({report.stillPending, report.needsAttention, report.openConflicts});
    });
    connect(&controller, &SyncController::progressChanged, this, &SyncStatusIndicator::showProgress);
    connect(&controller.scheduler(), &SyncScheduler::nextAttemptScheduled, this, [this](qint64 delayMs) {
        m_nextAttemptMs = delayMs;
        refreshText();
    });
    refreshText();
}

QString SyncStatusIndicator::text() const
{
    return m_label->text();
}

QStringList SyncStatusIndicator::attentionSentences(const SyncAttention &attention)
{
    QStringList sentences;
    if (attention.refused > 0)
        sentences << tr("%n change(s) refused by the server", nullptr, int(qMin<qint64>(attention.refused, INT_MAX)));
    if (attention.conflicts > 0)
        sentences << tr("%n conflict(s) to resolve", nullptr, int(qMin<qint64>(attention.conflicts, INT_MAX)));
    if (attention.held > 0)
        sentences << tr("%n received record(s) held back", nullptr, int(qMin<qint64>(attention.held, INT_MAX)));
    return sentences;
}

void SyncStatusIndicator::setAttention(const SyncAttention &attention)
{
    m_attention = attention;
    refreshText();
}

QString SyncStatusIndicator::describe(const SyncController &controller, qint64 nextAttemptMs,
                                      const SyncAttention &attention)
{
    if (!controller.profile().isConfigured())
        return tr("Sync: not set up — Sync ▸ Sign in");
    if (controller.isRunning()) {
        if (const auto &progress = controller.progress())
            return tr("Syncing: %1…").arg(phaseName(progress->phase));
        return tr("Syncing…");
    }
    if (!controller.isSignedIn())
        return tr("Sync: signed out — Sync ▸ Sign in");
    if (controller.hasReport()) {
        const SyncReport &report = controller.lastReport();
        if (report.error) {
            QString text = tr("Last sync failed: %1").arg(firstSentence(report.error->message));
            if (nextAttemptMs > 0)
                text += u" "_s + tr("(next try in %1)").arg(inWords(nextAttemptMs));
            return text;
        }
        const QString at = QLocale().toString(controller.lastSuccessAt().toLocalTime().time(), QLocale::ShortFormat);
        // "Synced" only when it is true of everything; the status bar's other half says what is left.
        return attention.isClear() ? tr("Synced %1").arg(at) : tr("Last sync %1").arg(at);
    }
    return tr("Sync: signed in as %1").arg(controller.profile().userName);
}

void SyncStatusIndicator::refreshText()
{
    if (!m_controller.isRunning())
        m_bar->hide();
    const QString text = describe(m_controller, m_nextAttemptMs, m_attention);
    m_label->setText(text);
    m_label->setAccessibleName(text);
    if (m_controller.hasReport() && m_controller.lastReport().error)
        m_label->setToolTip(m_controller.lastReport().error->message);
    else
        m_label->setToolTip(QString());
}

void SyncStatusIndicator::showProgress(const SyncProgress &progress)
{
    m_bar->show();
    if (progress.total > 0) {
        m_bar->setRange(0, 1000);
        m_bar->setValue(int(1000 * qMin(progress.done, progress.total) / progress.total));
    } else {
        m_bar->setRange(0, 0); // busy: the total is not known (pull)
    }
    refreshText();
}

void SyncStatusIndicator::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        Q_EMIT clicked();
    QWidget::mouseReleaseEvent(event);
}

} // namespace sitesafe
