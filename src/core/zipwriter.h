#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include "error.h"

namespace sitesafe {

/// A small ZIP archive (PKWARE APPNOTE 6.3, no ZIP64: under 4 GB and 65,535 entries), deflated with Qt's zlib
/// (qCompress without its zlib header and trailer) and opened by any unzip tool. For the diagnostics zip: a few
/// text files, saved through QSaveFile (a temporary file renamed), so a cut write never leaves a zip that looks whole.
class ZipWriter
{
public:
    /// Adds `name` (a relative path with '/') holding `data`, dated `modified` (DOS time, local).
    void add(const QString &name, const QByteArray &data, const QDateTime &modified);
    /// The archive's bytes.
    QByteArray bytes() const;
    /// Writes the archive to `path`.
    Status save(const QString &path) const;

    static quint32 crc32(const QByteArray &data);

private:
    struct Entry {
        QByteArray name;
        quint32 crc = 0;
        quint32 size = 0;
        QByteArray compressed;
        quint16 method = 0; ///< 0 stored, 8 deflated
        quint16 dosTime = 0;
        quint16 dosDate = 0;
    };
    QList<Entry> m_entries;
};

} // namespace sitesafe
