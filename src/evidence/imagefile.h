#pragma once

#include <QCoreApplication>
#include <QImage>

#include "core/error.h"

namespace sitesafe {

/// An image file read whole and decoded once, the way evidence enters the store: the exact bytes (hashed and kept
/// untouched), the decoded picture (for renditions and QR decoding) and its MIME type. A file that is not an image,
/// or is cut or corrupt, is an error that names the file and says what to do; nothing is written anywhere.
class ImageFile
{
    Q_DECLARE_TR_FUNCTIONS(ImageFile)

public:
    /// Reads and decodes `path` (JPEG, PNG, and HEIC where the Qt image plugins read it).
    static Result<ImageFile> load(const QString &path);
    /// Decodes bytes already in memory (pasted or received); `name` is used in error messages.
    static Result<ImageFile> fromBytes(QByteArray bytes, const QString &name);

    const QByteArray &bytes() const { return m_bytes; }
    const QImage &image() const { return m_image; }
    QString mime() const { return m_mime; }
    /// Lower-case hex sha256 of bytes().
    QString sha256() const;

private:
    QByteArray m_bytes;
    QImage m_image;
    QString m_mime;
};

} // namespace sitesafe
