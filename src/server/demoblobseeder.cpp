#include "demoblobseeder.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

#include "backend.h"
#include "core/clock.h"
#include "demo/demoevidence.h"
#include "demo/demogenerator.h"
#include "serverauditlog.h"
#include "writetransaction.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {

struct EvidenceBlob {
    QString sha256;
    QString mime;
    QByteArray bytes;
    QString jurisdictionCode;
};

Status writeFile(const QString &path, const QByteArray &bytes)
{
    if (QFileInfo::exists(path))
        return {}; // content-addressed: the same bytes
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{u"io"_s, DemoBlobSeeder::tr("Could not write the demo file %1 (%2). Check the disk and the "
                                                 "folder's permissions, then seed again.")
                                  .arg(path, file.errorString())};
    return {};
}

} // namespace

Result<int> DemoBlobSeeder::seed(Backend &backend, const QString &blobDir, quint64 seed, QDate today)
{
    DemoOptions options;
    options.seed = seed;
    options.today = today;
    QHash<QString, QString> projectJurisdiction; // project id → 市县 code
    QHash<QString, QString> ownerProject;        // hazard or inspection id → project id
    QList<EvidenceBlob> blobs;
    DemoGenerator(options).generate([&](const Dataset &chunk) {
        for (const Project &p : chunk.projects)
            projectJurisdiction.insert(p.id, p.jurisdictionCode);
        for (const Hazard &h : chunk.hazards)
            ownerProject.insert(h.id, h.projectId);
        for (const Inspection &i : chunk.inspections)
            ownerProject.insert(i.id, i.projectId);
        for (const PhotoRecord &record : chunk.photos) {
            QByteArray bytes = demo::DemoEvidence::contentOf(record);
            if (!bytes.isEmpty())
                blobs.append({record.sha256, record.mime, std::move(bytes),
                              projectJurisdiction.value(ownerProject.value(record.ownerId))});
        }
        return true;
    });

    for (const EvidenceBlob &blob : std::as_const(blobs)) {
        if (Status s = writeFile(QDir(blobDir).filePath(blob.sha256.left(2) + u'/' + blob.sha256), blob.bytes); !s)
            return s.error();
    }
    WriteTransaction tx(backend);
    if (!tx.isActive())
        return tx.error();
    QSqlQuery blobRow(tx.database());
    blobRow.prepare(u"INSERT INTO blobs (sha256, size, mime, uploaded_by, created_at) VALUES (?, ?, ?, 'seed-demo', "
                    "?) ON CONFLICT (sha256) DO NOTHING"_s);
    QSqlQuery access(tx.database());
    access.prepare(u"INSERT INTO blob_access (sha256, jurisdiction_code) VALUES (?, ?) ON CONFLICT DO NOTHING"_s);
    const QString now = Timestamp::toText(backend.clock().now());
    for (const EvidenceBlob &blob : std::as_const(blobs)) {
        blobRow.addBindValue(blob.sha256);
        blobRow.addBindValue(qint64(blob.bytes.size()));
        blobRow.addBindValue(blob.mime);
        blobRow.addBindValue(now);
        access.addBindValue(blob.sha256);
        access.addBindValue(blob.jurisdictionCode);
        if (!blobRow.exec() || !access.exec())
            return Error{u"storage"_s, tr("Could not record the demo's files in the server database (%1).")
                                           .arg((blobRow.lastError().isValid() ? blobRow : access).lastError().text())};
    }
    QSqlDatabase db = tx.database();
    if (Status s = ServerAuditLog::append(tx.statements(), backend.clock().now(), u"cli"_s, {}, u"blob.seed_demo"_s, {}, {},
                                          QString::number(blobs.size()));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return static_cast<int>(blobs.size());
}

} // namespace sitesafe
