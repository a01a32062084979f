#pragma once

#include <QCoreApplication>
#include <QUrl>

#include "core/error.h"
#include "storage/noticesourcereader.h"

namespace sitesafe {

class BlobStore;

/// Renders one supervision notice (监督文书) as an A4 PDF: the fields of domain-reference §4.5 for its kind, each
/// problem with its legal basis and photos, the signatures, the recipient's sign-off lines and the verification
/// QR code. The Noto CJK font is embedded. The wording of the document is Chinese whatever the UI language (it is
/// an official document, and the bytes must not depend on the laptop's locale), and the output is the same bytes
/// for the same notice: no current time and no random document id end up in the file.
class NoticeRenderer
{
    Q_DECLARE_TR_FUNCTIONS(NoticeRenderer)

public:
    explicit NoticeRenderer(QUrl verificationBase) : m_verificationBase(std::move(verificationBase)) {}

    /// The PDF of `source` (whose notice carries its number, issuedAt, id and contentHash). Photos and signatures
    /// are read from `blobs`; those not on this computer are named instead of shown. Needs a QGuiApplication.
    Result<QByteArray> render(const NoticeSource &source, const BlobStore &blobs) const;

    /// The font family the notices are set in, loading Noto Sans CJK on first use (fc-match, then the Debian
    /// path). An error says to install fonts-noto-cjk.
    static Result<QString> fontFamily();

private:
    QUrl m_verificationBase;
};

} // namespace sitesafe
