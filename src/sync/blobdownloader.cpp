#include "blobdownloader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include "storage/blobrepository.h"
#include "storage/blobstore.h"
#include "storage/database.h"
#include "syncconnection.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
QString what()
{
    return BlobDownloader::tr("downloading photos");
}

bool isHexSha256(const QString &s)
{
    if (s.size() != 64)
        return false;
    for (QChar c : s) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

/// "bytes first-last/total" (206) or "bytes */total" (416); -1 where a number is missing.
struct ContentRange {
    qint64 first = -1;
    qint64 last = -1;
    qint64 total = -1;
};

ContentRange parseContentRange(const QByteArray &header)
{
    ContentRange range;
    if (!header.startsWith("bytes "))
        return range;
    const QByteArray spec = header.mid(6).trimmed();
    const qsizetype slash = spec.indexOf('/');
    if (slash < 0)
        return range;
    bool ok = false;
    const qint64 total = spec.mid(slash + 1).toLongLong(&ok);
    if (ok)
        range.total = total;
    const QList<QByteArray> bounds = spec.left(slash).split('-');
    if (bounds.size() == 2) {
        bool okFirst = false;
        bool okLast = false;
        const qint64 first = bounds[0].toLongLong(&okFirst);
        const qint64 last = bounds[1].toLongLong(&okLast);
        if (okFirst && okLast) {
            range.first = first;
            range.last = last;
        }
    }
    return range;
}
} // namespace

BlobDownloader::BlobDownloader(Database &db, BlobStore &store, SyncConnection &connection, QObject *parent)
    : QObject(parent), m_db(db), m_store(store), m_connection(connection)
{
}

QString BlobDownloader::partialPath(const QString &blobRoot, const QString &sha256)
{
    return blobRoot + u"/.partial/"_s + sha256;
}

Result<BlobDownloader::Known> BlobDownloader::lookUp(const QString &sha256)
{
    if (!isHexSha256(sha256))
        return BlobDownloadErrors::notTracked(sha256);
    auto found = BlobRepository(m_db.connection()).find(sha256);
    if (!found)
        return found.error();
    if (!found.value())
        return BlobDownloadErrors::notTracked(sha256);
    return Known{found.value()->size, found.value()->mime, found.value()->localPath};
}

Error BlobDownloader::discard(const QString &partial, Error error)
{
    QFile::remove(partial);
    return error;
}

