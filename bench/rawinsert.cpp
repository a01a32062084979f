#include "rawinsert.h"

#include <map>

#include <QElapsedTimer>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include "benchreport.h"
#include "protocol/entityrules.h"
#include "protocol/pullmessages.h"
#include "protocol/wirevalue.h"

using namespace Qt::StringLiterals;
using namespace sitesafe;

namespace {
void check(sqlite3 *db, int rc, const char *what)
{
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW)
        BenchReport::fail(
            u"raw insert (%1): %2"_s.arg(QString::fromLatin1(what), QString::fromUtf8(sqlite3_errmsg(db))));
}
} // namespace

RawInsert::Value RawInsert::value(const QVariant &v)
{
    Value r;
    if (v.isNull() || !v.isValid())
        return r;
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Bool:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        r.kind = Value::Kind::Integer;
        r.integer = v.toLongLong();
        break;
    case QMetaType::Double:
        r.kind = Value::Kind::Real;
        r.real = v.toDouble();
        break;
    default:
        r.kind = Value::Kind::Text;
        r.text = v.toString().toUtf8();
    }
    return r;
}

RawInsert::RawInsert(const QList<PullPage> &pages, QSqlDatabase db)
{
    for (const PullPage &page : pages) {
        for (const PulledChange &change : page.changes) {
            const EntityRule *rule = EntityRules::find(change.entity);
            if (!rule || change.row.isEmpty())
                continue;
            QSqlQuery existing(db);
            existing.prepare(u"SELECT 1 FROM \"%1\" WHERE id = ?"_s.arg(rule->entity));
            existing.addBindValue(change.entityId);
            if (!existing.exec())
                BenchReport::fail(u"raw rows: "_s + existing.lastError().text());
            if (existing.next())
                continue;
            Row row;
            QStringList quoted, marks;
            row.values.push_back(value(change.entityId));
            for (const QString &c : rule->wireColumns()) {
                if (c == u"id" || !change.row.contains(c))
                    continue;
                quoted.append(u"\"%1\""_s.arg(c));
                marks.append(u"?"_s);
                row.values.push_back(value(WireValue::variant(change.row.value(c))));
            }
            row.values.push_back(value(change.serverSeq));
            row.sql = u"INSERT INTO \"%1\" (id, %2, server_version) VALUES (?, %3, ?)"_s.arg(
                rule->entity, quoted.join(u", "_s), marks.join(u", "_s));
            m_rows.push_back(std::move(row));
        }
    }
}

double RawInsert::run(QSqlDatabase qdb) const
{
    const QVariant handle = qdb.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        BenchReport::fail(u"not a QSQLITE connection"_s);
    sqlite3 *db = *static_cast<sqlite3 *const *>(handle.constData());
    if (!db)
        BenchReport::fail(u"no sqlite3 handle"_s);
    QElapsedTimer t;
    t.start();
    check(db, sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), "begin");
    check(db,
          sqlite3_exec(db, "UPDATE sync_control SET applying_remote = 1 WHERE id = 1; PRAGMA defer_foreign_keys = ON",
                       nullptr, nullptr, nullptr),
          "remote flag");
    std::map<QString, sqlite3_stmt *> statements;
    for (const Row &row : m_rows) {
        sqlite3_stmt *&stmt = statements[row.sql];
        if (!stmt) {
            const QByteArray sql = row.sql.toUtf8();
            check(db, sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &stmt, nullptr), "prepare");
        }
        int i = 1;
        for (const Value &v : row.values) {
            switch (v.kind) {
            case Value::Kind::Null:
                sqlite3_bind_null(stmt, i);
                break;
            case Value::Kind::Integer:
                sqlite3_bind_int64(stmt, i, v.integer);
                break;
            case Value::Kind::Real:
                sqlite3_bind_double(stmt, i, v.real);
                break;
            case Value::Kind::Text:
                sqlite3_bind_text(stmt, i, v.text.constData(), int(v.text.size()), SQLITE_STATIC);
                break;
            }
            ++i;
        }
        check(db, sqlite3_step(stmt), "step");
        sqlite3_reset(stmt);
    }
    for (auto &entry : statements)
        sqlite3_finalize(entry.second);
    check(db, sqlite3_exec(db, "UPDATE sync_control SET applying_remote = 0 WHERE id = 1; COMMIT", nullptr, nullptr,
                           nullptr),
          "commit");
    return double(t.nsecsElapsed()) / 1e6;
}
