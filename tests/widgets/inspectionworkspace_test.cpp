#include "widgets/views/inspectionworkspace.h"

#include <cmath>

#include <QApplication>
#include <QBuffer>
#include <QImage>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPushButton>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <catch2/catch.hpp>

#include "evidence/testphotos.h"
#include "inspectionfixture.h"
#include "models/checklistmodel.h"
#include "models/modeltesthelpers.h"
#include "storage/inspectionsigner.h"
#include "support/tempdir.h"
#include "widgets/dialogs/hazardformdialog.h"
#include "widgets/dialogs/signinspectiondialog.h"
#include "widgets/signaturepad.h"
#include "widgets/views/checklistrunner.h"
#include "widgets/views/evidencestrip.h"
#include "widgettesthelpers.h"

using namespace Qt::StringLiterals;
using namespace sitesafe;
using namespace sitesafe::test;

namespace {
QString sqlText(QSqlDatabase db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    REQUIRE(q.exec());
    return q.next() ? q.value(0).toString() : QString();
}
} // namespace

TEST_CASE("An item's photos belong to its answer: none before it is answered, attached once it is", "[inspection]")
{
    InspectionFixture f;
    InspectionWorkspace workspace(*f.session, f.inspectionId);
    workspace.resize(1366, 768);
    workspace.show();
    REQUIRE(QTest::qWaitForWindowExposed(&workspace));
    ChecklistRunner *runner = workspace.runner();
    REQUIRE(waitFor([&] { return runner->model()->isLoaded(); }));
    CHECK(workspace.itemPhotos() == nullptr);
    CHECK(workspace.findChild<QWidget *>(u"itemPhotoHint"_s) != nullptr);
    CHECK(workspace.certificateButton()->isVisible());
    CHECK_FALSE(workspace.amendButton()->isVisible());

    const QString item = runner->model()->item(runner->currentItem()).code;
    QTest::keyClick(runner->list(), Qt::Key_F); // fail: the item stays, the hazard form opens for a criterion
    if (runner->hazardForm())
        runner->hazardForm()->reject();
    REQUIRE(waitFor([&] { return workspace.itemPhotos() != nullptr; }));
    const QString answerId = sqlText(f.store->connection(),
                                     u"SELECT id FROM inspection_answers WHERE inspection_id = ? AND item_code = ?"_s,
                                     {f.inspectionId, item});
    REQUIRE_FALSE(answerId.isEmpty());

    TestDir photos;
    const QString file = photos.file(u"IMG_0001.jpg"_s);
    writePhoto(file, jpegBytes(QSize(800, 600), 7), std::nullopt);
    workspace.itemPhotos()->addFiles({file});
    REQUIRE(waitFor([&] { return workspace.itemPhotos()->photoCount() == 1; }));
    CHECK(sqlCount(f.store->connection(),
                   u"SELECT count(*) FROM attachments WHERE owner_entity = 'inspection_answers' AND owner_id = ? "
                   "AND role = 'photo'"_s,
                   {answerId})
          == 1);
    CHECK(sqlCount(f.store->connection(),
                   u"SELECT count(*) FROM outbox WHERE entity = 'attachments' AND op = 'insert'"_s)
          >= 1);

    // Moving to an unanswered item shows the hint again; back on the answered one, its photo is there.
    QTest::keyClick(runner->list(), Qt::Key_Down);
    REQUIRE(waitFor([&] { return workspace.itemPhotos() == nullptr; }));
    QTest::keyClick(runner->list(), Qt::Key_Up);
    REQUIRE(waitFor([&] { return workspace.itemPhotos() != nullptr; }));
    REQUIRE(waitFor([&] { return workspace.itemPhotos()->photoCount() == 1; }));
}

