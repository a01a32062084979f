#include "photorenditions.h"

#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QGuiApplication>
#include <QPainter>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
constexpr int kChinaOffsetSeconds = 8 * 3600;
constexpr int kJpegQuality = 88;
constexpr int kLineCount = 3;

QString chinaTime(const QDateTime &time)
{
    return time.toOffsetFromUtc(kChinaOffsetSeconds).toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

/// Text height in pixels for an image of `size`: readable on a phone photo and on a small test image alike.
int fontPixels(QSize size)
{
    return qMax(11, qMin(size.width(), size.height()) / 32);
}

Status save(const QImage &image, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "JPEG", kJpegQuality) || !file.commit())
        return Error{u"evidence.rendition"_s,
                     PhotoRenditions::tr("The preview %1 could not be written (%2). Nothing was added; free some "
                                         "disk space and try again.")
                         .arg(QFileInfo(path).fileName(), file.errorString())};
    return {};
}
} // namespace

PhotoRenditions::PhotoRenditions(QString blobRoot) : m_blobRoot(std::move(blobRoot)) {}

QString PhotoRenditions::folder() const
{
    return m_blobRoot + u"/renditions"_s;
}

QString PhotoRenditions::watermarkPath(const QString &sha256) const
{
    return folder() + QLatin1Char('/') + sha256 + u"-wm.jpg"_s;
}

QString PhotoRenditions::thumbnailPath(const QString &sha256) const
{
    return folder() + QLatin1Char('/') + sha256 + u"-thumb.jpg"_s;
}

bool PhotoRenditions::exist(const QString &sha256) const
{
    return QFileInfo::exists(watermarkPath(sha256)) && QFileInfo::exists(thumbnailPath(sha256));
}

QString PhotoRenditions::coordinates(double latitude, double longitude)
{
    return u"%1°%2 %3°%4"_s.arg(qAbs(latitude), 0, 'f', 5)
        .arg(latitude < 0 ? u"S"_s : u"N"_s)
        .arg(qAbs(longitude), 0, 'f', 5)
        .arg(longitude < 0 ? u"W"_s : u"E"_s);
}

QStringList PhotoRenditions::lines(const WatermarkText &t)
{
    const QString when = t.capturedAt.isValid()
                             ? tr("Taken %1 (China time)").arg(chinaTime(t.capturedAt))
                             : tr("Added %1 (China time), no EXIF time").arg(chinaTime(t.importedAt));
    const QString where = t.latitude && t.longitude ? coordinates(*t.latitude, *t.longitude) : tr("No GPS position");
    return {when, tr("Project: %1").arg(t.projectName),
            tr("Inspector: %1 · %2 · SHA-256 %3").arg(t.inspectorName, where, t.sha256.left(8))};
}

int PhotoRenditions::bandHeight(QSize size)
{
    const int px = fontPixels(size);
    return qMin(size.height(), kLineCount * px * 14 / 10 + px);
}

QImage PhotoRenditions::watermarked(const QImage &image, const WatermarkText &text)
{
    QImage out = image.convertToFormat(QImage::Format_RGB32);
    const int px = fontPixels(out.size());
    const int band = bandHeight(out.size());
    QPainter painter(&out);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const QRect bandRect(0, out.height() - band, out.width(), band);
    painter.fillRect(bandRect, QColor(0, 0, 0, 170));
    QFont font(u"Noto Sans CJK SC"_s);
    font.setPixelSize(px);
    painter.setFont(font);
    painter.setPen(Qt::white);
    const QRect textRect = bandRect.adjusted(px / 2, px / 2, -px / 2, -px / 4);
    painter.drawText(textRect, Qt::AlignLeft | Qt::AlignTop, lines(text).join(QLatin1Char('\n')));
    painter.end();
    return out;
}

QImage PhotoRenditions::thumbnail(const QImage &image)
{
    if (qMax(image.width(), image.height()) <= kThumbnailLongSide)
        return image.convertToFormat(QImage::Format_RGB32);
    return image.scaled(kThumbnailLongSide, kThumbnailLongSide, Qt::KeepAspectRatio, Qt::SmoothTransformation)
        .convertToFormat(QImage::Format_RGB32);
}

Status PhotoRenditions::write(const QImage &image, const WatermarkText &text) const
{
    // Text needs the font database, which only a QGuiApplication sets up (drawing without one aborts).
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Error{u"evidence.no_gui"_s, tr("Photo previews can only be drawn by a program with a graphical "
                                              "interface; add the photo in SiteSafe.")};
    if (!QDir().mkpath(folder()))
        return Error{u"evidence.rendition"_s,
                     tr("The folder %1 cannot be created. Check the disk; nothing was added.").arg(folder())};
    if (Status s = save(watermarked(image, text), watermarkPath(text.sha256)); !s)
        return s;
    return save(thumbnail(image), thumbnailPath(text.sha256));
}

} // namespace sitesafe
