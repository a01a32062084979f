#include "reportoutput.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPageLayout>
#include <QPrintDialog>
#include <QPrinter>
#include <QTextDocument>

#include "reports/ledgerwriter.h"
#include "reports/reportpdf.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

Status ReportOutput::write(const QString &path, const QString &title, const QList<LedgerSheet> &sheets)
{
    if (path.endsWith(u".pdf"_s, Qt::CaseInsensitive))
        return ReportPdf::write(title, sheets, path);
    if (path.endsWith(u".csv"_s, Qt::CaseInsensitive))
        return LedgerWriter::writeCsv(sheets.value(0), path);
    return LedgerWriter::writeXlsx(sheets, path);
}

void ReportOutput::askSaveXlsx(QWidget *parent, const QList<LedgerSheet> &sheets, const QString &suggestedName)
{
    const QString path = QFileDialog::getSaveFileName(parent, tr("Export"), suggestedName + u".xlsx"_s,
                                                      tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (const Status written = LedgerWriter::writeXlsx(sheets, path); !written)
        QMessageBox::warning(parent, tr("Export"), written.error().message);
}

void ReportOutput::askSavePdf(QWidget *parent, const QString &title, const QList<LedgerSheet> &sheets,
                              const QString &suggestedName)
{
    const QString path =
        QFileDialog::getSaveFileName(parent, tr("Save as PDF"), suggestedName + u".pdf"_s, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (const Status written = ReportPdf::write(title, sheets, path); !written)
        QMessageBox::warning(parent, tr("Save as PDF"), written.error().message);
}

void ReportOutput::askPrint(QWidget *parent, const QString &title, const QList<LedgerSheet> &sheets)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setDocName(title);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print %1").arg(title));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const QString error = print(printer, title, sheets); !error.isEmpty())
        QMessageBox::warning(parent, tr("Print"), error);
}

QString ReportOutput::print(QPrinter &printer, const QString &title, const QList<LedgerSheet> &sheets)
{
    if (printer.outputFormat() == QPrinter::PdfFormat) {
        // "Print to file" gets the very file "Save as PDF" writes (with its text searchable, PdfGlyphs).
        const Status written = ReportPdf::write(title, sheets, printer.outputFileName());
        return written ? QString() : written.error().message;
    }
    if (!printer.isValid())
        return tr("The printer is not available. Check that it is switched on and connected, or save the document "
                  "as PDF and print it later.");
    QTextDocument document;
    if (const Status prepared = ReportPdf::prepare(document, title, sheets); !prepared)
        return prepared.error().message;
    document.print(&printer);
    return {};
}

} // namespace sitesafe
