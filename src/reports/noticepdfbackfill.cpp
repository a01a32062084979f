#include "noticepdfbackfill.h"

#include <QCryptographicHash>

#include "core/noticehash.h"
#include "noticeissuer.h"
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

/// Draws the notice's PDF and puts it in the blob store; the caller records it.
Result<NoticePdfRecord> draw(DataStore &store, const NoticeRenderer &renderer, Notice notice)
{
    if (notice.contentHash.isEmpty())
        notice.contentHash = NoticeHash::of(notice);
    auto source = NoticeSourceReader(store.connection()).read(notice);
    if (!source)
        return source.error();
    auto pdf = renderer.render(source.value(), store.blobs());
    if (!pdf)
        return pdf.error();
    auto stored = store.blobs().put(pdf.value());
    if (!stored)
        return stored.error();
    return NoticePdfRecord{notice.id,
                           notice.contentHash,
                           stored.value().sha256,
                           stored.value().size,
                           stored.value().relativePath,
                           attachmentIdFor(notice.id)};
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
    const NoticeRenderer renderer(verificationBase);
    QList<NoticePdfRecord> records;
    for (const QString &id : ids.value()) {
        auto notice = notices.find(id);
        if (!notice)
            continue;
        auto record = draw(store, renderer, *notice);
        if (!record)
            return record.error();
        records.append(record.value());
        if (progress)
            progress(int(records.size()), int(ids.value().size()));
    }
    if (Status s = recorder.record(records, store.clock().now()); !s)
        return s.error();
    return int(records.size());
}

Result<QByteArray> NoticePdfBackfill::pdfOf(DataStore &store, const QUrl &verificationBase, const QString &noticeId)
{
    auto stored = NoticeIssuer::storedPdf(store, noticeId);
    if (stored || stored.error().code != u"notice.no_pdf")
        return stored;
    // A notice with a pdf_sha256 had its PDF drawn at issue: only that PDF is the notice, so it is downloaded,
    // never drawn again here.
    const auto notice = NoticeRepository(store.connection()).find(noticeId);
    if (!notice || !notice->pdfSha256.isEmpty() || notice->status != u"issued")
        return stored;
    auto record = draw(store, NoticeRenderer(verificationBase), *notice);
    if (!record)
        return record.error();
    if (Status s = NoticePdfRecorder(store.connection()).record({record.value()}, store.clock().now()); !s)
        return s.error();
    return NoticeIssuer::storedPdf(store, noticeId);
}

} // namespace sitesafe