TEST_CASE("A signed inspection opens read-only with an amendment that links to it and leaves it unchanged",
          "[inspection][signature]")
{
    InspectionFixture f;
    QList<Signature> signatures;
    for (const QString &name : {u"王检查"_s, u"李监督"_s}) {
        QImage image(300, 100, QImage::Format_RGB32);
        image.fill(Qt::white);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.setPixel(10, 10, qRgb(0, 0, 0));
        image.save(&buffer, "PNG");
        signatures.append({name, Signature::Role::Inspector, png});
    }
    REQUIRE(InspectionSigner(*f.store).sign(f.inspectionId, signatures, {}, u"现场负责人拒绝签字"_s, u"王检查"_s));
    const QString before = sqlText(f.store->connection(),
                                   u"SELECT status || updated_at || coalesce(notes, '') FROM inspections WHERE id = ?"_s,
                                   {f.inspectionId});

    InspectionWorkspace workspace(*f.session, f.inspectionId);
    workspace.show();
    REQUIRE(waitFor([&] { return workspace.runner()->model()->isLoaded(); }));
    REQUIRE(waitFor([&] { return workspace.amendButton()->isVisible(); }));
    QString opened;
    QObject::connect(&workspace, &InspectionWorkspace::openInspectionRequested,
                     [&](const QString &id) { opened = id; });
    const QString amendment = workspace.amend();
    REQUIRE_FALSE(amendment.isEmpty());
    CHECK(opened == amendment);
    CHECK(sqlText(f.store->connection(), u"SELECT amends_inspection_id FROM inspections WHERE id = ?"_s, {amendment})
          == f.inspectionId);
    CHECK(sqlText(f.store->connection(),
                  u"SELECT status || updated_at || coalesce(notes, '') FROM inspections WHERE id = ?"_s,
                  {f.inspectionId})
          == before);
}

namespace {
/// One mouse stroke of loops across `pad`, different for each `seed`.
void scribbleOn(QWidget *pad, int seed)
{
    const QSize size = pad->size();
    auto send = [pad](QEvent::Type type, QPointF at, Qt::MouseButtons buttons) {
        QMouseEvent event(type, at, pad->mapToGlobal(at), type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton,
                          buttons, Qt::NoModifier);
        QApplication::sendEvent(pad, &event);
    };
    QList<QPointF> points;
    for (int i = 0; i <= 24; ++i)
        points.append(QPointF(size.width() * (0.1 + 0.8 * i / 24.0),
                              size.height() * (0.5 + 0.3 * std::sin(i * (0.7 + 0.1 * seed)))));
    send(QEvent::MouseButtonPress, points.constFirst(), Qt::LeftButton);
    for (const QPointF &p : points)
        send(QEvent::MouseMove, p, Qt::LeftButton);
    send(QEvent::MouseButtonRelease, points.constLast(), Qt::NoButton);
}
} // namespace

