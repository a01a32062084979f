#pragma once

#include <QObject>

class QWidget;

namespace sitesafe {

/// Announces when a top-level window first becomes interactive, for the start-up benchmark (bench/clientbench,
/// DESIGN.md §5): the first time the UI thread's event loop is about to block for new events (idle) after the
/// window's first expose. Prints "interactive <CLOCK_MONOTONIC ns>" on stderr once, then deletes itself.
/// The bare QMainWindow reference program (bench/bare_window.cpp) compiles this very file, so both programs are
/// judged by one definition. The client installs it only when SITESAFE_REPORT_INTERACTIVE is set (src/app).
class InteractiveProbe final : public QObject
{
    Q_DISABLE_COPY_MOVE(InteractiveProbe)

public:
    /// Watches `window` (a top-level widget, shown or about to be shown); owned by the window.
    static void watch(QWidget *window);
    /// CLOCK_MONOTONIC in nanoseconds, the clock a launching benchmark reads before it starts the process.
    static qint64 monotonicNs();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit InteractiveProbe(QWidget *window);
    void onAboutToBlock();

    QWidget *m_window = nullptr;
    bool m_isExposed = false;
};

} // namespace sitesafe
