#include "xlsxlibrary.h"

#include <QLibrary>

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {

template<typename F> void resolve(QLibrary &library, const char *name, F &function, QStringList &missing)
{
    function = reinterpret_cast<F>(library.resolve(name));
    if (!function)
        missing << QString::fromLatin1(name);
}

} // namespace

Result<XlsxLibrary::Functions> XlsxLibrary::loadFrom(const QString &fileName)
{
    // Never unloaded: QLibrary's destructor leaves the library mapped, and the functions outlive this call.
    QLibrary library(fileName);
    if (!library.load())
        return Error {u"xlsx.library"_s,
            tr("Writing XLSX files needs the library %1 (Debian package libxlsxwriter4), "
               "which could not be loaded: %2. Install it, or export CSV instead.")
                .arg(fileName, library.errorString())};
    XlsxLibrary::Functions f;
    QStringList missing;
    resolve(library, "workbook_new", f.workbookNew, missing);
    resolve(library, "workbook_add_format", f.addFormat, missing);
    resolve(library, "workbook_add_worksheet", f.addWorksheet, missing);
    resolve(library, "workbook_close", f.close, missing);
    resolve(library, "format_set_bold", f.setBold, missing);
    resolve(library, "format_set_bg_color", f.setBackground, missing);
    resolve(library, "format_set_border", f.setBorder, missing);
    resolve(library, "format_set_text_wrap", f.setTextWrap, missing);
    resolve(library, "format_set_num_format", f.setNumberFormat, missing);
    resolve(library, "worksheet_set_column", f.setColumn, missing);
    resolve(library, "worksheet_write_string", f.writeString, missing);
    resolve(library, "worksheet_write_number", f.writeNumber, missing);
    resolve(library, "worksheet_write_datetime", f.writeDateTime, missing);
    resolve(library, "worksheet_freeze_panes", f.freezePanes, missing);
    resolve(library, "worksheet_autofilter", f.autofilter, missing);
    resolve(library, "lxw_strerror", f.errorText, missing);
    if (!missing.isEmpty())
        return Error {u"xlsx.library"_s,
            tr("The library %1 is not the libxlsxwriter SiteSafe was built with (it lacks %2). "
               "Install the Debian package libxlsxwriter4, or export CSV instead.")
                .arg(library.fileName(), missing.join(u", "_s))};
    return f;
}

Result<const XlsxLibrary::Functions *> XlsxLibrary::load()
{
    // Loaded once, on the first XLSX written by any thread; a failure is kept and reported each time.
    static const Result<Functions> configured = loadFrom(QStringLiteral(SITESAFE_XLSXWRITER_SONAME));
    if (!configured)
        return configured.error();
    return &configured.value();
}

} // namespace sitesafe
