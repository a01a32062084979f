#include "zipwriter.h"

#include <array>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
void put16(QByteArray &out, quint32 v)
{
    out.append(char(v & 0xff)).append(char((v >> 8) & 0xff));
}

void put32(QByteArray &out, quint32 v)
{
    put16(out, v & 0xffff);
    put16(out, v >> 16);
}
} // namespace

quint32 ZipWriter::crc32(const QByteArray &data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t {};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 crc = 0xffffffffu;
    for (char byte : data)
        crc = table[(crc ^ quint8(byte)) & 0xff] ^ (crc >> 8);
    return crc ^ 0xffffffffu;
}

void ZipWriter::add(const QString &name, const QByteArray &data, const QDateTime &modified)
{
    Entry e;
    e.name = name.toUtf8();
    e.crc = crc32(data);
    e.size = quint32(data.size());
    // qCompress: 4 bytes of length, the zlib header (2), raw deflate, the Adler-32 (4). ZIP wants the raw deflate.
    const QByteArray zlib = qCompress(data, 9);
    if (zlib.size() > 10 && zlib.size() - 10 < data.size()) {
        e.compressed = zlib.mid(6, zlib.size() - 10);
        e.method = 8;
    } else {
        e.compressed = data;
    }
    const QDateTime local = modified.toLocalTime();
    const QDate d = local.date();
    const QTime t = local.time();
    e.dosDate = quint16(((qMax(d.year(), 1980) - 1980) << 9) | (d.month() << 5) | d.day());
    e.dosTime = quint16((t.hour() << 11) | (t.minute() << 5) | (t.second() / 2));
    m_entries.append(e);
}

QByteArray ZipWriter::bytes() const
{
    QByteArray out;
    QByteArray directory;
    // What the local header and the central directory entry both say, from "version needed" to the name's length.
    const auto putCommon = [](QByteArray &to, const Entry &e) {
        put16(to, 20); // version needed: 2.0
        put16(to, 0x0800); // bit 11: the name is UTF-8
        put16(to, e.method);
        put16(to, e.dosTime);
        put16(to, e.dosDate);
        put32(to, e.crc);
        put32(to, quint32(e.compressed.size()));
        put32(to, e.size);
        put16(to, quint32(e.name.size()));
    };
    for (const Entry &e : m_entries) {
        const quint32 offset = quint32(out.size());
        put32(out, 0x04034b50); // local file header
        putCommon(out, e);
        put16(out, 0); // extra
        out += e.name;
        out += e.compressed;
        put32(directory, 0x02014b50); // central directory entry
        put16(directory, 0x0314); // made by: Unix, 2.0
        putCommon(directory, e);
        put16(directory, 0); // extra
        put16(directory, 0); // comment
        put16(directory, 0); // disk
        put16(directory, 0); // internal attributes
        put32(directory, 0100644u << 16); // external: a regular file, rw-r--r--
        put32(directory, offset);
        directory += e.name;
    }
    const quint32 directoryOffset = quint32(out.size());
    out += directory;
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, quint32(m_entries.size()));
    put16(out, quint32(m_entries.size()));
    put32(out, quint32(directory.size()));
    put32(out, directoryOffset);
    put16(out, 0);
    return out;
}

Status ZipWriter::save(const QString &path) const
{
    const QByteArray data = bytes();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        return Error {u"zip.not_written"_s,
            QCoreApplication::translate("sitesafe::ZipWriter",
                "%1 could not be written (%2). Choose a folder you can write to, "
                "with free space.")
                .arg(QDir::toNativeSeparators(path), file.errorString())};
    }
    return Status::ok();
}

} // namespace sitesafe
