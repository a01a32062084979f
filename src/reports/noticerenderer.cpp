#include "noticerenderer.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTextDocument>

#include "noticehtml.h"
#include "noticelink.h"
#include "pdfglyphs.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {

/// fc-match's answer for the Simplified Chinese face, else the file fonts-noto-cjk installs on Debian.
QStringList fontCandidates()
{
    QStringList files;
    const QString fcMatch = QStandardPaths::findExecutable(u"fc-match"_s);
    if (!fcMatch.isEmpty()) {
        QProcess fc;
        fc.start(fcMatch, {u"-f"_s, u"%{file}"_s, u"Noto Sans CJK SC:style=Regular"_s});
        if (fc.waitForFinished(5000) && fc.exitCode() == 0) {
            const QString file = QString::fromLocal8Bit(fc.readAllStandardOutput()).trimmed();
            if (file.contains(u"NotoSansCJK"_s) || file.contains(u"NotoSansSC"_s))
                files << file;
        }
    }
    files << u"/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"_s;
    return files;
}

/// Qt stamps the PDF with the current time and a random document id; both are replaced here by values made from
/// the notice (same length, so the cross-reference offsets stay right) so re-rendering gives the same bytes.
QByteArray settle(QByteArray pdf, const Notice &notice)
{
    const QDateTime at = notice.issuedAt.toUTC();
    static const QRegularExpression date(u"\\(D:(\\d{14})([^)]*)\\)"_s);
    const QString text = QString::fromLatin1(pdf);
    auto matches = date.globalMatch(text);
    while (matches.hasNext()) {
        const auto m = matches.next();
        const QByteArray stamp = at.toString(u"yyyyMMddHHmmss"_s).toLatin1();
        pdf.replace(m.capturedStart(1), 14, stamp);
        QByteArray zone = m.captured(2).toLatin1();
        zone.fill('0');
        if (zone.size() == 1)
            zone = "Z";
        else if (zone.size() == 7)
            zone = "+00'00'";
        pdf.replace(m.capturedStart(2), zone.size(), zone);
    }
    static const QRegularExpression id(u"/ID\\s*\\[\\s*<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]+)>"_s);
    if (const auto m = id.match(text); m.hasMatch()) {
        const QByteArray seed = (notice.id + notice.contentHash).toUtf8();
        for (int group : {1, 2}) {
            QByteArray hex = QCryptographicHash::hash(seed, QCryptographicHash::Sha256).toHex().toUpper();
            while (hex.size() < m.capturedLength(group))
                hex += hex;
            pdf.replace(m.capturedStart(group), m.capturedLength(group), hex.left(m.capturedLength(group)));
        }
    }
    return pdf;
}

} // namespace

Result<QString> NoticeRenderer::fontFamily()
{
    static QString family;
    if (!family.isEmpty())
        return family;
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Error{u"notice.no_gui"_s, tr("Notices can only be drawn by a program that runs a QGuiApplication.")};
    for (const QString &file : fontCandidates()) {
        if (!QFile::exists(file))
            continue;
        const int id = QFontDatabase::addApplicationFont(file);
        if (id < 0)
            continue;
        const QStringList families = QFontDatabase::applicationFontFamilies(id);
        // A .ttc holds the JP, KR, SC, TC and HK faces; Simplified Chinese glyph shapes are the ones wanted.
        for (const QString &f : families)
            if (f == u"Noto Sans CJK SC" || (family.isEmpty() && f.contains(u"SC"_s) && !f.contains(u"Mono"_s)))
                family = f;
        if (family.isEmpty() && !families.isEmpty())
            family = families.first();
        if (!family.isEmpty())
            return family;
    }
    return Error{u"notice.no_font"_s,
                 tr("The Chinese font for notices (Noto Sans CJK) is not installed. Install the package "
                    "fonts-noto-cjk (sudo apt install fonts-noto-cjk), then issue or render the notice again.")};
}

Result<QByteArray> NoticeRenderer::render(const NoticeSource &source, const BlobStore &blobs) const
{
    auto family = fontFamily();
    if (!family)
        return family.error();
    const Notice &notice = source.notice;
    const QUrl link = NoticeLink::of(m_verificationBase, notice);
    auto built = NoticeHtml::build(source, blobs, link);
    if (!built)
        return built.error();
    const NoticeHtml::Page &page = built.value();

    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(6, 4, 6, 6),
                                         QPageLayout::Millimeter));
        writer.setCreator(u"SiteSafe"_s);
        writer.setTitle(u"%1 %2"_s.arg(NoticeHtml::title(notice.kind), notice.number));
        writer.setDocumentXmpMetadata(NoticeLink::xmp(notice, link));

        QTextDocument document;
        QFont font(family.value());
        font.setPointSizeF(10.5);
        document.setDefaultFont(font);
        for (const auto &[url, image] : page.images)
            document.addResource(QTextDocument::ImageResource, url, image);
        document.setHtml(page.html);
        // QTextDocument::print adds a 2 cm margin of its own and the page numbers at the foot of each page.
        document.print(&writer);
    }
    buffer.close();
    if (out.isEmpty())
        return Error{u"notice.render"_s, tr("The notice could not be drawn as a PDF. Try again; if it keeps failing, "
                                            "report it with the notice number.")};
    return PdfGlyphs::unifyRadicals(settle(out, notice), family.value());
}

} // namespace sitesafe
