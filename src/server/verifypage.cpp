#include "verifypage.h"

#include <QCryptographicHash>
#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {

// The one style sheet; the CSP names its sha256, so no other style (and no script at all) can run on the page.
const QString kStyle = u"body{margin:0;background:#f4f5f7;color:#1d2330;font:16px/1.5 \"Noto Sans CJK SC\","
                       "\"WenQuanYi Micro Hei\",sans-serif}"
                       "main{max-width:44em;margin:0 auto;padding:1.5em}"
                       "h1{font-size:1.25em;margin:0 0 1em}h1 span{display:block;font-size:.8em;color:#555;"
                       "font-weight:normal}"
                       ".verdict{border-radius:8px;padding:1em 1.25em;margin-bottom:1.25em;color:#fff}"
                       ".verdict .zh{font-size:2em;font-weight:bold;margin:0}.verdict .en{font-size:1.2em;margin:0}"
                       ".verdict p{margin:.4em 0 0}"
                       ".authentic{background:#1e7b34}.altered{background:#b3261e}.unknown{background:#6b5800}"
                       ".voided{background:#fff3cd;color:#5c4400;border:2px solid #b38600;border-radius:6px;"
                       "padding:.6em 1em;margin-bottom:1.25em;font-weight:bold}"
                       "dl{display:grid;grid-template-columns:max-content 1fr;gap:.4em 1.25em;background:#fff;"
                       "border-radius:8px;padding:1em 1.25em;margin:0 0 1.25em}"
                       "dt{color:#555}dt span,dd span{display:block;font-size:.8em;color:#666}dd{margin:0}"
                       "code{font-size:.75em;word-break:break-all}"
                       "footer{font-size:.85em;color:#555}footer p{margin:.3em 0}"_s;

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

/// One term of the facts list: Chinese label with the English below, value likewise.
QString fact(const QString &zhLabel, const QString &enLabel, const QString &zhValue, const QString &enValue = {})
{
    QString out = u"<dt>"_s + esc(zhLabel) + u"<span lang=\"en\">"_s + esc(enLabel) + u"</span></dt><dd>"_s
                  + esc(zhValue);
    if (!enValue.isEmpty() && enValue != zhValue)
        out += u"<span lang=\"en\">"_s + esc(enValue) + u"</span>"_s;
    return out + u"</dd>"_s;
}

QString verdictBlock(const NoticeVerification &v)
{
    QString css, zh, en, zhText, enText;
    switch (v.verdict) {
    case NoticeVerification::Verdict::Authentic:
        css = u"authentic"_s;
        zh = u"真实有效"_s;
        en = u"Authentic"_s;
        zhText = u"该文书已在海南省房屋市政工程安全监督系统登记，二维码中的内容摘要与登记内容一致。"_s;
        enText = u"This notice is registered with the Hainan construction-safety supervision system, and the "
                 "content hash in its QR code matches the registered notice."_s;
        break;
    case NoticeVerification::Verdict::Altered:
        css = u"altered"_s;
        zh = u"内容与登记不符"_s;
        en = u"Altered: does not match the record"_s;
        zhText = u"该编号的文书已登记，但二维码中的内容摘要与登记内容不一致。文书可能被改动，请向签发机关核实。"_s;
        enText = u"A notice with this number is registered, but the content hash in the QR code differs from "
                 "the registered notice. The document may have been changed; check with the issuing authority."_s;
        break;
    case NoticeVerification::Verdict::Unknown:
        css = u"unknown"_s;
        zh = u"未登记"_s;
        en = u"Unknown: not registered"_s;
        zhText = u"系统中没有这份文书的登记。请向签发机关核实文书的真伪。"_s;
        enText = u"No such notice is registered. Check with the issuing authority whether the document is "
                 "genuine."_s;
        break;
    }
    return u"<section id=\"verdict\" class=\"verdict %1\" data-status=\"%2\"><p class=\"zh\">%3</p>"
           "<p class=\"en\" lang=\"en\">%4</p><p>%5</p><p lang=\"en\">%6</p></section>"_s.arg(
               css, v.statusText(), esc(zh), esc(en), esc(zhText), esc(enText));
}

