#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "core/error.h"
#include "reports/ledgersheet.h"

class QPrinter;
class QWidget;

namespace sitesafe {

/// Ledgers and reports leaving the screen: saved as PDF (ReportPdf) or printed through the print dialog, both
/// from the same document (ReportPdf::html), so paper and file agree.
class ReportOutput
{
    Q_DECLARE_TR_FUNCTIONS(ReportOutput)

public:
    /// Writes the document to `path` by its ending: .pdf (ReportPdf), .csv (the first sheet) or else .xlsx.
    static Status write(const QString &path, const QString &title, const QList<LedgerSheet> &sheets);
    /// Asks for a file name (suggesting `suggestedName`.xlsx) and writes the workbook; a failure is shown.
    static void askSaveXlsx(QWidget *parent, const QList<LedgerSheet> &sheets, const QString &suggestedName);
    /// Asks for a file name (suggesting `suggestedName`.pdf) and writes the PDF; a failure is shown, not lost.
    static void askSavePdf(QWidget *parent, const QString &title, const QList<LedgerSheet> &sheets,
                           const QString &suggestedName);
    /// Opens the print dialog (A4 landscape) and prints the document.
    static void askPrint(QWidget *parent, const QString &title, const QList<LedgerSheet> &sheets);
    /// Prints the document on `printer` as it is set up; a printer set to print to a PDF file gets exactly the file
    /// askSavePdf() writes. The error sentence, empty on success.
    static QString print(QPrinter &printer, const QString &title, const QList<LedgerSheet> &sheets);
};

} // namespace sitesafe
