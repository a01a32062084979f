#include "ledgerwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>

#include "xlsxlibrary.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {

Error writeError(const QString &path, const QString &why)
{
    return Error{u"io"_s, LedgerWriter::tr("Could not write %1 (%2). Check that the folder exists, that there is "
                                           "space on the disk and that the file is not open in another program.")
                              .arg(path, why)};
}

lxw_datetime toLxw(const QDateTime &t)
{
    // Written as the wall time it carries (Beijing time), which is what the ledger shows.
    return {t.date().year(), t.date().month(), t.date().day(), t.time().hour(), t.time().minute(),
            double(t.time().second())};
}

QString csvField(const QVariant &v, LedgerColumn::Type type)
{
    QString text;
    switch (type) {
    case LedgerColumn::Type::Date: text = v.toDate().toString(Qt::ISODate); break;
    case LedgerColumn::Type::DateTime: text = v.toDateTime().toString(u"yyyy-MM-dd HH:mm"_s); break;
    case LedgerColumn::Type::Number: text = v.isValid() ? v.toString() : QString(); break;
    case LedgerColumn::Type::Text: text = v.toString(); break;
    }
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r'))
        text = u'"' + QString(text).replace(u"\""_s, u"\"\""_s) + u'"';
    return text;
}

} // namespace

Status LedgerWriter::writeXlsx(const QList<LedgerSheet> &sheets, const QString &path)
{
    const auto library = XlsxLibrary::load();
    if (!library)
        return library.error();
    const XlsxLibrary::Functions &x = *library.value();
    // libxlsxwriter writes the file itself: write beside the target, then rename over it.
    const QString temporary = path + u".part"_s;
    QFile::remove(temporary);
    lxw_workbook *book = x.workbookNew(QFile::encodeName(temporary).constData());
    if (!book)
        return writeError(path, tr("the file cannot be created"));
    lxw_format *header = x.addFormat(book);
    x.setBold(header);
    x.setBackground(header, 0xE8EEF7);
    x.setBorder(header, LXW_BORDER_THIN);
    x.setTextWrap(header);
    lxw_format *date = x.addFormat(book);
    x.setNumberFormat(date, "yyyy-mm-dd");
    lxw_format *dateTime = x.addFormat(book);
    x.setNumberFormat(dateTime, "yyyy-mm-dd hh:mm");
    lxw_format *wrap = x.addFormat(book);
    x.setTextWrap(wrap);

    for (const LedgerSheet &sheet : sheets) {
        lxw_worksheet *ws = x.addWorksheet(book, sheet.title.toUtf8().constData());
        for (int c = 0; c < sheet.columns.size(); ++c) {
            const LedgerColumn &column = sheet.columns.at(c);
            x.setColumn(ws, lxw_col_t(c), lxw_col_t(c), column.width, nullptr);
            x.writeString(ws, 0, lxw_col_t(c), column.header.toUtf8().constData(), header);
        }
        x.freezePanes(ws, 1, 0); // the header stays in view: panes frozen at A2
        for (int r = 0; r < sheet.rows.size(); ++r) {
            const QVariantList &row = sheet.rows.at(r);
            const lxw_row_t at = lxw_row_t(r + 1);
            for (int c = 0; c < sheet.columns.size() && c < row.size(); ++c) {
                const QVariant &v = row.at(c);
                if (!v.isValid())
                    continue;
                const lxw_col_t col = lxw_col_t(c);
                switch (sheet.columns.at(c).type) {
                case LedgerColumn::Type::Number: x.writeNumber(ws, at, col, v.toDouble(), nullptr); break;
                case LedgerColumn::Type::Date: {
                    lxw_datetime d = toLxw(QDateTime(v.toDate(), QTime(0, 0)));
                    x.writeDateTime(ws, at, col, &d, date);
                    break;
                }
                case LedgerColumn::Type::DateTime: {
                    lxw_datetime d = toLxw(v.toDateTime());
                    x.writeDateTime(ws, at, col, &d, dateTime);
                    break;
                }
                case LedgerColumn::Type::Text:
                    x.writeString(ws, at, col, v.toString().toUtf8().constData(), nullptr);
                    break;
                }
            }
        }
        if (!sheet.rows.isEmpty())
            x.autofilter(ws, 0, 0, lxw_row_t(sheet.rows.size()), lxw_col_t(sheet.columns.size() - 1));
    }
    lxw_worksheet *notes = x.addWorksheet(book, "说明");
    x.setColumn(notes, 0, 0, 18, nullptr);
    x.setColumn(notes, 1, 1, 16, nullptr);
    x.setColumn(notes, 2, 2, 90, nullptr);
    x.writeString(notes, 0, 0, "台账", header);
    x.writeString(notes, 0, 1, "统计期与范围", header);
    x.writeString(notes, 0, 2, "口径", header);
    for (int i = 0; i < sheets.size(); ++i) {
        const lxw_row_t at = lxw_row_t(i + 1);
        x.writeString(notes, at, 0, sheets.at(i).title.toUtf8().constData(), nullptr);
        x.writeString(notes, at, 1, sheets.at(i).scope.toUtf8().constData(), nullptr);
        x.writeString(notes, at, 2, sheets.at(i).rules.toUtf8().constData(), wrap);
    }
    const lxw_error closed = x.close(book);
    if (closed != LXW_NO_ERROR) {
        QFile::remove(temporary);
        return writeError(path, QString::fromUtf8(x.errorText(closed)));
    }
    QFile::remove(path);
    if (!QFile::rename(temporary, path)) {
        QFile::remove(temporary);
        return writeError(path, tr("the finished file could not be put in place"));
    }
    return {};
}

Status LedgerWriter::writeCsv(const LedgerSheet &sheet, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeError(path, file.errorString());
    QStringList lines;
    QStringList headers;
    for (const LedgerColumn &c : sheet.columns)
        headers << csvField(c.header, LedgerColumn::Type::Text);
    lines << headers.join(u',');
    for (const QVariantList &row : sheet.rows) {
        QStringList fields;
        for (int c = 0; c < sheet.columns.size(); ++c)
            fields << csvField(row.value(c), sheet.columns.at(c).type);
        lines << fields.join(u',');
    }
    const QString rules = sheet.title + u"（"_s + sheet.scope + u"）："_s + sheet.rules;
    lines << QString() << csvField(rules, LedgerColumn::Type::Text);
    const QByteArray bytes = "\xEF\xBB\xBF" + lines.join(u"\r\n"_s).toUtf8() + "\r\n";
    if (file.write(bytes) != bytes.size() || !file.commit())
        return writeError(path, file.errorString());
    return {};
}

} // namespace sitesafe
