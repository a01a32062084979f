#include "bulkload.h"

#include <QDebug>
#include <QSqlQuery>

#include "bulkinserter.h"
#include "shortwords.h"
#include "storageerror.h"
#include "transaction.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
/// An identifier from sqlite_master, quoted for SQL.
QString quoted(const QString &name)
{
    return u"\""_s + QString(name).replace(u"\""_s, u"\"\""_s) + u"\""_s;
}

/// The one-value answer of a PRAGMA that reads a setting.
QString setting(QSqlDatabase db, const QString &pragma)
{
    QSqlQuery q(db);
    return q.exec(u"PRAGMA "_s + pragma) && q.next() ? q.value(0).toString() : QString();
}
} // namespace

BulkLoad::BulkLoad(QSqlDatabase db)
    : m_db(std::move(db))
{ }

BulkLoad::~BulkLoad()
{
    if (m_isActive)
        if (Status s = finish(); !s)
            qWarning().noquote() << "The store could not be restored after a bulk load:" << s.error().message;
}

Status BulkLoad::begin()
{
    const QString preparing = tr("preparing the store for writing the data set");
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT count(*) FROM hazards"_s) || !q.next())
        return StorageError::fromSql(q.lastError(), preparing);
    if (q.value(0).toLongLong() > 0)
        return Error {u"storage.bulk_load_not_empty"_s,
            tr("A data set can only be written this way into a store without hazards. Choose an empty "
               "data folder.")};
    // Unique indexes stay: they check the rows as they are written. The rest are made again by one sort each.
    if (!q.exec(u"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                "AND upper(substr(sql, 1, 13)) <> 'CREATE UNIQUE' ORDER BY rowid"_s))
        return StorageError::fromSql(q.lastError(), preparing);
    QList<SchemaObject> indexes;
    while (q.next())
        indexes.append({q.value(0).toString(), q.value(1).toString()});
    // Every trigger: the search triggers' work is done once in finish(); all others (outbox, read-only reference
    // data, append-only events) do nothing for server data (WHEN applying_remote = 0), the only data of a load.
    if (!q.exec(u"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY rowid"_s))
        return StorageError::fromSql(q.lastError(), preparing);
    QList<SchemaObject> triggers;
    while (q.next())
        triggers.append({q.value(0).toString(), q.value(1).toString()});

    m_journalMode = setting(m_db, u"journal_mode"_s);
    m_synchronous = setting(m_db, u"synchronous"_s);
    m_cacheSize = setting(m_db, u"cache_size"_s);
    if (m_journalMode.isEmpty() || m_synchronous.isEmpty() || m_cacheSize.isEmpty())
        return Error {
            u"storage.settings"_s, tr("The settings of the store could not be read. Run sitesafe-cli check.")};

    Transaction tx(m_db, Transaction::Origin::Remote);
    if (!tx.isActive())
        return tx.error();
    for (const SchemaObject &index : std::as_const(indexes))
        if (!q.exec(u"DROP INDEX "_s + quoted(index.name)))
            return StorageError::fromSql(q.lastError(), preparing);
    for (const SchemaObject &trigger : std::as_const(triggers))
        if (!q.exec(u"DROP TRIGGER "_s + quoted(trigger.name)))
            return StorageError::fromSql(q.lastError(), preparing);
    if (Status s = tx.commit(); !s)
        return s;
    m_indexes = indexes;
    m_triggers = triggers;
    m_isActive = true;
    return relax();
}

Status BulkLoad::relax()
{
    // The rollback journal in memory still lets a failed chunk roll back; only a crash is left unprotected.
    QSqlQuery q(m_db);
    // Leaving WAL needs the file to itself. When another program has the folder open (the client's first-run wizard
    // runs `demo` on the folder it holds), the journal stays WAL: slower, the same rows.
    if (!q.exec(u"PRAGMA journal_mode = MEMORY"_s) && setting(m_db, u"journal_mode"_s) != m_journalMode)
        return StorageError::fromSql(q.lastError(), tr("preparing the store for writing the data set"));
    for (const QString &pragma : {u"PRAGMA synchronous = OFF"_s, u"PRAGMA cache_size = -262144"_s})
        if (!q.exec(pragma))
            return StorageError::fromSql(q.lastError(), tr("preparing the store for writing the data set"));
    return {};
}

Status BulkLoad::finish()
{
    if (!m_isActive)
        return {};
    m_isActive = false;
    const Status rebuilt = rebuild();
    const Status restored = restoreSettings();
    return !rebuilt ? rebuilt : restored;
}

Status BulkLoad::rebuild()
{
    const QString finishing = tr("building the indexes of the data set");
    Transaction tx(m_db, Transaction::Origin::Remote);
    if (!tx.isActive())
        return tx.error();
    QSqlQuery q(m_db);
    for (const SchemaObject &index : std::as_const(m_indexes))
        if (!q.exec(index.sql))
            return StorageError::fromSql(q.lastError(), finishing);
    // What hazards_fts_insert (sql/client/0006) writes for each hazard, for all of them: hazards_fts in one
    // statement, then hazard_grams (external content over hazards_fts' texts) from the texts just written.
    if (!q.exec(u"INSERT INTO hazards_fts (rowid, description, location, project_name, criterion_text) "
                "SELECT h.seq, h.description, h.location, (SELECT name FROM projects WHERE id = h.project_id), "
                "(SELECT text FROM criteria_items WHERE code = h.criteria_item) FROM hazards h ORDER BY h.seq"_s))
        return StorageError::fromSql(q.lastError(), finishing);
    {
        QSqlQuery texts(m_db);
        texts.setForwardOnly(true);
        if (!texts.exec(u"SELECT id, c0, c1, c2, c3 FROM hazards_fts_content ORDER BY id"_s))
            return StorageError::fromSql(texts.lastError(), finishing);
        BulkInserter grams(m_db, u"hazard_grams"_s, {u"rowid"_s, u"bigrams"_s});
        while (texts.next()) {
            const QString tokens = shortWordTokens(texts.value(1).toString(), texts.value(2).toString(),
                                                   texts.value(3).toString(), texts.value(4).toString());
            if (Status s = grams.insert({texts.value(0), tokens}); !s)
                return s;
        }
    }
    // What the hazard_place_counts triggers (sql/client/0019) keep, for all hazards at once.
    if (!q.exec(u"DELETE FROM hazard_place_counts"_s)
        || !q.exec(u"INSERT INTO hazard_place_counts (place_code, hazards) "
                   "SELECT place_code, hazards FROM hazard_place_totals"_s))
        return StorageError::fromSql(q.lastError(), finishing);
    for (const SchemaObject &trigger : std::as_const(m_triggers))
        if (!q.exec(trigger.sql))
            return StorageError::fromSql(q.lastError(), finishing);
    return tx.commit();
}

Status BulkLoad::restoreSettings()
{
    const QString finishing = tr("building the indexes of the data set");
    QSqlQuery q(m_db);
    // The values were read from the store itself: journal mode names and integers, never data.
    const QStringList pragmas {u"PRAGMA journal_mode = "_s + m_journalMode, u"PRAGMA synchronous = "_s + m_synchronous,
        u"PRAGMA cache_size = "_s + m_cacheSize};
    for (const QString &pragma : pragmas)
        if (!q.exec(pragma))
            return StorageError::fromSql(q.lastError(), finishing);
    if (setting(m_db, u"journal_mode"_s) != m_journalMode)
        return Error {u"storage.journal_mode"_s,
            tr("The data set was written, but the store could not return to journal mode %1. Close other "
               "programs that use the data folder and run sitesafe-cli check.")
                .arg(m_journalMode)};
    return {};
}

} // namespace sitesafe