Result<BlobDownloader::Report> BlobDownloader::download(const QString &sha256)
{
    auto known = lookUp(sha256);
    if (!known)
        return known.error();
    const Known k = known.value();
    Report report;
    if (m_store.contains(sha256)) {
        // Stored before (or captured here with the same content): only the row may still need its path.
        report.wasPresent = true;
        report.size = QFileInfo(m_store.pathOf(sha256)).size();
        if (k.localPath.isEmpty()) {
            if (Status s = record(sha256, report.size, BlobStore::relativePathOf(sha256), {}); !s)
                return s.error();
        }
        return report;
    }

    const QString partial = partialPath(m_store.root(), sha256);
    if (!QDir().mkpath(QFileInfo(partial).absolutePath()))
        return BlobDownloadErrors::cannotWrite(QFileInfo(partial).absolutePath());
    QFile file(partial);
    if (!file.open(QIODevice::ReadWrite))
        return BlobDownloadErrors::cannotWrite(file.errorString());
    const qint64 limit = k.size > 0 ? k.size : m_maxBlobBytes;
    qint64 offset = file.size();
    if (offset > limit) {
        file.resize(0);
        offset = 0;
    }
    if (offset > 0)
        report.resumedFrom = offset;
    qint64 total = k.size > 0 ? k.size : -1;
    QByteArray contentType;
    bool isRestarted = false;
    const int maxRequests = int(limit / qMax<qint64>(m_chunkBytes, 1)) + 4;

    while (total < 0 || offset < total) {
        if (report.requests >= maxRequests)
            return SyncErrors::badAnswer(what());
        HttpRequest request;
        request.path = u"/api/v1/blobs/"_s + sha256;
        request.headers.insert("Range",
                               "bytes=" + QByteArray::number(offset) + '-' + QByteArray::number(offset + m_chunkBytes - 1));
        ++report.requests;
        const HttpResult result = m_connection.call(request);
        if (!result.isOk())
            return *result.error; // cut: the bytes on disk stay for the next attempt
        if (result.status == 404)
            return discard(partial, BlobDownloadErrors::notOnServer(sha256));
        if (result.status == 403)
            return discard(partial, BlobDownloadErrors::forbidden(sha256));
        if (result.status == 416) {
            const qint64 serverTotal = parseContentRange(result.headers.value("content-range")).total;
            if (offset > 0 && serverTotal == offset) {
                total = offset; // everything had arrived before the cut; only the check was missing
                break;
            }
            if (isRestarted || offset == 0)
                return discard(partial, SyncErrors::fromResult(result, what()));
            isRestarted = true; // the bytes on disk do not fit this blob: start again from zero
            file.resize(0);
            offset = 0;
            report.resumedFrom = -1;
            continue;
        }
        qint64 first = 0;
        if (result.status == 200) {
            // The whole content in one answer (a server or proxy that ignores Range).
            if (result.body.size() > limit)
                return discard(partial, BlobDownloadErrors::tooLarge(sha256, result.body.size(), limit));
            total = result.body.size();
            file.resize(0);
            offset = 0;
        } else if (result.status == 206) {
            const ContentRange range = parseContentRange(result.headers.value("content-range"));
            if (range.first != offset || range.last < range.first || range.total <= range.last
                || result.body.size() != range.last - range.first + 1)
                return SyncErrors::badAnswer(what());
            if (range.total > limit)
                return discard(partial, k.size > 0 ? BlobDownloadErrors::damaged(sha256)
                                                   : BlobDownloadErrors::tooLarge(sha256, range.total, limit));
            if (k.size > 0 && range.total != k.size)
                return discard(partial, BlobDownloadErrors::damaged(sha256));
            total = range.total;
            first = range.first;
        } else {
            return SyncErrors::fromResult(result, what()); // busy, signed out …: resumable later
        }
        if (!file.seek(first) || file.write(result.body) != result.body.size() || !file.flush())
            return BlobDownloadErrors::cannotWrite(file.errorString());
        offset = first + result.body.size();
        report.bytesReceived += result.body.size();
        contentType = result.headers.value("content-type");
        Q_EMIT progress(sha256, offset, total);
    }
    file.close();

    auto adopted = m_store.adoptFile(partial, sha256);
    if (!adopted) {
        if (adopted.error().code == u"blob.hash_mismatch")
            return discard(partial, BlobDownloadErrors::damaged(sha256));
        return adopted.error();
    }
    report.size = adopted.value().size;
    if (Status s = record(sha256, report.size, adopted.value().relativePath, contentType); !s)
        return s.error();
    return report;
}

Status BlobDownloader::record(const QString &sha256, qint64 size, const QString &relativePath,
                              const QByteArray &contentType)
{
    const QString mime = QString::fromLatin1(contentType.split(';').value(0).trimmed()).left(100);
    return BlobRepository(m_db.connection()).markDownloaded(sha256, size, relativePath, mime);
}

Error BlobDownloadErrors::notTracked(const QString &sha256)
{
    return {u"download.unknown_blob"_s,
            tr("No record on this computer refers to the photo %1, so it was not downloaded. Sync first, then "
               "open the record again.")
                .arg(sha256.left(12))};
}

Error BlobDownloadErrors::notOnServer(const QString &sha256)
{
    return {u"download.not_found"_s,
            tr("The server does not have the photo %1, or it is outside your jurisdiction. Nothing was stored; ask "
               "the inspector who took it to sync, or the provincial operator to check your access.")
                .arg(sha256.left(12))};
}

Error BlobDownloadErrors::forbidden(const QString &sha256)
{
    return {u"download.forbidden"_s,
            tr("The server refused the photo %1 to this account. Nothing was stored; ask the provincial operator "
               "to check your access.")
                .arg(sha256.left(12))};
}

Error BlobDownloadErrors::damaged(const QString &sha256)
{
    return {u"download.hash_mismatch"_s,
            tr("The photo %1 arrived damaged (its content does not match its fingerprint) and was not stored. "
               "Download it again; if this repeats, tell the provincial operator.")
                .arg(sha256.left(12))};
}

Error BlobDownloadErrors::tooLarge(const QString &sha256, qint64 size, qint64 limit)
{
    return {u"download.too_large"_s,
            tr("The photo %1 is larger (%2 bytes) than a photo may be (%3 bytes) and was not downloaded. Tell the "
               "provincial operator.")
                .arg(sha256.left(12))
                .arg(size)
                .arg(limit)};
}

Error BlobDownloadErrors::cannotWrite(const QString &detail)
{
    return {u"download.write"_s,
            tr("The photo cannot be saved on this computer (%1). Free some disk space and download it again.")
                .arg(detail)};
}

} // namespace sitesafe
