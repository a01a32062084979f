#include "diagnosticsexport.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QStandardPaths>

#include "core/backgroundpriority.h"
#include "storage/datastore.h"
#include "storage/diagnosticsreport.h"
#include "sync/diagnosticfacts.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

DiagnosticsExport::DiagnosticsExport(DataStore &store, QWidget *window)
    : QObject(window)
    , m_store(store)
    , m_window(window)
{ }

void DiagnosticsExport::ask()
{
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(u"sitesafe-diagnostics-%1.zip"_s.arg(QDate::currentDate().toString(u"yyyyMMdd"_s)));
    const QString path
        = QFileDialog::getSaveFileName(m_window, tr("Export diagnostics"), suggested, tr("Zip archive (*.zip)"));
    if (path.isEmpty())
        return;
    auto *once = new QObject(this);
    connect(this, &DiagnosticsExport::finished, once, [this, once](const QString &, const QString &error) {
        once->deleteLater();
        if (!error.isEmpty())
            QMessageBox::warning(m_window, tr("Export diagnostics"), error);
    });
    exportTo(path);
}

void DiagnosticsExport::exportTo(const QString &path)
{
    if (m_isRunning) {
        Q_EMIT finished(path, tr("A diagnostics export is already running; wait for it to finish."));
        return;
    }
    m_isRunning = true;
    // The facts read the store's settings on this thread (its connection is this thread's); the zip is written on
    // a background thread with a connection of its own.
    const DiagnosticFacts::Facts facts = DiagnosticFacts::collect(QCoreApplication::applicationVersion(), &m_store);
    const QString directory = m_store.directory();
    BackgroundPriority::run(
        this,
        [directory, path, facts] {
            const auto written = DiagnosticsReport::write(directory, path, facts);
            return written ? QString() : written.error().message;
        },
        [this, path](const QString &error) {
            m_isRunning = false;
            Q_EMIT finished(path, error);
        },
        tr("The export stopped."));
}

} // namespace sitesafe
