#pragma once

#include <QCoreApplication>

#include <xlsxwriter.h>

#include "core/error.h"

namespace sitesafe {

/// libxlsxwriter, loaded the first time an XLSX file is written rather than linked: with the libcrypto it pulls in,
/// loading it cost every start of the client about 1.7 ms of CPU (docs/performance.md, "Client start-up"), and most
/// starts never write a workbook. The functions LedgerWriter calls are resolved by name from the library the build
/// was configured against (SITESAFE_XLSXWRITER_SONAME). Thread-safe; the library stays loaded.
class XlsxLibrary
{
    Q_DECLARE_TR_FUNCTIONS(XlsxLibrary)

public:
    struct Functions {
        decltype(&workbook_new) workbookNew = nullptr;
        decltype(&workbook_add_format) addFormat = nullptr;
        decltype(&workbook_add_worksheet) addWorksheet = nullptr;
        decltype(&workbook_close) close = nullptr;
        decltype(&format_set_bold) setBold = nullptr;
        decltype(&format_set_bg_color) setBackground = nullptr;
        decltype(&format_set_border) setBorder = nullptr;
        decltype(&format_set_text_wrap) setTextWrap = nullptr;
        decltype(&format_set_num_format) setNumberFormat = nullptr;
        decltype(&worksheet_set_column) setColumn = nullptr;
        decltype(&worksheet_write_string) writeString = nullptr;
        decltype(&worksheet_write_number) writeNumber = nullptr;
        decltype(&worksheet_write_datetime) writeDateTime = nullptr;
        decltype(&worksheet_freeze_panes) freezePanes = nullptr;
        decltype(&worksheet_autofilter) autofilter = nullptr;
        decltype(&lxw_strerror) errorText = nullptr;
    };

    /// The functions of the configured library, loaded on first use; an error that says what to install when it
    /// cannot be loaded or lacks a function (kept and answered again on every call).
    static Result<const Functions *> load();
    /// The functions of the library `fileName`, loaded now (never unloaded); the same errors. load()'s work, and
    /// the test of its errors with a missing or foreign library.
    static Result<Functions> loadFrom(const QString &fileName);
};

} // namespace sitesafe
