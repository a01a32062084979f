#pragma once

#include <vector>

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace sitesafe {
struct PullPage;
}

/// The raw-SQLite side of the apply budget (DESIGN.md §5: applying pulled pages runs at ≥ 80 % of raw SQLite insert
/// speed of the same rows). Built from pulled pages, it holds every row as a plain INSERT with the columns
/// PullApplier writes for a new row, its values converted from JSON up front; run() inserts them with the sqlite3 C
/// API and times only that. Failures end the benchmark (BenchReport::fail).
class RawInsert
{
public:
    /// The rows of `pages` that `db` does not hold yet. A row it holds (the device's own notice-number blocks, sent
    /// back) is an update for PullApplier and no insert at all, so it is left out rather than made to fail.
    RawInsert(const QList<sitesafe::PullPage> &pages, QSqlDatabase db);

    int rowCount() const { return int(m_rows.size()); }
    /// One transaction, one prepared statement per distinct INSERT, bind / step / reset per row, on `db`'s own
    /// connection (same pragmas: WAL, synchronous FULL, foreign keys). The outbox triggers are switched off the way
    /// Transaction::Origin::Remote does it, so both sides write the same rows into the same schema. Milliseconds.
    double run(QSqlDatabase db) const;

private:
    /// One value ready for sqlite3_bind_*.
    struct Value {
        enum class Kind { Null, Integer, Real, Text } kind = Kind::Null;
        qint64 integer = 0;
        double real = 0;
        QByteArray text;
    };
    struct Row {
        QString sql; ///< INSERT INTO "entity" (id, <columns the row has>, server_version) VALUES (?, …)
        std::vector<Value> values;
    };

    static Value value(const QVariant &v);

    std::vector<Row> m_rows;
};
