#include "noticeblockrequester.h"

#include <QJsonDocument>
#include <QJsonObject>

#include "protocol/pullmessages.h"
#include "pullapplier.h"
#include "storage/database.h"
#include "storage/noticerepository.h"
#include "syncconnection.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

QString NoticeBlockRequester::kindName(const QString &kind)
{
    if (kind == u"rectification")
        return tr("rectification notice");
    if (kind == u"stop_work")
        return tr("stop-work notice");
    if (kind == u"resume_work")
        return tr("resumption opinion");
    if (kind == u"reinspection")
        return tr("re-inspection opinion");
    if (kind == u"supervision")
        return tr("supervision notice");
    if (kind == u"enforcement_proposal")
        return tr("enforcement proposal");
    return kind;
}

NoticeBlockRequester::Outcome NoticeBlockRequester::requestLowKinds(int size)
{
    Outcome outcome;
    const QList<NumberBlockStatus> kinds = NoticeRepository(m_db.connection()).blockStatus();
    for (const NumberBlockStatus &status : kinds) {
        if (!status.isLow())
            continue;
        const QString what = tr("asking for new %1 numbers").arg(kindName(status.kind));
        HttpRequest request;
        request.method = "POST";
        request.path = u"/api/v1/notice-blocks"_s;
        request.body = QJsonDocument(QJsonObject{{u"kind"_s, status.kind}, {u"size"_s, size}})
                           .toJson(QJsonDocument::Compact);
        const HttpResult result = m_connection.call(request);
        if (!result.isOk() || result.status != 201) {
            outcome.warnings.append(tr("No new %1 numbers this time: %2 The numbers left still work; the next sync "
                                       "asks again.")
                                        .arg(kindName(status.kind), SyncErrors::fromResult(result, what).message));
            continue;
        }
        const QJsonObject row = QJsonDocument::fromJson(result.body).object();
        if (row.value(u"kind"_s).toString() != status.kind || row.value(u"id"_s).toString().isEmpty()) {
            outcome.warnings.append(SyncErrors::badAnswer(what).message);
            continue;
        }
        // No server_seq comes with the answer; the pull that brings the block again records it.
        const PulledChange change{0, u"notice_number_blocks"_s, row.value(u"id"_s).toString(), row};
        if (Status s = m_applier.adopt(change); !s) {
            outcome.warnings.append(s.error().message);
            continue;
        }
        ++outcome.received;
    }
    return outcome;
}

} // namespace sitesafe
