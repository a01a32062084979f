#include "widgets/signaturepad.h"

#include <cmath>
#include <memory>

#include <QCheckBox>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPointingDevice>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabletEvent>
#include <QTest>

#include <catch2/catch.hpp>

#include "core/dataset.h"
#include "models/todaymodel.h"
#include "storage/datasetwriter.h"
#include "storage/inspectionrepository.h"
#include "storage/inspectionsigner.h"
#include "support/tempdir.h"
#include "widgets/dialogs/signinspectiondialog.h"
#include "widgets/localization.h"
#include "widgets/views/todaypage.h"
#include "widgettesthelpers.h"

using namespace Qt::StringLiterals;
using namespace sitesafe;
using namespace sitesafe::test;

namespace {

void sendMouse(QWidget *pad, QEvent::Type type, QPointF at, Qt::MouseButtons buttons)
{
    const Qt::MouseButton button = type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton;
    QMouseEvent event(type, at, pad->mapToGlobal(at), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(pad, &event);
}

/// Draws one stroke through `points` with the mouse.
void drawWithMouse(QWidget *pad, const QList<QPointF> &points)
{
    sendMouse(pad, QEvent::MouseButtonPress, points.constFirst(), Qt::LeftButton);
    for (qsizetype i = 1; i < points.size(); ++i)
        sendMouse(pad, QEvent::MouseMove, points.at(i), Qt::LeftButton);
    sendMouse(pad, QEvent::MouseButtonRelease, points.constLast(), Qt::NoButton);
}

/// Draws one stroke with a pen at `pressure` (a Wacom-like stylus).
void drawWithPen(QWidget *pad, const QList<QPointF> &points, qreal pressure)
{
    static QPointingDevice stylus(u"test stylus"_s, 4242, QInputDevice::DeviceType::Stylus,
                                  QPointingDevice::PointerType::Pen,
                                  QInputDevice::Capability::Position | QInputDevice::Capability::Pressure, 1, 3);
    for (qsizetype i = 0; i < points.size(); ++i) {
        const QEvent::Type type = i == 0                   ? QEvent::TabletPress
                                  : i == points.size() - 1 ? QEvent::TabletRelease
                                                           : QEvent::TabletMove;
        QTabletEvent event(type, &stylus, points.at(i), pad->mapToGlobal(points.at(i)), pressure, 0, 0, 0, 0, 0,
                           Qt::NoModifier, type == QEvent::TabletMove ? Qt::NoButton : Qt::LeftButton,
                           type == QEvent::TabletRelease ? Qt::NoButton : Qt::LeftButton);
        QApplication::sendEvent(pad, &event);
        CHECK(event.isAccepted());
    }
}

/// A cursive-looking line of loops across the pad, different for each `seed`.
QList<QPointF> scribble(QSize size, int seed)
{
    QList<QPointF> points;
    const double loops = 4 + seed % 3;
    for (int i = 0; i <= 160; ++i) {
        const double t = i / 160.0;
        const double phase = t * loops * 2 * M_PI;
        const double x = size.width() * (0.12 + 0.74 * t + 0.04 * std::cos(phase + seed));
        const double y = size.height() * (0.55 - 0.08 * std::sin(t * M_PI + seed)
                                          - 0.2 * std::sin(phase) * (0.6 + 0.4 * std::sin(t * 7 + seed)));
        points.append(QPointF(x, y));
    }
    return points;
}

QList<QPointF> line(QPointF from, QPointF to, int steps = 20)
{
    QList<QPointF> points;
    for (int i = 0; i <= steps; ++i)
        points.append(from + (to - from) * (double(i) / steps));
    return points;
}

/// Pixels darker than mid grey: how much ink the image holds.
int inkOf(const QImage &image)
{
    int ink = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            ink += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
    return ink;
}

/// A data folder of its own with one project and a draft inspection by two inspectors.
struct SigningFixture {
    TestDir dir;
    FixedClock clock{QDateTime(QDate(2026, 12, 5), QTime(3, 0), Qt::UTC)};
    std::unique_ptr<DataStore> store;
    std::unique_ptr<DataFolderSession> session;
    Inspection inspection;

    SigningFixture()
    {
        Database::Options options;
        options.clock = &clock;
        auto opened = DataStore::open(dir.path(), options);
        REQUIRE(opened.isOk());
        store = std::move(opened).value();
        Dataset d;
        d.jurisdictions.append({u"01930000-0000-7000-8000-0000000000a1"_s, u"460100"_s, u"海口市"_s,
                                u"prefecture_city"_s, {}});
        Project p;
        p.id = u"01930000-0000-7000-8000-000000000001"_s;
        p.name = u"海口江东新区安置房一期"_s;
        p.jurisdictionCode = u"460100"_s;
        p.category = u"building"_s;
        p.status = u"under_construction"_s;
        d.projects.append(p);
        REQUIRE(DatasetWriter(store->connection(), clock.now()).write(d).isOk());
        inspection.projectId = p.id;
        inspection.kind = u"special"_s;
        inspection.inspectors = {u"王检查"_s, u"李监督"_s};
        inspection.checklists = {u"V2024"_s};
        auto id = InspectionRepository(store->connection()).create(inspection, u"王检查"_s);
        REQUIRE(id.isOk());
        inspection = *InspectionRepository(store->connection()).find(id.value());
        session = std::make_unique<DataFolderSession>(*store, clock);
    }
};

} // namespace

TEST_CASE("The signature pad draws with the mouse, a pen and a finger and exports a non-blank PNG",
          "[widgets][signature]")
{
    SignaturePad pad;
    pad.resize(400, 160);
    pad.show();
    REQUIRE(QTest::qWaitForWindowExposed(&pad));
    QSignalSpy changed(&pad, &SignaturePad::changed);
    CHECK(pad.isEmpty());
    CHECK(pad.toPng().isEmpty());

    drawWithMouse(&pad, scribble(pad.size(), 1));
    CHECK(pad.strokeCount() == 1);
    CHECK(changed.count() == 1);

    drawWithPen(&pad, line({60, 40}, {340, 50}), 0.9);
    CHECK(pad.strokeCount() == 2);

    // The test owns the device QTest makes (Qt's documentation: delete it when no longer needed).
    const std::unique_ptr<QPointingDevice> device(QTest::createTouchDevice());
    QPointingDevice *touchScreen = device.get();
    QTest::touchEvent(&pad, touchScreen).press(0, QPoint(80, 130));
    for (int x = 90; x <= 320; x += 10)
        QTest::touchEvent(&pad, touchScreen).move(0, QPoint(x, 130 - (x % 40) / 4));
    QTest::touchEvent(&pad, touchScreen).release(0, QPoint(330, 128));
    CHECK(pad.strokeCount() == 3);
    CHECK(changed.count() == 3);
    CHECK_FALSE(pad.isEmpty());

    const QImage image = QImage::fromData(pad.toPng(), "PNG");
    REQUIRE_FALSE(image.isNull());
    CHECK(image.size() == SignaturePad::kExportSize);
    CHECK(image.pixel(0, 0) == qRgb(255, 255, 255)); // white, no frame, no baseline
    CHECK(image.pixel(image.width() - 1, image.height() - 1) == qRgb(255, 255, 255));
    CHECK(inkOf(image) > 2000);

    pad.clear();
    CHECK(pad.isEmpty());
    CHECK(pad.toPng().isEmpty());
    CHECK(changed.count() == 4);
}

TEST_CASE("A pen drawn harder leaves a wider line", "[widgets][signature]")
{
    SignaturePad light;
    SignaturePad heavy;
    for (SignaturePad *pad : {&light, &heavy})
        pad->resize(400, 160);
    drawWithPen(&light, line({40, 80}, {360, 80}), 0.1);
    drawWithPen(&heavy, line({40, 80}, {360, 80}), 1.0);
    const int lightInk = inkOf(QImage::fromData(light.toPng(), "PNG"));
    const int heavyInk = inkOf(QImage::fromData(heavy.toPng(), "PNG"));
    INFO("light " << lightInk << ", heavy " << heavyInk);
    CHECK(lightInk > 300);
    CHECK(heavyInk > 2 * lightInk);
}

TEST_CASE("The sign dialog keeps Sign disabled until every inspector signed and the representative signed or "
          "refused",
          "[widgets][signature]")
{
    SigningFixture f;
    SignInspectionDialog dialog(*f.session, f.inspection, u"王检查"_s);
    dialog.resize(900, 640);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QPushButton *sign = dialog.signButton();
    CHECK_FALSE(sign->isEnabled());
    CHECK(dialog.message().contains(u"王检查"_s));
    CHECK(dialog.findChild<QLabel *>(u"freezingNote"_s)->text().contains(u"amendment"_s));

    drawWithMouse(dialog.inspectorPad(0), scribble(dialog.inspectorPad(0)->size(), 1));
    CHECK_FALSE(sign->isEnabled());
    drawWithMouse(dialog.inspectorPad(1), scribble(dialog.inspectorPad(1)->size(), 2));
    CHECK_FALSE(sign->isEnabled()); // the representative has neither signed nor refused
    CHECK(dialog.message().contains(u"representative"_s));

    dialog.refusedBox()->setChecked(true);
    CHECK_FALSE(sign->isEnabled()); // a refusal needs its note
    dialog.refusalNote()->setPlainText(u"项目经理称需请示公司"_s);
    CHECK(sign->isEnabled());
    dialog.refusedBox()->setChecked(false);
    CHECK_FALSE(sign->isEnabled());

    dialog.representativeName()->setText(u"陈项目"_s);
    CHECK_FALSE(sign->isEnabled());
    drawWithMouse(dialog.representativePad(), scribble(dialog.representativePad()->size(), 3));
    CHECK(sign->isEnabled());
    dialog.inspectorPad(1)->clear();
    CHECK_FALSE(sign->isEnabled());
    drawWithMouse(dialog.inspectorPad(1), scribble(dialog.inspectorPad(1)->size(), 2));
    REQUIRE(sign->isEnabled());

    SECTION("Sign stores three PNG signatures and freezes the inspection")
    {
        QTest::mouseClick(sign, Qt::LeftButton);
        CHECK(dialog.result() == QDialog::Accepted);
        auto stored = InspectionRepository(f.store->connection()).find(f.inspection.id);
        CHECK(stored->status == u"signed"_s);
        CHECK(stored->siteRepresentative == u"陈项目"_s);
        QSqlQuery q(f.store->connection());
        REQUIRE(q.exec(u"SELECT blob_sha256, signer FROM attachments WHERE owner_id = '%1' AND role = 'signature' "
                       "ORDER BY signer"_s.arg(f.inspection.id)));
        int count = 0;
        while (q.next()) {
            ++count;
            auto bytes = f.store->blobs().read(q.value(0).toString());
            REQUIRE(bytes.isOk());
            const QImage image = QImage::fromData(bytes.value(), "PNG");
            CHECK(image.size() == SignaturePad::kExportSize);
            CHECK(inkOf(image) > 500);
        }
        CHECK(count == 3);
    }
    SECTION("A refusal by the signer stays in the open dialog as a sentence")
    {
        REQUIRE(InspectionSigner(*f.store).sign(f.inspection.id,
                                                {{u"王检查"_s, Signature::Role::Inspector,
                                                  dialog.inspectorPad(0)->toPng()},
                                                 {u"李监督"_s, Signature::Role::Inspector,
                                                  dialog.inspectorPad(1)->toPng()}},
                                                u"陈项目"_s, u"拒签"_s, u"李监督"_s));
        QTest::mouseClick(sign, Qt::LeftButton);
        CHECK(dialog.isVisible());
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK(dialog.message().contains(u"already signed"_s));
    }
}

TEST_CASE("Renders the sign dialog with drawn signatures in Chinese at 1366×768", "[widgets][render][signature]")
{
    REQUIRE(Localization::install(u"zh_CN"_s));
    Localization::applyFonts();
    {
        WindowFixture f;
        REQUIRE(waitFor([&] { return f.window->todayPage()->model()->isReady(); }));
        QSqlQuery q(f.store->connection());
        REQUIRE(q.exec(u"SELECT id FROM inspections WHERE status <> 'signed' AND json_array_length(inspectors) = 2 "
                       "ORDER BY started_at DESC LIMIT 1"_s));
        REQUIRE(q.next());
        auto inspection = InspectionRepository(f.store->connection()).find(q.value(0).toString());
        REQUIRE(inspection);
        SignInspectionDialog dialog(*f.session, *inspection, inspection->inspectors.constFirst(), f.window.get());
        dialog.resize(960, 660);
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        drawWithMouse(dialog.inspectorPad(0), scribble(dialog.inspectorPad(0)->size(), 1));
        drawWithPen(dialog.inspectorPad(1), scribble(dialog.inspectorPad(1)->size(), 2), 0.7);
        dialog.representativeName()->setText(u"陈项目"_s);
        dialog.refusedBox()->setChecked(true);
        dialog.refusalNote()->setPlainText(u"项目经理陈项目称需请示公司后再签字，由监理员林某在场见证。"_s);
        CHECK(dialog.signButton()->isEnabled());
        QTest::qWait(50);

        // The dialog over the main window, as the inspector sees it.
        QImage shot = f.window->grab().toImage();
        REQUIRE(shot.size() == QSize(1366, 768) * f.window->devicePixelRatio());
        {
            QPainter painter(&shot);
            painter.fillRect(shot.rect(), QColor(0, 0, 0, 70));
            const QImage over = dialog.grab().toImage();
            painter.drawImage((shot.width() - over.width()) / 2, (shot.height() - over.height()) / 2, over);
        }
        QDir().mkpath(QStringLiteral(SITESAFE_RENDER_DIR));
        CHECK(shot.save(QStringLiteral(SITESAFE_RENDER_DIR) + u"/signature-pad.png"_s));
        CHECK(inkOf(dialog.inspectorPad(0)->grab().toImage()) > 500);
    }
    Localization::install(u"en"_s);
}
