#pragma once

#include "httpresponse.h"
#include "noticeverifier.h"

namespace sitesafe {

/// The two representations of a notice verification: a self-contained HTML page (Chinese with the English
/// below, no scripts, no external resources, a Content-Security-Policy that allows only its own inline style)
/// for whoever scans the QR code, and JSON for `sitesafe-cli verify-notice --server`. Both carry no-store and
/// never echo the request: every value shown comes from the server's row and is escaped.
class VerifyPage
{
public:
    /// Status 200 for authentic and altered, 404 unknown, 400 malformed (still the unknown page).
    static HttpResponse html(const NoticeVerification &verification);
    /// {"status", "number", "kind", "issued_on", "voided", "issuing_body", "project", "pdf_sha256"}: status
    /// always, number also when altered, the rest only when authentic.
    static HttpResponse json(const NoticeVerification &verification);
    /// Chinese and English name of a notice kind ("限期整改通知书", "Rectification notice").
    static std::pair<QString, QString> kindLabel(const QString &kind);
    /// The Content-Security-Policy header value.
    static QByteArray contentSecurityPolicy();

private:
    static int statusCode(const NoticeVerification &verification);
    static void addHeaders(HttpResponse &response);
};

} // namespace sitesafe
