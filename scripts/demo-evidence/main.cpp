// Makes the demo's evidence files (see CMakeLists.txt here and docs/architecture.md, "Issue 10: demo evidence"):
// signature PNGs drawn as pen strokes, black ink on white at SignaturePad's export size, and small JPEG site
// photos with the EXIF a phone writes: Make/Model, DateTimeOriginal (a placeholder DemoEvidence patches to the
// photo's capture time), OffsetTimeOriginal "+08:00" and GPS in Hainan. Deterministic: the same program makes
// the same pictures.
#include <cstdio>

#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QRandomGenerator>

#include <exiv2/exiv2.hpp>

namespace {

/// The DateTimeOriginal every photo is written with; DemoEvidence looks for exactly this text.
constexpr const char *kPlaceholderTime = "2001:01:01 00:00:00";

struct Place {
    const char *name;
    double latitude;
    double longitude;
};

/// Where each photo was "taken": sites in 海口, 三亚, 儋州 and 琼海.
const Place kPlaces[] = {{"haikou", 20.0311, 110.3312},
                         {"sanya", 18.2528, 109.5119},
                         {"danzhou", 19.5209, 109.5808},
                         {"qionghai", 19.2584, 110.4747}};

QString rational(double degrees)
{
    const int d = static_cast<int>(degrees);
    const double minutesF = (degrees - d) * 60.0;
    const int m = static_cast<int>(minutesF);
    const int s100 = static_cast<int>((minutesF - m) * 60.0 * 100.0 + 0.5);
    return QStringLiteral("%1/1 %2/1 %3/100").arg(d).arg(m).arg(s100);
}

void drawScene(QPainter &p, int scene, QSize size, QRandomGenerator &random)
{
    const int w = size.width();
    const int h = size.height();
    QLinearGradient sky(0, 0, 0, h * 0.6);
    sky.setColorAt(0, QColor(120, 170, 220));
    sky.setColorAt(1, QColor(210, 225, 235));
    p.fillRect(0, 0, w, h, sky);
    p.fillRect(0, int(h * 0.72), w, h, QColor(150, 120, 90)); // earth
    // A concrete frame building under construction.
    const int left = 40 + scene * 25;
    const int right = w - 60;
    const int floors = 4 + scene;
    const int floorH = int(h * 0.6) / floors;
    p.setPen(Qt::NoPen);
    for (int f = 0; f < floors; ++f) {
        const int y = int(h * 0.72) - (f + 1) * floorH;
        p.setBrush(QColor(175, 175, 170));
        p.drawRect(left, y, right - left, 6); // slab
        for (int x = left; x < right; x += 48)
            p.drawRect(x, y, 8, floorH); // columns
    }
    // Scaffold tubes in front, some of it missing (the hazard photographed).
    QPen tube(QColor(60, 60, 65), 2);
    p.setPen(tube);
    const int top = int(h * 0.72) - floors * floorH;
    for (int x = left - 20; x < right + 10; x += 24) {
        if (random.bounded(6) == 0)
            continue;
        p.drawLine(x, top, x, int(h * 0.72));
    }
    for (int y = top; y < int(h * 0.72); y += floorH / 2)
        p.drawLine(left - 20, y, right + 10, y);
    // Safety net, green, over part of the face.
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(40, 140, 60, 150));
    p.drawRect(left - 20, top, (right - left) / (2 + scene % 2), int(h * 0.72) - top);
    // Red and white barrier and a yellow warning sign in the foreground.
    for (int x = 10; x < w - 10; x += 30) {
        p.setBrush((x / 30) % 2 ? QColor(200, 30, 30) : QColor(240, 240, 240));
        p.drawRect(x, int(h * 0.80), 30, 10);
    }
    p.setBrush(QColor(245, 200, 20));
    QPolygon sign;
    const int cx = 60 + scene * 90;
    sign << QPoint(cx, int(h * 0.82)) << QPoint(cx - 26, int(h * 0.95)) << QPoint(cx + 26, int(h * 0.95));
    p.drawPolygon(sign);
    p.setBrush(Qt::black);
    p.drawRect(cx - 2, int(h * 0.86), 4, 9);
}

bool writePhoto(const QString &path, int scene)
{
    const QSize size(480, 360);
    QImage image(size, QImage::Format_RGB32);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QRandomGenerator random(1000 + scene);
    drawScene(p, scene, size, random);
    p.end();
    if (!image.save(path, "JPEG", 60))
        return false;
    const Place &place = kPlaces[scene];
    auto file = Exiv2::ImageFactory::open(path.toStdString());
    file->readMetadata();
    Exiv2::ExifData &exif = file->exifData();
    exif["Exif.Image.Make"] = "SiteSafe";
    exif["Exif.Image.Model"] = "Demo field camera";
    exif["Exif.Photo.DateTimeOriginal"] = kPlaceholderTime;
    exif["Exif.Photo.OffsetTimeOriginal"] = "+08:00";
    exif["Exif.GPSInfo.GPSVersionID"] = "2 2 0 0";
    exif["Exif.GPSInfo.GPSLatitudeRef"] = "N";
    exif["Exif.GPSInfo.GPSLatitude"] = rational(place.latitude).toStdString();
    exif["Exif.GPSInfo.GPSLongitudeRef"] = "E";
    exif["Exif.GPSInfo.GPSLongitude"] = rational(place.longitude).toStdString();
    file->writeMetadata();
    return true;
}

bool writeSignature(const QString &path, int variant)
{
    const QSize size(600, 240); // SignaturePad::kExportSize
    QImage image(size, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QRandomGenerator random(2000 + variant);
    QPen pen(Qt::black, 5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    // Three to four "characters", each a few connected strokes, then an underline flourish.
    double x = 70 + random.bounded(30);
    const int characters = 3 + variant % 2;
    for (int c = 0; c < characters; ++c) {
        const int strokes = 2 + random.bounded(3);
        for (int s = 0; s < strokes; ++s) {
            QPainterPath path;
            QPointF at(x + random.bounded(60), 60 + random.bounded(60));
            path.moveTo(at);
            for (int k = 0; k < 3; ++k) {
                const QPointF c1(at.x() + random.bounded(70) - 25, at.y() + random.bounded(90) - 35);
                const QPointF c2(at.x() + random.bounded(70) - 20, at.y() + random.bounded(90) - 30);
                const QPointF to(x + random.bounded(90), 50 + random.bounded(110));
                path.cubicTo(c1, c2, to);
                at = to;
            }
            p.drawPath(path);
        }
        x += 110 + random.bounded(20);
    }
    QPainterPath flourish;
    flourish.moveTo(60, 190);
    flourish.cubicTo(200, 170 + random.bounded(30), 380, 215, x, 180);
    p.drawPath(flourish);
    p.end();
    return image.save(path, "PNG");
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: make-demo-evidence OUTPUT_DIR\n");
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    QDir().mkpath(out.path());
    for (int i = 0; i < 4; ++i) {
        const QString name = QStringLiteral("photo-%1-%2.jpg").arg(i + 1).arg(QString::fromLatin1(kPlaces[i].name));
        if (!writePhoto(out.filePath(name), i))
            return 1;
    }
    for (int i = 0; i < 4; ++i) {
        if (!writeSignature(out.filePath(QStringLiteral("signature-%1.png").arg(i + 1)), i))
            return 1;
    }
    return 0;
}
