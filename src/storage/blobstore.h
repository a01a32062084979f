#pragma once

#include <functional>
#include <optional>

#include <QCoreApplication>
#include <QString>

#include "core/error.h"

namespace sitesafe {

/// Content-addressed file store for photos, signatures and notice PDFs: each content is kept once under its
/// sha256 (blobs/ab/abcdef…). Writes go to a temporary file that is fsynced, then renamed into place (and the
/// folder fsynced), so a crash never leaves a half-written blob under a real name. Reads verify the hash.
class BlobStore
{
    Q_DECLARE_TR_FUNCTIONS(BlobStore)

public:
    struct Stored {
        QString sha256;
        qint64 size = 0;
        QString relativePath; ///< relative to the store root, as kept in blobs.local_path
        bool wasPresent = false; ///< the same content was already stored
    };

    explicit BlobStore(QString root);

    QString root() const { return m_root; }
    Result<Stored> put(const QByteArray &content);
    /// Copies a file into the store (streamed; the original is left untouched).
    Result<Stored> putFile(const QString &sourcePath);
    /// Moves a file written inside the store's folder (a finished download, blobs/.partial/…) into place after
    /// checking it hashes to `expectedSha256`. On a mismatch the file is removed and nothing is stored.
    Result<Stored> adoptFile(const QString &path, const QString &expectedSha256);
    /// The content, after checking it still hashes to `sha256`.
    Result<QByteArray> read(const QString &sha256) const;
    bool contains(const QString &sha256) const;
    QString pathOf(const QString &sha256) const;
    static QString relativePathOf(const QString &sha256);

private:
    /// Streams chunks (an empty chunk ends, nullopt is a read failure) into a temporary file, then commit().
    Result<Stored> write(const std::function<std::optional<QByteArray>()> &nextChunk);
    Result<Stored> commit(const QString &tempPath, const QString &sha256, qint64 size);

    QString m_root;
};

} // namespace sitesafe
