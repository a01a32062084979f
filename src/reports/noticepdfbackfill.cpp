#include "noticepdfbackfill.h"

#include <QCryptographicHash>

#include "core/noticehash.h"
#include "noticerenderer.h"
#include "storage/datastore.h"
#include "storage/noticepdfrecorder.h"
#include "storage/noticerepository.h"
#include "storage/noticesourcereader.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {

/// A UUID-shaped id (version 8, "custom") derived from the notice id.
QString attachmentIdFor(const QString &noticeId)
{
    QByteArray hex = QCryptographicHash::hash((u"notice_pdf/"_s + noticeId).toUtf8(), QCryptographicHash::Sha256)
                         .toHex()
                         .left(32);
    hex[12] = '8';
    hex[16] = "89ab"[hex.at(16) % 4];
    const QString h = QString::fromLatin1(hex);
    return u"%1-%2-%3-%4-%5"_s.arg(h.mid(0, 8), h.mid(8, 4), h.mid(12, 4), h.mid(16, 4), h.mid(20, 12));
}

} // namespace

Result<int> NoticePdfBackfill::run(DataStore &store, const QUrl &verificationBase,
                                   const std::function<void(int, int)> &progress)
{
    NoticePdfRecorder recorder(store.connection());
    auto ids = recorder.noticesWithoutPdf();
    if (!ids)
        return ids.error();
    NoticeRepository notices(store.connection());
    NoticeSourceReader reader(store.connection());
    const NoticeRenderer renderer(verificationBase);
    QList<NoticePdfRecord> records;
    for (const QString &id : ids.value()) {
        auto notice = notices.find(id);
        if (!notice)
            continue;
        if (notice->contentHash.isEmpty())
            notice->contentHash = NoticeHash::of(*notice);
        auto source = reader.read(*notice);
        if (!source)
            return source.error();
        auto pdf = renderer.render(source.value(), store.blobs());
        if (!pdf)
            return pdf.error();
        auto stored = store.blobs().put(pdf.value());
        if (!stored)
            return stored.error();
        records.append({id, notice->contentHash, stored.value().sha256, stored.value().size,
                        stored.value().relativePath, attachmentIdFor(id)});
        if (progress)
            progress(int(records.size()), int(ids.value().size()));
    }
    if (Status s = recorder.record(records, store.clock().now()); !s)
        return s.error();
    return int(records.size());
}

} // namespace sitesafe
