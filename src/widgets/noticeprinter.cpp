#include "noticeprinter.h"

#include <algorithm>

#include <QPrinter>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryFile>

using namespace Qt::StringLiterals;

namespace sitesafe {

Status NoticePrinter::print(const QByteArray &pdf, const QString &title, const QPrinter &printer)
{
    if (printer.outputFormat() == QPrinter::PdfFormat) {
        QSaveFile out(printer.outputFileName());
        if (printer.outputFileName().isEmpty() || !out.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || out.write(pdf) != pdf.size() || !out.commit())
            return Error {u"notice.print_file"_s,
                tr("The notice could not be written to %1. Choose a folder you can write to.")
                    .arg(printer.outputFileName())};
        return {};
    }
    const QString lp = QStandardPaths::findExecutable(u"lp"_s);
    if (lp.isEmpty())
        return Error {u"notice.print_no_cups"_s,
            tr("This computer has no print spooler that takes PDF files. Open the PDF and print it from the "
               "PDF viewer.")};
    auto *file = new QTemporaryFile(this);
    file->setFileTemplate(file->fileTemplate() + u".pdf"_s);
    if (!file->open() || file->write(pdf) != pdf.size() || !file->flush()) {
        delete file;
        return Error {u"notice.print_temp"_s,
            tr("The notice could not be prepared for printing: the temporary folder is not writable.")};
    }
    auto *process = new QProcess(this);
    connect(process, &QProcess::finished, this, [this, process, file](int exitCode, QProcess::ExitStatus status) {
        const bool isOk = status == QProcess::NormalExit && exitCode == 0;
        Q_EMIT finished(isOk,
            isOk ? tr("The notice was sent to the printer.")
                 : tr("The printer refused the notice (%1). Check the printer, or open the PDF "
                      "and print it from the PDF viewer.")
                       .arg(QString::fromLocal8Bit(process->readAllStandardError()).trimmed()));
        process->deleteLater();
        file->deleteLater();
    });
    process->start(lp,
        {u"-d"_s, printer.printerName(), u"-n"_s, QString::number(std::max(1, printer.copyCount())), u"-t"_s, title,
            file->fileName()});
    return {};
}

} // namespace sitesafe
