#include "noticelink.h"

#include <QRegularExpression>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {

QByteArray escaped(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

const QRegularExpression &linkPattern()
{
    static const QRegularExpression pattern(
        u"/verify/notices/([0-9A-Za-z-]{8,64})\\?h=([0-9a-f]{64})"_s);
    return pattern;
}

} // namespace

QUrl NoticeLink::of(const QUrl &verificationBase, const Notice &notice)
{
    QUrl url = verificationBase;
    QString path = url.path();
    if (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + u"/verify/notices/"_s + notice.id);
    QUrlQuery query;
    query.addQueryItem(u"h"_s, notice.contentHash);
    url.setQuery(query);
    return url;
}

QByteArray NoticeLink::xmp(const Notice &notice, const QUrl &link)
{
    // Fixed text with no time in it (Qt's default packet stamps the current time): re-rendering the same notice
    // gives the same bytes.
    QByteArray x;
    x += "<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>\n"
         "<x:xmpmeta xmlns:x='adobe:ns:meta/'>\n"
         "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>\n"
         "<rdf:Description rdf:about='' xmlns:dc='http://purl.org/dc/elements/1.1/' "
         "xmlns:sitesafe='https://sitesafe.example/ns/notice/1.0/'>\n";
    x += "<dc:title><rdf:Alt><rdf:li xml:lang='x-default'>" + escaped(notice.number) + "</rdf:li></rdf:Alt></dc:title>\n";
    x += "<sitesafe:noticeId>" + escaped(notice.id) + "</sitesafe:noticeId>\n";
    x += "<sitesafe:contentHash>" + escaped(notice.contentHash) + "</sitesafe:contentHash>\n";
    x += "<sitesafe:verificationLink>" + escaped(link.toString(QUrl::FullyEncoded)) + "</sitesafe:verificationLink>\n";
    x += "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end='w'?>";
    return x;
}

std::optional<NoticeReference> NoticeLink::fromPdf(const QByteArray &pdf)
{
    static const QRegularExpression id(u"<sitesafe:noticeId>([^<]{1,64})</sitesafe:noticeId>"_s);
    static const QRegularExpression hash(u"<sitesafe:contentHash>([0-9a-f]{64})</sitesafe:contentHash>"_s);
    // The file is binary: only its ASCII parts matter here, so Latin-1 keeps every offset and never fails.
    const QString text = QString::fromLatin1(pdf);
    const auto idMatch = id.match(text);
    const auto hashMatch = hash.match(text);
    if (idMatch.hasMatch() && hashMatch.hasMatch())
        return NoticeReference{idMatch.captured(1), hashMatch.captured(1)};
    return fromLink(text);
}

std::optional<NoticeReference> NoticeLink::fromLink(const QString &link)
{
    const auto match = linkPattern().match(link);
    if (!match.hasMatch())
        return std::nullopt;
    return NoticeReference{match.captured(1), match.captured(2)};
}

} // namespace sitesafe
