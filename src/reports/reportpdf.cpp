#include "reportpdf.h"

#include <QBuffer>
#include <QPageLayout>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

#include "noticerenderer.h"
#include "pdfglyphs.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {

QString cellText(const QVariant &v, LedgerColumn::Type type)
{
    if (!v.isValid())
        return {};
    switch (type) {
    case LedgerColumn::Type::Date: return v.toDate().toString(Qt::ISODate);
    case LedgerColumn::Type::DateTime: return v.toDateTime().toString(u"yyyy-MM-dd HH:mm"_s);
    case LedgerColumn::Type::Number:
    case LedgerColumn::Type::Text: break;
    }
    return v.toString();
}

QString sheetHtml(const LedgerSheet &sheet, bool isFirst)
{
    QString html = isFirst ? u"<h2>"_s : u"<h2 style=\"page-break-before: always\">"_s;
    html += sheet.title.toHtmlEscaped() + u"</h2><p>"_s + sheet.scope.toHtmlEscaped() + u" · "_s
        + u"共 %1 条"_s.arg(sheet.rows.size()) + u"</p>"_s;
    html += u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><thead><tr>"_s;
    double total = 0;
    for (const LedgerColumn &column : sheet.columns)
        total += column.width;
    for (const LedgerColumn &column : sheet.columns) // the widths the spreadsheet gives, as shares of the page
        html += u"<th bgcolor=\"#e8eef7\" width=\"%1%\">"_s.arg(qRound(100 * column.width / qMax(total, 1.0)))
            + column.header.toHtmlEscaped() + u"</th>"_s;
    html += u"</tr></thead>"_s;
    for (const QVariantList &row : sheet.rows) {
        html += u"<tr>"_s;
        for (int c = 0; c < sheet.columns.size(); ++c) {
            const LedgerColumn::Type type = sheet.columns.at(c).type;
            // Numbers, dates and times stay on one line; the text columns take the wrapping.
            const QString align = type == LedgerColumn::Type::Number ? u" align=\"right\" style=\"white-space: nowrap\""_s
                                  : type == LedgerColumn::Type::Text ? QString()
                                                                     : u" style=\"white-space: nowrap\""_s;
            html += u"<td"_s + align + u'>' + cellText(c < row.size() ? row.at(c) : QVariant(), type).toHtmlEscaped()
                + u"</td>"_s;
        }
        html += u"</tr>"_s;
    }
    if (sheet.rows.isEmpty())
        html += u"<tr><td colspan=\""_s + QString::number(sheet.columns.size()) + u"\">"_s
            + u"本期无记录。"_s + u"</td></tr>"_s;
    html += u"</table>"_s;
    if (!sheet.rules.isEmpty())
        html += u"<p style=\"color:#555555\">"_s + QString(u"统计口径："_s + sheet.rules).toHtmlEscaped()
            + u"</p>"_s;
    return html;
}

} // namespace

QString ReportPdf::html(const QString &title, const QList<LedgerSheet> &sheets)
{
    // A single ledger is its own title: no second heading saying the same.
    const bool isOwnTitle = sheets.size() == 1 && sheets.first().title == title;
    QString html = u"<html><body>"_s;
    if (!isOwnTitle)
        html += u"<h1 align=\"center\">"_s + title.toHtmlEscaped() + u"</h1>"_s;
    for (int i = 0; i < sheets.size(); ++i)
        html += sheetHtml(sheets.at(i), i == 0);
    return html + u"</body></html>"_s;
}

Status ReportPdf::prepare(QTextDocument &document, const QString &title, const QList<LedgerSheet> &sheets)
{
    auto family = NoticeRenderer::fontFamily();
    if (!family)
        return family.error();
    QFont font(family.value());
    font.setPointSizeF(8);
    document.setDefaultFont(font);
    document.setHtml(html(title, sheets));
    return {};
}

Result<QByteArray> ReportPdf::render(const QString &title, const QList<LedgerSheet> &sheets)
{
    QTextDocument document;
    if (const Status prepared = prepare(document, title, sheets); !prepared)
        return prepared.error();
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(4, 4, 4, 4),
                                         QPageLayout::Millimeter));
        writer.setCreator(u"SiteSafe"_s);
        writer.setTitle(title);
        // QTextDocument::print adds its own margin and numbers the pages at their foot.
        document.print(&writer);
    }
    buffer.close();
    if (out.isEmpty())
        return Error{u"report.render"_s, tr("The document could not be drawn as a PDF. Try again; if it keeps "
                                            "failing, export XLSX instead and report the problem.")};
    return PdfGlyphs::unifyRadicals(out, document.defaultFont().family());
}

Status ReportPdf::write(const QString &title, const QList<LedgerSheet> &sheets, const QString &path)
{
    auto pdf = render(title, sheets);
    if (!pdf)
        return pdf.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf.value()) != pdf.value().size() || !file.commit())
        return Error{u"io"_s, tr("Could not write %1 (%2). Check that the folder exists, that there is space on the "
                                 "disk and that the file is not open in another program.")
                                  .arg(path, file.errorString())};
    return {};
}

} // namespace sitesafe