QString factsBlock(const NoticeVerification &v)
{
    if (v.verdict == NoticeVerification::Verdict::Unknown)
        return {};
    QString out = u"<dl>"_s + fact(u"文书编号"_s, u"Number"_s, v.number);
    if (v.verdict == NoticeVerification::Verdict::Authentic) {
        const auto [zhKind, enKind] = VerifyPage::kindLabel(v.kind);
        out += fact(u"文书种类"_s, u"Kind"_s, zhKind, enKind);
        out += fact(u"签发日期"_s, u"Issued on (Beijing time)"_s, v.issuedOn);
        out += fact(u"签发机关"_s, u"Issuing authority"_s, v.issuingBody);
        out += fact(u"工程名称"_s, u"Project"_s, v.projectName);
        out += fact(u"文书状态"_s, u"Status"_s, v.isVoided ? u"已作废"_s : u"有效"_s,
                    v.isVoided ? u"Voided"_s : u"In force"_s);
        if (v.pdfSha256.isEmpty()) {
            out += fact(u"PDF 存档"_s, u"PDF on record"_s, u"未登记"_s, u"None recorded"_s);
        } else {
            out += u"<dt>PDF 存档<span lang=\"en\">PDF on record</span></dt><dd>已登记 SHA-256"
                   "<span lang=\"en\">Recorded, SHA-256</span><code>"_s
                   + esc(v.pdfSha256) + u"</code></dd>"_s;
        }
    }
    return out + u"</dl>"_s;
}

} // namespace

std::pair<QString, QString> VerifyPage::kindLabel(const QString &kind)
{
    if (kind == u"rectification")
        return {u"限期整改通知书"_s, u"Rectification notice (with deadline)"_s};
    if (kind == u"stop_work")
        return {u"停工整改通知书"_s, u"Stop-work rectification notice"_s};
    if (kind == u"resume_work")
        return {u"复工意见书"_s, u"Resumption-of-work opinion"_s};
    if (kind == u"reinspection")
        return {u"复查意见书"_s, u"Re-inspection opinion"_s};
    if (kind == u"supervision")
        return {u"督办通知书"_s, u"Supervision notice"_s};
    if (kind == u"enforcement_proposal")
        return {u"执法建议书"_s, u"Enforcement proposal"_s};
    return {kind, kind};
}

QByteArray VerifyPage::contentSecurityPolicy()
{
    static const QByteArray policy =
        "default-src 'none'; style-src 'sha256-"
        + QCryptographicHash::hash(kStyle.toUtf8(), QCryptographicHash::Sha256).toBase64()
        + "'; img-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    return policy;
}

int VerifyPage::statusCode(const NoticeVerification &v)
{
    if (v.isMalformed)
        return 400;
    return v.verdict == NoticeVerification::Verdict::Unknown ? 404 : 200;
}

void VerifyPage::addHeaders(HttpResponse &r)
{
    // The answer depends on a notice that may be voided tomorrow and names a project: nobody keeps a copy.
    r.setHeader("Cache-Control", "no-store");
    r.setHeader("Vary", "Accept");
    r.setHeader("X-Content-Type-Options", "nosniff");
    r.setHeader("Referrer-Policy", "no-referrer");
    r.setHeader("X-Robots-Tag", "noindex, nofollow");
}

HttpResponse VerifyPage::html(const NoticeVerification &v)
{
    QString page = u"<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
                   "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                   "<meta name=\"robots\" content=\"noindex, nofollow\">"
                   "<title>监督文书核验 · Notice verification</title><style>"_s
                   + kStyle + u"</style></head><body><main>"_s
                   + u"<h1>海南省房屋市政工程监督文书核验<span lang=\"en\">Verification of a Hainan construction-safety "
                     "supervision notice</span></h1>"_s
                   + verdictBlock(v);
    if (v.verdict == NoticeVerification::Verdict::Authentic && v.isVoided)
        page += u"<p class=\"voided\" id=\"voided\">本文书已作废，不再具有效力。<span lang=\"en\"> This notice has "
                "been voided and no longer has effect.</span></p>"_s;
    page += factsBlock(v);
    page += u"<footer><p>本页只显示文书的登记信息，不显示任何个人信息。核验结果以签发机关的登记为准。</p>"
            "<p lang=\"en\">This page shows only what is registered about the notice and no personal data. The "
            "issuing authority's register is authoritative.</p></footer></main></body></html>"_s;
    HttpResponse r;
    r.status = statusCode(v);
    r.mimeType = "text/html; charset=utf-8";
    r.body = page.toUtf8();
    addHeaders(r);
    r.setHeader("Content-Security-Policy", contentSecurityPolicy());
    r.setHeader("X-Frame-Options", "DENY");
    return r;
}

HttpResponse VerifyPage::json(const NoticeVerification &v)
{
    QJsonObject o{{u"status"_s, v.statusText()}};
    if (v.verdict != NoticeVerification::Verdict::Unknown)
        o.insert(u"number"_s, v.number);
    if (v.verdict == NoticeVerification::Verdict::Authentic) {
        o.insert(u"kind"_s, v.kind);
        o.insert(u"issued_on"_s, v.issuedOn);
        o.insert(u"voided"_s, v.isVoided);
        o.insert(u"issuing_body"_s, v.issuingBody);
        o.insert(u"project"_s, v.projectName);
        o.insert(u"pdf_sha256"_s, v.pdfSha256.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(v.pdfSha256));
    }
    HttpResponse r = HttpResponse::json(o, statusCode(v));
    addHeaders(r);
    return r;
}

} // namespace sitesafe
