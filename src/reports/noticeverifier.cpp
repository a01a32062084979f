#include "noticeverifier.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

#include "storage/datastore.h"
#include "storage/noticerepository.h"
#include "storage/noticesourcereader.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {

QString sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

QString NoticeVerification::code() const
{
    switch (verdict) {
    case Verdict::Authentic:
        return u"authentic"_s;
    case Verdict::Altered:
        return u"altered"_s;
    case Verdict::Unknown:
        break;
    }
    return u"unknown"_s;
}

Result<NoticeVerification> NoticeVerifier::check(DataStore &store, const QByteArray &pdf)
{
    NoticeVerification v;
    v.pdfSha256 = sha256Of(pdf);
    NoticeRepository notices(store.connection());
    auto exact = NoticeSourceReader(store.connection()).noticeWithPdf(v.pdfSha256);
    if (!exact)
        return exact.error();
    if (exact.value()) {
        const auto notice = notices.find(*exact.value());
        v.verdict = NoticeVerification::Verdict::Authentic;
        v.noticeId = *exact.value();
        v.number = notice ? notice->number : QString();
        v.message = notice && notice->status == u"voided"
            ? tr("This is the PDF of notice %1 as issued, but the notice was later voided: %2")
                  .arg(v.number, notice->voidReason)
            : tr("This is the PDF of notice %1 exactly as it was issued.").arg(v.number);
        return v;
    }
    const auto reference = NoticeLink::fromPdf(pdf);
    if (reference) {
        if (const auto notice = notices.find(reference->noticeId)) {
            v.verdict = NoticeVerification::Verdict::Altered;
            v.noticeId = notice->id;
            v.number = notice->number;
            v.message = tr("The file claims to be notice %1, but its content differs from the PDF issued; do not "
                           "rely on it, ask the issuing body for the original.")
                            .arg(notice->number);
            return v;
        }
    }
    v.message = tr("No notice known in this data folder has this content or names itself in it. Check it against "
                   "the provincial server (--server) or ask the issuing body.");
    return v;
}

std::optional<QString> NoticeVerifier::serverPath(const QByteArray &pdf)
{
    const auto reference = NoticeLink::fromPdf(pdf);
    if (!reference)
        return std::nullopt;
    return u"/verify/notices/%1?h=%2"_s.arg(reference->noticeId, reference->contentHash);
}

NoticeVerification NoticeVerifier::fromServerAnswer(const QByteArray &pdf, int httpStatus, const QByteArray &json)
{
    NoticeVerification v;
    v.pdfSha256 = sha256Of(pdf);
    if (const auto reference = NoticeLink::fromPdf(pdf))
        v.noticeId = reference->noticeId;
    const QJsonObject answer = QJsonDocument::fromJson(json).object();
    const QString status = answer.value(u"status"_s).toString();
    const QString serverSha = answer.value(u"pdf_sha256"_s).toString();
    if (httpStatus == 404 || status == u"unknown" || (status.isEmpty() && httpStatus != 200)) {
        v.message = tr("The provincial server knows no notice with the id and content this file names.");
        return v;
    }
    if (status == u"authentic" && !serverSha.isEmpty() && serverSha == v.pdfSha256) {
        v.verdict = NoticeVerification::Verdict::Authentic;
        v.message = tr("The provincial server confirms this is the PDF of the notice exactly as it was issued.");
        return v;
    }
    v.verdict = NoticeVerification::Verdict::Altered;
    v.message = status == u"altered"
        ? tr("The provincial server knows the notice this file names, but its content was changed; do not rely on "
             "it, ask the issuing body for the original.")
        : tr("The provincial server knows the notice this file names, but this file's bytes differ from the PDF "
             "issued; do not rely on it, ask the issuing body for the original.");
    return v;
}

} // namespace sitesafe
