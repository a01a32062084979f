#include "noticerenderer.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPdfWriter>
#include <QProcess>
#include <QRawFont>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTextDocument>

#include "noticehtml.h"
#include "noticelink.h"

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

/// Qt writes each glyph's text as the lowest code point the font maps to it, and Noto CJK draws 口 with the glyph
/// of the Kangxi radical ⼝ (U+2F1D): copied or searched text would then hold radicals instead of the characters.
/// The ToUnicode CMaps list one code per glyph as four hex digits; each radical is swapped for the unified
/// ideograph with the same glyph, which keeps every length and offset of the file.
QByteArray unifyRadicals(QByteArray pdf, const QString &family)
{
    static QHash<QByteArray, QByteArray> map;
    if (map.isEmpty()) {
        const QRawFont raw = QRawFont::fromFont(QFont(family));
        QString ideographs;
        for (char32_t c = 0x4E00; c <= 0x9FFF; ++c)
            ideographs += QChar(char16_t(c));
        QHash<quint32, char16_t> unifiedOf;
        const QList<quint32> glyphs = raw.glyphIndexesForString(ideographs);
        for (qsizetype i = 0; i < glyphs.size() && i < ideographs.size(); ++i)
            if (glyphs.at(i) != 0 && !unifiedOf.contains(glyphs.at(i)))
                unifiedOf.insert(glyphs.at(i), ideographs.at(i).unicode());
        for (char16_t r = 0x2E80; r <= 0x2FDF; ++r) {
            const QList<quint32> g = raw.glyphIndexesForString(QString(QChar(r)));
            if (!g.isEmpty() && unifiedOf.contains(g.first()))
                map.insert(QByteArray::number(r, 16).toUpper().rightJustified(4, '0'),
                           QByteArray::number(unifiedOf.value(g.first()), 16).toUpper());
        }
        if (map.isEmpty())
            map.insert(QByteArray(), QByteArray()); // this font has no shared glyphs: nothing to do, look once
    }
    for (qsizetype at = pdf.indexOf("begincmap"); at >= 0; at = pdf.indexOf("begincmap", at)) {
        const qsizetype stop = pdf.indexOf("endcmap", at);
        if (stop < 0)
            break;
        for (qsizetype i = at; i + 6 <= stop; ++i) {
            if (pdf.at(i) != '<' || pdf.at(i + 5) != '>' || pdf.at(i + 1) != '2')
                continue;
            const auto found = map.constFind(pdf.mid(i + 1, 4));
            if (found != map.constEnd() && found->size() == 4)
                pdf.replace(i + 1, 4, *found);
        }
        at = stop;
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

        const NoticeHtml::Page page = NoticeHtml::build(source, blobs, link);
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
    return unifyRadicals(settle(out, notice), family.value());
}

} // namespace sitesafe
