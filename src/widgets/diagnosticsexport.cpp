#include "diagnosticsexport.h"

#include <memory>

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QPromise>
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
    auto promise = std::make_shared<QPromise<QString>>();
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        m_isRunning = false;
        Q_EMIT finished(path, watcher->future().resultCount() ? watcher->result() : tr("The export stopped."));
    });
    watcher->setFuture(promise->future());
    promise->start();
    BackgroundPriority::start([promise, directory, path, facts] {
        const auto written = DiagnosticsReport::write(directory, path, facts);
        promise->addResult(written ? QString() : written.error().message);
        promise->finish();
    });
}

} // namespace sitesafe
