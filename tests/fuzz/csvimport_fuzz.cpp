// Fuzz target "csvimport": `sitesafe-server import --kind KIND FILE` on untrusted files. The input is the kind on
// its first line and the file after it; CsvImporter::import reads it from disk into a copy of one server database
// made at start (migrated, with two 市县), fresh for every input. Invariants: nothing crashes, and the import is
// all or nothing: with any problem reported the table holds no row, otherwise exactly the rows imported.
#include <tuple>

#include <QDir>
#include <QFile>
#include <QSqlQuery>

#include "core/clock.h"
#include "fuzzsupport.h"
#include "server/backend.h"
#include "server/csvimporter.h"
#include "server/referenceserver.h"
#include "server/serverconfig.h"

using namespace Qt::StringLiterals;
using namespace sitesafe;
using namespace sitesafe::fuzz;

namespace {

const Clock &fixedClock()
{
    static const FixedClock fixed(QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC));
    return fixed;
}

/// The database file of a new server with the 市县 海口 and 三亚 (projects name one), made once per process.
const QString &templateDatabase()
{
    static const QString path = [] {
        const ServerConfig config {scratchFolder() + u"/template"_s, {}};
        QDir().mkpath(config.dataDir);
        if (!ReferenceServer::initialize(config, fixedClock()))
            fail("a new server database initializes");
        auto backend = Backend::open(config, fixedClock());
        if (!backend)
            fail("the new server database opens");
        auto db = backend.value()->connection();
        if (!db)
            fail("the new server database has a connection");
        QSqlQuery q(db.value());
        for (const auto &[code, name, kind] : {std::tuple {u"460100"_s, u"海口市"_s, u"prefecture_city"_s},
                 std::tuple {u"460200"_s, u"三亚市"_s, u"prefecture_city"_s}}) {
            q.prepare(u"INSERT INTO jurisdictions (id, code, name, kind, server_seq, created_at, updated_at) "
                      "VALUES (?, ?, ?, ?, 1, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"_s);
            for (const QString &value : {QString(u"j-"_s + code), code, name, kind})
                q.addBindValue(value);
            if (!q.exec())
                fail("the template's 市县 are written");
        }
        return config.sqlitePath();
    }();
    return path;
}

qint64 rowsIn(Backend &backend, const QString &table)
{
    auto db = backend.connection();
    if (!db)
        fail("the server database has a connection");
    QSqlQuery q(db.value());
    if (!q.exec(u"SELECT count(*) FROM "_s + table) || !q.next())
        fail("an import kind is a table that can be counted");
    return q.value(0).toLongLong();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    startQt();
    templateDatabase();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = bytesOf(data, size);
    const qsizetype end = bytes.indexOf('\n');
    if (end < 0)
        return 0;
    const QString kind = QString::fromUtf8(bytes.left(end));
    const ServerConfig config {scratchFolder() + u"/server"_s, {}};
    emptyFolder(config.dataDir);
    if (!QFile::copy(templateDatabase(), config.sqlitePath()))
        fail("the template database can be copied");
    const QString fileName = config.dataDir + u"/import.csv"_s;
    QFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes.mid(end + 1)) != bytes.size() - end - 1)
        fail("the imported file can be written");
    file.close();

    auto backend = Backend::open(config, fixedClock());
    if (!backend)
        fail("a copy of the server database opens");
    const CsvImporter::Report outcome = CsvImporter::import(*backend.value(), kind, fileName);
    for (const CsvImporter::Problem &problem : outcome.problems)
        report("problem", u"line %1 %2: %3"_s.arg(problem.line).arg(problem.column, problem.reason));
    report("imported", QString::number(outcome.imported));
    const QStringList kinds {u"projects"_s, u"enterprises"_s, u"people"_s, u"certificates"_s, u"equipment"_s};
    if (!kinds.contains(kind)) {
        if (outcome.problems.isEmpty() || outcome.imported != 0)
            fail("an unknown kind is refused");
        return 0;
    }
    const qint64 rows = rowsIn(*backend.value(), kind);
    if (!outcome.problems.isEmpty() && (rows != 0 || outcome.imported != 0))
        fail("an import with problems writes nothing");
    if (outcome.problems.isEmpty() && rows != outcome.imported)
        fail("an import without problems writes every row");
    return 0;
}
