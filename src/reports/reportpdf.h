#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "core/error.h"
#include "ledgersheet.h"

class QTextDocument;

namespace sitesafe {

/// Ledgers and reports on paper: an A4 landscape document (Noto CJK embedded) with the document's title, then
/// each sheet under its title and scope (市县 and month), as a table whose header row repeats on every page, and
/// the sheet's rules beneath it. Like the ledgers themselves the wording is Chinese whatever the UI language (the
/// bytes must not depend on the laptop's locale). The same HTML feeds the PDF files and the print dialog, so paper and file agree.
class ReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(ReportPdf)

public:
    /// The document as Qt rich text, each sheet after the first starting on a new page.
    static QString html(const QString &title, const QList<LedgerSheet> &sheets);
    /// Sets `document` up as the PDF and the printout draw it: Noto CJK at 8 pt, html(). The error says what to
    /// install when the font is missing.
    static Status prepare(QTextDocument &document, const QString &title, const QList<LedgerSheet> &sheets);
    /// The PDF bytes. Needs a QGuiApplication (fonts); the error says what to install when the font is missing.
    static Result<QByteArray> render(const QString &title, const QList<LedgerSheet> &sheets);
    /// render() written to `path` through a temporary file, so a failed write leaves no half file.
    static Status write(const QString &title, const QList<LedgerSheet> &sheets, const QString &path);
};

} // namespace sitesafe