TEST_CASE("A whole inspection in its window, by keyboard: answers, a failed criterion as a hazard, a photo on the "
          "answer, submission and signatures: the database and the outbox hold exactly those",
          "[inspection][signature][evidence]")
{
    InspectionFixture f({u"V2024"_s});
    InspectionWorkspace workspace(*f.session, f.inspectionId);
    workspace.resize(1366, 768);
    workspace.show();
    REQUIRE(QTest::qWaitForWindowExposed(&workspace));
    ChecklistRunner *runner = workspace.runner();
    REQUIRE(waitFor([&] { return runner->model()->isLoaded(); }));
    QTreeView *list = runner->list();

    QStringList passed;
    for (int i = 0; i < 4; ++i) {
        passed.append(runner->model()->item(runner->currentItem()).code);
        QTest::keyClick(list, Qt::Key_P);
    }
    const QString failed = runner->model()->item(runner->currentItem()).code;
    REQUIRE(failed.startsWith(u"V2024-"_s));
    QTest::keyClick(list, Qt::Key_F);
    REQUIRE(waitFor([&] { return runner->hazardForm() != nullptr; }));
    runner->hazardForm()->accept();
    REQUIRE(waitFor([&] { return runner->hazardForm() == nullptr; }));

    REQUIRE(waitFor([&] { return workspace.itemPhotos() != nullptr; }));
    TestDir photos;
    const QString file = photos.file(u"IMG_0420.jpg"_s);
    writePhoto(file, jpegBytes(QSize(1024, 768), 11),
               TestExif{u"2026:11:28 10:20:00"_s, u"+08:00"_s, kHaikouLatitude, kHaikouLongitude});
    workspace.itemPhotos()->addFiles({file});
    REQUIRE(waitFor([&] { return workspace.itemPhotos()->photoCount() == 1; }));

    bool confirmed = false;
    answerNextMessageBox(u"&Yes"_s, &confirmed);
    REQUIRE(runner->submit());
    CHECK(confirmed);

    // Sign… opens the dialog: both inspectors and the site representative sign with the mouse.
    bool signedNow = false;
    QTimer::singleShot(0, [&] {
        REQUIRE(waitFor([] { return qobject_cast<SignInspectionDialog *>(QApplication::activeModalWidget()); }));
        auto *dialog = qobject_cast<SignInspectionDialog *>(QApplication::activeModalWidget());
        scribbleOn(dialog->inspectorPad(0), 1);
        scribbleOn(dialog->inspectorPad(1), 2);
        dialog->representativeName()->setText(u"陈项目"_s);
        scribbleOn(dialog->representativePad(), 3);
        REQUIRE(dialog->signButton()->isEnabled());
        dialog->signButton()->click();
    });
    signedNow = workspace.sign();
    REQUIRE(signedNow);

    QSqlDatabase db = f.store->connection();
    const QString id = f.inspectionId;
    CHECK(sqlText(db, u"SELECT status FROM inspections WHERE id = ?"_s, {id}) == u"signed"_s);
    CHECK(sqlCount(db, u"SELECT count(*) FROM inspection_answers WHERE inspection_id = ? AND is_withdrawn = 0"_s, {id})
          == 5);
    for (const QString &item : passed)
        CHECK(sqlText(db, u"SELECT result FROM inspection_answers WHERE inspection_id = ? AND item_code = ?"_s,
                      {id, item})
              == u"pass"_s);
    CHECK(sqlText(db, u"SELECT result FROM inspection_answers WHERE inspection_id = ? AND item_code = ?"_s, {id, failed})
          == u"fail"_s);
    const QString article = failed.mid(6, 2);
    CHECK(sqlCount(db, u"SELECT count(*) FROM hazards WHERE inspection_id = ? AND criteria_set = 'V2024' AND "
                       "criteria_item = ? AND is_major = 1"_s,
                   {id, failed})
          == 1);
    CHECK(sqlCount(db, u"SELECT count(*) FROM hazards WHERE inspection_id = ?"_s, {id}) == 1);
    CHECK(sqlCount(db, u"SELECT count(*) FROM criteria_items WHERE code = ? AND article_number = ?"_s,
                   {failed, article.toInt()})
          == 1);
    CHECK(sqlCount(db, u"SELECT count(*) FROM attachments a JOIN inspection_answers r ON r.id = a.owner_id WHERE "
                       "a.owner_entity = 'inspection_answers' AND r.item_code = ? AND a.role = 'photo' AND "
                       "a.latitude IS NOT NULL"_s,
                   {failed})
          == 1);
    CHECK(sqlCount(db, u"SELECT count(*) FROM attachments WHERE owner_entity = 'inspections' AND owner_id = ? AND "
                       "role = 'signature'"_s,
                   {id})
          == 3);
    // Every row made is waiting in the outbox, once.
    CHECK(sqlCount(db, u"SELECT count(*) FROM outbox WHERE entity = 'inspection_answers' AND op = 'insert' AND "
                       "entity_id IN (SELECT id FROM inspection_answers WHERE inspection_id = ?)"_s,
                   {id})
          == 5);
    CHECK(sqlCount(db, u"SELECT count(*) FROM outbox WHERE entity = 'hazards' AND op = 'insert' AND entity_id IN "
                       "(SELECT id FROM hazards WHERE inspection_id = ?)"_s,
                   {id})
          == 1);
    CHECK(sqlCount(db, u"SELECT count(*) FROM outbox WHERE entity = 'attachments' AND op = 'insert'"_s) == 4);
    CHECK(sqlCount(db, u"SELECT count(*) FROM outbox WHERE entity = 'inspections' AND entity_id = ? AND "
                       "fields LIKE '%signed%'"_s,
                   {id})
          >= 1);
    REQUIRE(waitFor([&] { return workspace.amendButton()->isVisible(); }));
}
