#include "noticeissuer.h"

#include "storage/datastore.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

// Contract placeholder written by the lead so the notice UI and the PDF renderer can be built in parallel; the
// renderer's branch replaces this file with the implementation.
NoticeIssuer::NoticeIssuer(DataStore &store, QUrl verificationBase)
    : m_store(store), m_verificationBase(std::move(verificationBase))
{
}

Result<Notice> NoticeIssuer::issue(const NoticeDraft &)
{
    return Error{u"notice.unavailable"_s, tr("Issuing notices is not available in this build.")};
}

Result<QByteArray> NoticeIssuer::storedPdf(DataStore &, const QString &)
{
    return Error{u"notice.unavailable"_s, tr("Issuing notices is not available in this build.")};
}

} // namespace sitesafe
