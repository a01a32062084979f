#pragma once

#include <QByteArray>
#include <QString>

namespace sitesafe {

/// Text fixes for the PDFs Qt writes with the Noto CJK font (notices, ledgers, reports).
namespace PdfGlyphs {

/// Qt writes each glyph's text as the lowest code point the font maps to it, and Noto CJK draws 口 with the glyph
/// of the Kangxi radical ⼝ (U+2F1D): copied or searched text would then hold radicals instead of the characters.
/// The ToUnicode CMaps list one code per glyph as four hex digits; each radical is swapped for the unified
/// ideograph with the same glyph, which keeps every length and offset of the file.
QByteArray unifyRadicals(QByteArray pdf, const QString &family);

} // namespace PdfGlyphs

} // namespace sitesafe
