#include "demoevidence.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QStringList>
#include <QtEndian>

#include "core/uuidv7.h"
#include "democontext.h"

using namespace Qt::StringLiterals;

namespace sitesafe::demo {

namespace {

/// A picture and where it was taken; the coordinates are those scripts/demo-evidence wrote into its EXIF GPS
/// (degrees, minutes and hundredths of seconds).
struct Picture {
    QString resource;
    double latitude;
    double longitude;
};

const QList<Picture> &pictures()
{
    static const QList<Picture> list{{u":/demo/photo-1-haikou.jpg"_s, 20.0311, 110.3312},
                                     {u":/demo/photo-2-sanya.jpg"_s, 18.2528, 109.5119},
                                     {u":/demo/photo-3-danzhou.jpg"_s, 19.5209, 109.5808},
                                     {u":/demo/photo-4-qionghai.jpg"_s, 19.2584, 110.4747}};
    return list;
}

QByteArray readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("The demo evidence resource %s is missing from the build.", qPrintable(path));
    return file.readAll();
}

/// Each JPEG once, with the offset of its placeholder DateTimeOriginal (exactly one in each file).
struct Loaded {
    QList<QByteArray> photos;
    QList<qsizetype> timeOffsets;
    QList<QByteArray> signatures;

    Loaded()
    {
        const QByteArray placeholder(DemoEvidence::kPlaceholderTime);
        for (const Picture &picture : pictures()) {
            const QByteArray bytes = readResource(picture.resource);
            const qsizetype at = bytes.indexOf(placeholder);
            if (at < 0 || bytes.indexOf(placeholder, at + 1) >= 0)
                qFatal("%s must hold its DateTimeOriginal placeholder exactly once.", qPrintable(picture.resource));
            photos.append(bytes);
            timeOffsets.append(at);
        }
        for (int i = 1; i <= 4; ++i)
            signatures.append(readResource(u":/demo/signature-%1.png"_s.arg(i)));
    }
};

const Loaded &loaded()
{
    static const Loaded instance;
    return instance;
}

int stableIndex(const QString &key, int count)
{
    const QByteArray digest = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256);
    return static_cast<int>(static_cast<quint8>(digest.at(0)) % count);
}

int wrap(int index, qsizetype count)
{
    const int n = static_cast<int>(count);
    return ((index % n) + n) % n;
}

} // namespace

int DemoEvidence::photoCount()
{
    return static_cast<int>(pictures().size());
}

int DemoEvidence::signatureCount()
{
    return static_cast<int>(loaded().signatures.size());
}

QByteArray DemoEvidence::photo(int picture, qint64 capturedMs)
{
    const Loaded &l = loaded();
    const int i = wrap(picture, l.photos.size());
    QByteArray bytes = l.photos.at(i);
    // EXIF DateTimeOriginal is local time without a zone; OffsetTimeOriginal says +08:00.
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(capturedMs + 8 * DemoTime::kHourMs, Qt::UTC);
    const QByteArray text = local.toString(u"yyyy:MM:dd HH:mm:ss"_s).toLatin1();
    Q_ASSERT(text.size() == qsizetype(qstrlen(kPlaceholderTime)));
    bytes.replace(l.timeOffsets.at(i), text.size(), text);
    return bytes;
}

QByteArray DemoEvidence::signature(int variant)
{
    const Loaded &l = loaded();
    return l.signatures.at(wrap(variant, l.signatures.size()));
}

double DemoEvidence::latitude(int picture)
{
    return pictures().at(wrap(picture, pictures().size())).latitude;
}

double DemoEvidence::longitude(int picture)
{
    return pictures().at(wrap(picture, pictures().size())).longitude;
}

int DemoEvidence::pictureFor(const QString &attachmentId)
{
    // Only the random part of the UUIDv7 (after its 48-bit timestamp): the same record made for another day
    // keeps its picture.
    return stableIndex(attachmentId.mid(14), photoCount());
}

int DemoEvidence::signatureFor(const QString &signer)
{
    return stableIndex(signer, signatureCount());
}

QString DemoEvidence::sha256(const QByteArray &content)
{
    return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

void DemoEvidence::attachPhoto(PhotoRecord &photo)
{
    const int picture = pictureFor(photo.id);
    const QByteArray bytes = DemoEvidence::photo(picture, photo.capturedAt.toMSecsSinceEpoch());
    photo.sha256 = sha256(bytes);
    photo.size = bytes.size();
    photo.latitude = latitude(picture);
    photo.longitude = longitude(picture);
}

QList<PhotoRecord> DemoEvidence::signatures(const Inspection &inspection, qint64 signedMs)
{
    QList<PhotoRecord> records;
    for (qsizetype i = 0; i < inspection.inspectors.size(); ++i) {
        const QByteArray digest = QCryptographicHash::hash(
            (u"sitesafe-demo/signature/"_s + inspection.id.mid(14) + u'/' + QString::number(i)).toUtf8(),
            QCryptographicHash::Sha256);
        const auto *bits = reinterpret_cast<const uchar *>(digest.constData());
        PhotoRecord signature;
        signature.id = UuidV7::fromParts(signedMs, qFromBigEndian<quint64>(bits), qFromBigEndian<quint64>(bits + 8));
        signature.ownerEntity = u"inspections"_s;
        signature.ownerId = inspection.id;
        signature.signer = inspection.inspectors.at(i) + u" (inspector)"_s;
        const QByteArray bytes = DemoEvidence::signature(signatureFor(signature.signer));
        signature.sha256 = sha256(bytes);
        signature.size = bytes.size();
        signature.mime = u"image/png"_s;
        signature.role = u"signature"_s;
        signature.capturedAt = QDateTime::fromMSecsSinceEpoch(signedMs, Qt::UTC);
        records.append(signature);
    }
    return records;
}

QByteArray DemoEvidence::contentOf(const PhotoRecord &record)
{
    // Rows-only records have a drawn size of at least 200 KB; the real files are all far smaller, so most records
    // are told apart without making their bytes.
    if (record.size <= 0 || record.size > 64 * 1024)
        return {};
    QByteArray bytes;
    if (record.role == u"signature")
        bytes = signature(signatureFor(record.signer));
    else if (record.capturedAt.isValid())
        bytes = photo(pictureFor(record.id), record.capturedAt.toMSecsSinceEpoch());
    if (bytes.size() != record.size || sha256(bytes) != record.sha256)
        return {};
    return bytes;
}

} // namespace sitesafe::demo
