#include "democommand.h"

#include <QElapsedTimer>

#include "core/clock.h"
#include "demo/demoevidence.h"
#include "demo/demogenerator.h"
#include "reports/noticepdfbackfill.h"
#include "storage/blobrepository.h"
#include "storage/bulkload.h"
#include "storage/cataloginstaller.h"
#include "storage/datasetwriter.h"
#include "storage/datastore.h"
#include "storage/hazardrepository.h"

using namespace Qt::StringLiterals;

namespace sitesafe::cli {

namespace {
/// The real files of the chunk's recent photos and signatures go into the store's blob folder, marked as on this
/// computer and on the server (`seed-demo` holds the same bytes), as if downloaded.
Status storeEvidence(DataStore &store, const Dataset &chunk)
{
    BlobRepository blobs(store.connection());
    for (const PhotoRecord &record : chunk.photos) {
        const QByteArray bytes = demo::DemoEvidence::contentOf(record);
        if (bytes.isEmpty())
            continue;
        auto stored = store.blobs().put(bytes);
        if (!stored)
            return stored.error();
        if (Status s = blobs.markDownloaded(record.sha256, bytes.size(), stored.value().relativePath, record.mime); !s)
            return s;
    }
    return {};
}

/// Elapsed seconds with one decimal, for the progress lines.
QString seconds(const QElapsedTimer &timer)
{
    return QString::number(timer.elapsed() / 1000.0, 'f', 1);
}
} // namespace

QString DemoCommand::name() const
{
    return u"demo"_s;
}

QString DemoCommand::summary() const
{
    return tr("Create a realistic, reproducible Hainan dataset in a new data folder.");
}

void DemoCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({u"data-dir"_s, tr("Data folder to create (must not hold data yet)."), tr("DIR")});
    parser.addOption({u"seed"_s, tr("Random seed; the same seed gives the same dataset (default 1)."), tr("N"),
                      u"1"_s});
    parser.addOption({u"scale"_s, tr("small (about 320 projects, default) or province (20,000 projects)."),
                      tr("SCALE"), u"small"_s});
    parser.addOption({u"today"_s, tr("Date the dataset is relative to (default: today)."), tr("YYYY-MM-DD")});
    parser.addOption({u"notice-pdfs"_s,
        tr("now: draw the issued notices' PDFs (small scale's default); on-open: when a notice is first "
           "opened (province scale always)."),
        tr("WHEN"), u"now"_s});
    // For the client's first-run wizard: "progress PHASE DONE TOTAL" lines on stdout (TOTAL -1: not known).
    QCommandLineOption progress(u"progress-lines"_s);
    progress.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(progress);
}

int DemoCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) const
{
    const QString dir = parser.value(u"data-dir"_s);
    bool seedOk = false;
    const quint64 seed = parser.value(u"seed"_s).toULongLong(&seedOk);
    const QString scaleText = parser.value(u"scale"_s);
    const QDate today = parser.isSet(u"today"_s) ? QDate::fromString(parser.value(u"today"_s), Qt::ISODate)
                                                  : Clock::system().todayInChina();
    const QString pdfsText = parser.value(u"notice-pdfs"_s);
    if (dir.isEmpty() || !seedOk || (scaleText != u"small" && scaleText != u"province") || !today.isValid()
        || (pdfsText != u"now" && pdfsText != u"on-open")) {
        err << tr("Usage: sitesafe-cli demo --data-dir DIR [--seed N] [--scale small|province] [--today YYYY-MM-DD] "
                  "[--notice-pdfs now|on-open]")
            << Qt::endl;
        return Usage;
    }

    auto opened = DataStore::open(dir);
    if (!opened) {
        err << opened.error().message << Qt::endl;
        return Failure;
    }
    DataStore &store = *opened.value();
    const Result<qint64> projects = store.projectCount();
    if (!projects) {
        err << projects.error().message << Qt::endl;
        return Failure;
    }
    if (projects.value() > 0) {
        err << tr("%1 already holds a dataset. Choose an empty folder; nothing was changed.").arg(dir) << Qt::endl;
        return Failure;
    }

    const bool isReportingProgress = parser.isSet(u"progress-lines"_s);
    const auto reportProgress = [&out, isReportingProgress](const char *phase, qint64 done, qint64 total) {
        if (isReportingProgress)
            out << "progress " << phase << ' ' << done << ' ' << total << Qt::endl;
    };
    QElapsedTimer timer;
    timer.start();
    const QDateTime stamp(today, QTime(8, 0), Qt::UTC);
    if (Status s = CatalogInstaller(store.connection(), stamp).installBuiltIn(); !s) {
        err << s.error().message << Qt::endl;
        return Failure;
    }

    DemoOptions options;
    options.seed = seed;
    options.scale = scaleText == u"province" ? DemoScale::Province : DemoScale::Small;
    options.today = today;
    // The fresh notice-number blocks belong to this store's own device (made with the store), the id it will
    // sign in with: two demo stores are two laptops, each numbering its notices from its own block.
    options.deviceId = store.deviceId();
    DemoGenerator generator(options);
    const int targetProjects = generator.targets().projects;
    // The store is new: its search triggers and secondary indexes are set aside while the rows are written and
    // made once at the end (issue 13), which leaves the same store as writing row by row.
    BulkLoad load(store.connection());
    if (Status s = load.begin(); !s) {
        err << s.error().message << Qt::endl;
        return Failure;
    }
    QElapsedTimer phase;
    phase.start();
    DatasetWriter writer(store.connection(), stamp);
    Status failure;
    // The demo inspector of `make run` works for 海口市 (460100): the laptop's own edits are made there, so the
    // server accepts them (an inspector may write only in their jurisdiction).
    constexpr auto kLocalJurisdiction = u"460100";
    QList<QString> localProjects;
    generator.generate([&](const Dataset &chunk) {
        for (const auto &project : chunk.projects)
            if (project.jurisdictionCode == kLocalJurisdiction && localProjects.size() < 3)
                localProjects.append(project.id);
        if (Status s = writer.write(chunk); !s) {
            failure = s;
            return false;
        }
        if (Status s = storeEvidence(store, chunk); !s) {
            failure = s;
            return false;
        }
        err << '\r' << tr("Writing the dataset: %1 rows").arg(writer.rowsWritten()) << Qt::flush;
        reportProgress("rows", writer.rowsWritten(), -1);
        return true;
    });
    err << Qt::endl;
    if (!failure) {
        err << failure.error().message << Qt::endl;
        return Failure;
    }
    err << tr("Wrote %1 rows in %2 s.").arg(writer.rowsWritten()).arg(seconds(phase)) << Qt::endl;
    phase.restart();
    err << tr("Building the indexes and the search index …") << Qt::endl;
    reportProgress("indexes", 0, 1);
    if (Status s = load.finish(); !s) {
        err << s.error().message << Qt::endl;
        return Failure;
    }
    err << tr("Built the indexes and the search index in %1 s.").arg(seconds(phase)) << Qt::endl;

    // A few edits made "on this laptop" so the outbox has something to sync.
    HazardRepository hazards(store.connection());
    for (int i = 0; i < localProjects.size(); ++i) {
        Hazard h;
        h.projectId = localProjects[i];
        h.criteriaItem = i == 0 ? u"V2024-09-04"_s : u"V2024-10-02"_s;
        h.isMajor = true;
        h.description = i == 0 ? u"电梯井道内贯通未设置水平防护，井口无防护门"_s : u"塔吊与外电架空线路安全距离不足且无防护"_s;
        h.location = i == 0 ? u"2号楼电梯井"_s : u"北侧围挡外"_s;
        h.measure = u"partial_stop"_s;
        h.deadline = today.addDays(3);
        if (auto id = hazards.create(h, u"演示检查员"_s); !id) {
            err << id.error().message << Qt::endl;
            return Failure;
        }
    }

    // The issued notices get their PDFs, as the inspectors' laptops would have drawn them; the verification links
    // point at the local server of `make run`, whose seed-demo imports their hashes. At province scale drawing all
    // 37,000 would take half an hour (issue 13): the client draws each on first opening instead (NoticesPage,
    // NoticePdfBackfill::pdfOf), with the same bytes, and `sitesafe-cli notice` draws any notice on the fly.
    if (options.scale == DemoScale::Small && pdfsText == u"now") {
        QElapsedTimer drawing;
        drawing.start();
        auto drawn = NoticePdfBackfill::run(
            store, QUrl(u"https://127.0.0.1:8443"_s), [&err, &reportProgress](int done, int total) {
                err << '\r' << tr("Drawing the notices: %1 of %2").arg(done).arg(total) << Qt::flush;
                reportProgress("notices", done, total);
            });
        err << Qt::endl;
        if (!drawn) {
            err << drawn.error().message << Qt::endl;
            return Failure;
        }
        out << tr("Drew %1 notice PDFs in %2 s.").arg(drawn.value()).arg(seconds(drawing)) << Qt::endl;
    } else {
        out << tr("The notices' PDFs are drawn when a notice is first opened.") << Qt::endl;
    }

    out << tr("Created a %1 dataset (seed %2) in %3: %4 rows, %5 projects targeted, in %6 s.")
               .arg(scaleText)
               .arg(seed)
               .arg(store.directory())
               .arg(writer.rowsWritten())
               .arg(targetProjects)
               .arg(seconds(timer))
        << Qt::endl;
    return Success;
}

} // namespace sitesafe::cli
