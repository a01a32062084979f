#pragma once

#include <optional>

#include <QByteArray>
#include <QString>
#include <QUrl>

#include "core/fielddata.h"

namespace sitesafe {

/// Which notice a PDF claims to be: its id and content hash, as its QR code and metadata carry them.
struct NoticeReference {
    QString noticeId;
    QString contentHash;
};

/// The verification link of a notice (`<base>/verify/notices/<id>?h=<content hash>`) and the PDF metadata that
/// carries the same reference, so a verifier can read it from the bytes without rasterizing the QR code.
class NoticeLink
{
public:
    static QUrl of(const QUrl &verificationBase, const Notice &notice);
    /// XMP packet for QPdfWriter::setDocumentXmpMetadata: title, the reference and the link. PDF writers keep the
    /// metadata stream uncompressed, which is what makes it readable from the bytes.
    static QByteArray xmp(const Notice &notice, const QUrl &link);
    /// The reference a PDF carries: the XMP fields first, else the first verification link in the bytes.
    static std::optional<NoticeReference> fromPdf(const QByteArray &pdf);
    /// The reference in a verification link (the QR code's text); nullopt when it is not one.
    static std::optional<NoticeReference> fromLink(const QString &link);
};

} // namespace sitesafe
