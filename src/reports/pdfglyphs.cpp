#include "pdfglyphs.h"

#include <QFont>
#include <QHash>
#include <QRawFont>

namespace sitesafe {

QByteArray PdfGlyphs::unifyRadicals(QByteArray pdf, const QString &family)
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

} // namespace sitesafe
