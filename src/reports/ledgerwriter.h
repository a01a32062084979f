#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "core/error.h"
#include "ledgersheet.h"

namespace sitesafe {

/// Writes ledgers to files. XLSX (libxlsxwriter): one sheet per ledger named by its title, the Chinese header row
/// first and frozen (panes at A2), column widths, real date, date-time and number cells, and a last sheet 说明
/// with each ledger's scope and rules. CSV: UTF-8 with a byte-order mark so Excel and WPS open it, header and
/// rows, then an empty line and the rules. Each file is written under a temporary name and renamed, so a failed
/// write leaves no half file.
class LedgerWriter
{
    Q_DECLARE_TR_FUNCTIONS(LedgerWriter)

public:
    static Status writeXlsx(const QList<LedgerSheet> &sheets, const QString &path);
    /// One ledger per CSV file.
    static Status writeCsv(const LedgerSheet &sheet, const QString &path);
};

} // namespace sitesafe
