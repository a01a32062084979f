#include "demofixture.h"

#include <stdexcept>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>

#include "demo/demoevidence.h"
#include "demo/demogenerator.h"
#include "storage/blobrepository.h"
#include "storage/cataloginstaller.h"
#include "storage/datasetwriter.h"
#include "storage/datastore.h"
#include "storage/hazardrepository.h"

using namespace Qt::StringLiterals;

namespace sitesafe::test {

namespace {
Status generate(const QString &dir)
{
    auto opened = DataStore::open(dir);
    if (!opened)
        return opened.error();
    QSqlDatabase db = opened.value()->connection();
    const QDateTime stamp(DemoFixture::today(), QTime(8, 0), Qt::UTC);
    if (Status s = CatalogInstaller(db, stamp).installBuiltIn(); !s)
        return s;
    DemoOptions options;
    options.seed = 1;
    options.scale = DemoScale::Small;
    options.today = DemoFixture::today();
    options.deviceId = opened.value()->deviceId(); // the blocks of this laptop, as `sitesafe-cli demo` gives them
    DemoGenerator generator(options);
    DatasetWriter writer(db, stamp);
    Status failure;
    QString firstProject;
    generator.generate([&](const Dataset &chunk) {
        if (firstProject.isEmpty() && !chunk.projects.isEmpty())
            firstProject = chunk.projects.first().id;
        if (Status s = writer.write(chunk); !s) {
            failure = s;
            return false;
        }
        // The real files of recent photos and signatures, as `sitesafe-cli demo` stores them.
        BlobRepository blobs(db);
        for (const PhotoRecord &record : chunk.photos) {
            const QByteArray bytes = demo::DemoEvidence::contentOf(record);
            if (bytes.isEmpty())
                continue;
            auto stored = opened.value()->blobs().put(bytes);
            Status s = stored ? blobs.markDownloaded(record.sha256, bytes.size(), stored.value().relativePath,
                                                     record.mime)
                              : Status(stored.error());
            if (!s) {
                failure = s;
                return false;
            }
        }
        return true;
    });
    if (!failure)
        return failure;
    HazardRepository hazards(db);
    for (int i = 0; i < DemoFixture::kLocalEdits; ++i) {
        Hazard h;
        h.projectId = firstProject;
        h.criteriaItem = u"V2024-09-04"_s;
        h.isMajor = true;
        h.description = u"电梯井道内贯通未设置水平防护，井口无防护门（测试 %1）"_s.arg(i + 1);
        h.location = u"2号楼电梯井"_s;
        h.measure = u"partial_stop"_s;
        h.deadline = DemoFixture::today().addDays(3);
        if (auto id = hazards.create(h, u"演示检查员"_s); !id)
            return id.error();
    }
    return {};
}
} // namespace

QDate DemoFixture::today()
{
    return QDate(2026, 11, 28); // fixed: a test run gives the same dataset on any day
}

QString DemoFixture::directory()
{
    static QMutex mutex;
    QMutexLocker lock(&mutex);
    // One folder per build of the test program (its modification time), so a changed generator never leaves
    // a stale dataset behind now that the day no longer changes the name.
    const QString build
        = QString::number(QFileInfo(QCoreApplication::applicationFilePath()).lastModified().toSecsSinceEpoch());
    const QString dir = QStringLiteral(SITESAFE_TEST_DEMO_DIR) + u"/demo-small-"_s + today().toString(u"yyyyMMdd"_s)
        + u'-' + build;
    if (QFile::exists(dir + u"/sitesafe.db"_s))
        return dir;
    QDir().mkpath(QStringLiteral(SITESAFE_TEST_DEMO_DIR));
    const QString temporary = dir + u".tmp-"_s + QString::number(QCoreApplication::applicationPid());
    QDir(temporary).removeRecursively();
    if (Status s = generate(temporary); !s)
        throw std::runtime_error(s.error().message.toStdString());
    if (!QDir().rename(temporary, dir))
        QDir(temporary).removeRecursively(); // another test process finished first; use its copy
    return dir;
}

QString DemoFixture::databasePath()
{
    return DataStore::databasePath(directory());
}

} // namespace sitesafe::test
