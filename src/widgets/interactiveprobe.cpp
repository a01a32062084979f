#include "interactiveprobe.h"

#include <chrono>
#include <cstdio>

#include <QAbstractEventDispatcher>
#include <QEvent>
#include <QWidget>
#include <QWindow>

namespace sitesafe {

InteractiveProbe::InteractiveProbe(QWidget *window) : QObject(window), m_window(window)
{
    // The widget's QWindow gets the expose event; it exists once the widget is created (show() creates it).
    m_window->winId();
    m_window->windowHandle()->installEventFilter(this);
    connect(QAbstractEventDispatcher::instance(), &QAbstractEventDispatcher::aboutToBlock, this,
            &InteractiveProbe::onAboutToBlock);
}

void InteractiveProbe::watch(QWidget *window)
{
    new InteractiveProbe(window);
}

qint64 InteractiveProbe::monotonicNs()
{
    // libstdc++'s steady_clock is CLOCK_MONOTONIC, the same clock in every process of the machine.
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

bool InteractiveProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Expose && m_window->windowHandle()->isExposed())
        m_isExposed = true;
    return QObject::eventFilter(watched, event);
}

void InteractiveProbe::onAboutToBlock()
{
    if (!m_isExposed)
        return;
    // Written straight to the file descriptor's stream and flushed: the benchmark reads it while the program runs.
    std::fprintf(stderr, "interactive %lld\n", static_cast<long long>(monotonicNs()));
    std::fflush(stderr);
    m_window->windowHandle()->removeEventFilter(this);
    disconnect(QAbstractEventDispatcher::instance(), nullptr, this, nullptr);
    deleteLater();
}

} // namespace sitesafe
