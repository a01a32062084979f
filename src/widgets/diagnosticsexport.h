#pragma once

#include <QObject>

namespace sitesafe {

class DataStore;

/// Help ▸ Export diagnostics… (导出诊断信息): asks where, then writes DiagnosticsReport's zip on a background thread
/// (BackgroundPriority): the province database's statistics take seconds, the window stays responsive.
class DiagnosticsExport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiagnosticsExport)

public:
    DiagnosticsExport(DataStore &store, QWidget *window);

    /// The file dialog, then exportTo(); a failure is also said in a message box.
    void ask();
    /// Writes the zip to `path`; finished() follows.
    void exportTo(const QString &path);
    bool isRunning() const { return m_isRunning; }

Q_SIGNALS:
    /// `error` is empty when the zip was written.
    void finished(const QString &path, const QString &error);

private:
    DataStore &m_store;
    QWidget *m_window;
    bool m_isRunning = false;
};

} // namespace sitesafe
