#include "blobstore.h"

#include <fcntl.h>
#include <unistd.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
bool fsyncPath(const QString &path, bool isDirectory)
{
    const int fd = ::open(QFile::encodeName(path).constData(), isDirectory ? O_RDONLY | O_DIRECTORY : O_RDONLY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

bool isHexSha256(const QString &s)
{
    if (s.size() != 64)
        return false;
    for (QChar c : s) {
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return false;
    }
    return true;
}
} // namespace

BlobStore::BlobStore(QString root) : m_root(std::move(root)) {}

QString BlobStore::relativePathOf(const QString &sha256)
{
    return sha256.left(2) + QLatin1Char('/') + sha256;
}

QString BlobStore::pathOf(const QString &sha256) const
{
    return m_root + QLatin1Char('/') + relativePathOf(sha256);
}

bool BlobStore::contains(const QString &sha256) const
{
    return isHexSha256(sha256) && QFileInfo::exists(pathOf(sha256));
}

Result<BlobStore::Stored> BlobStore::put(const QByteArray &content)
{
    bool isRead = false;
    return write([&]() -> std::optional<QByteArray> {
        if (isRead)
            return QByteArray();
        isRead = true;
        return content;
    });
}

Result<BlobStore::Stored> BlobStore::putFile(const QString &sourcePath)
{
    QFile source(sourcePath);
    if (!source.open(QIODevice::ReadOnly))
        return Error{u"blob.source"_s, tr("The file %1 cannot be read: %2").arg(sourcePath, source.errorString())};
    auto stored = write([&]() -> std::optional<QByteArray> {
        const QByteArray chunk = source.read(1 << 20);
        if (chunk.isEmpty() && source.error() != QFileDevice::NoError)
            return std::nullopt;
        return chunk;
    });
    if (!stored && stored.error().code == u"blob.source")
        return Error{u"blob.source"_s, tr("Reading %1 failed: %2").arg(sourcePath, source.errorString())};
    return stored;
}

Result<BlobStore::Stored> BlobStore::adoptFile(const QString &path, const QString &expectedSha256)
{
    if (!isHexSha256(expectedSha256))
        return Error{u"blob.id"_s, tr("“%1” is not a photo identifier.").arg(expectedSha256)};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{u"blob.source"_s, tr("The file %1 cannot be read: %2").arg(path, file.errorString())};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return Error{u"blob.source"_s, tr("Reading %1 failed: %2").arg(path, file.errorString())};
    const qint64 size = file.size();
    file.close();
    if (QString::fromLatin1(hash.result().toHex()) != expectedSha256) {
        QFile::remove(path);
        return Error{u"blob.hash_mismatch"_s, tr("The photo %1 does not match its fingerprint; it was not stored.")
                                                  .arg(expectedSha256.left(12))};
    }
    return commit(path, expectedSha256, size);
}

Result<BlobStore::Stored> BlobStore::write(const std::function<std::optional<QByteArray>()> &nextChunk)
{
    if (!QDir().mkpath(m_root))
        return Error{u"blob.folder"_s, tr("The photo folder %1 cannot be created. Check the disk.").arg(m_root)};
    QTemporaryFile temp(m_root + u"/.incoming-XXXXXX"_s);
    if (!temp.open())
        return Error{u"blob.write"_s, tr("The photo could not be saved: %1").arg(temp.errorString())};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 size = 0;
    for (;;) {
        const std::optional<QByteArray> chunk = nextChunk();
        if (!chunk)
            return Error{u"blob.source"_s, {}};
        if (chunk->isEmpty())
            break;
        hash.addData(*chunk);
        size += chunk->size();
        if (temp.write(*chunk) != chunk->size())
            return Error{u"blob.write"_s, tr("The photo could not be saved (%1). Nothing was changed; free some "
                                             "disk space and try again.")
                                              .arg(temp.errorString())};
    }
    if (!temp.flush())
        return Error{u"blob.write"_s, tr("The photo could not be saved: %1").arg(temp.errorString())};
    temp.close();
    auto stored = commit(temp.fileName(), QString::fromLatin1(hash.result().toHex()), size);
    if (stored)
        temp.setAutoRemove(false); // renamed away, or dropped as a duplicate
    return stored;
}

Result<BlobStore::Stored> BlobStore::commit(const QString &tempPath, const QString &sha256, qint64 size)
{
    Stored stored{sha256, size, relativePathOf(sha256), false};
    const QString target = pathOf(sha256);
    if (QFileInfo::exists(target)) {
        stored.wasPresent = true;
        QFile::remove(tempPath);
        return stored;
    }
    if (!fsyncPath(tempPath, false))
        return Error{u"blob.sync"_s, tr("The photo could not be written to disk. Nothing was changed; try again.")};
    const QString folder = QFileInfo(target).absolutePath();
    if (!QDir().mkpath(folder))
        return Error{u"blob.folder"_s, tr("The photo folder %1 cannot be created.").arg(folder)};
    if (::rename(QFile::encodeName(tempPath).constData(), QFile::encodeName(target).constData()) != 0)
        return Error{u"blob.rename"_s, tr("The photo could not be moved into the store. Nothing was changed.")};
    fsyncPath(folder, true);
    return stored;
}

Result<QByteArray> BlobStore::read(const QString &sha256) const
{
    if (!isHexSha256(sha256))
        return Error{u"blob.id"_s, tr("“%1” is not a photo identifier.").arg(sha256)};
    QFile file(pathOf(sha256));
    if (!file.open(QIODevice::ReadOnly))
        return Error{u"blob.missing"_s, tr("The photo %1 is not on this computer. Sync to download it.")
                                            .arg(sha256.left(12))};
    const QByteArray content = file.readAll();
    if (QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex() != sha256.toLatin1())
        return Error{u"blob.corrupt"_s, tr("The photo %1 on this computer is damaged. It will be downloaded again "
                                           "from the server at the next sync.")
                                            .arg(sha256.left(12))};
    return content;
}

} // namespace sitesafe
