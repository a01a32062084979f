#pragma once

#include <QAtomicInt>
#include <QByteArray>
#include <QCryptographicHash>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QStringList>

#include <catch2/catch.hpp>

/// Reads a store with a plain connection of its own, as any SQLite client would (the CLI tests' view of a folder).
class StoreReader
{
public:
    explicit StoreReader(const QString &path)
        : m_name(QStringLiteral("store-reader-%1").arg(counter().fetchAndAddRelaxed(1)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
    }
    ~StoreReader()
    {
        QSqlDatabase::database(m_name).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(StoreReader)

    qint64 scalar(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }
    /// sha256 of every row of `sql` in its order, NULL told apart from an empty text.
    QByteArray digest(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        REQUIRE(q.exec(sql));
        QCryptographicHash hash(QCryptographicHash::Sha256);
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i) {
                const QVariant v = q.value(i);
                hash.addData(v.isNull() ? QByteArray("\x00N", 2) : v.toByteArray());
                hash.addData(QByteArray("\x1F"));
            }
            hash.addData(QByteArray("\x1E"));
        }
        return hash.result();
    }
    /// The distinct values of `sql`'s first column, as text.
    QStringList values(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        REQUIRE(q.exec(sql));
        QStringList out;
        while (q.next())
            out << q.value(0).toString();
        out.removeDuplicates();
        return out;
    }

    /// sha256 of every table's rows in rowid order (virtual tables' shadow tables included), keyed by table name, and
    /// of the schema.
    static QMap<QString, QByteArray> tableHashes(const QString &path)
    {
        StoreReader db(path);
        QMap<QString, QByteArray> hashes;
        const QStringList virtualTables = db.values(
            QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL%'"));
        const QStringList withoutRowid = db.values(
            QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE '%WITHOUT ROWID%'"));
        for (const QString &table :
            db.values(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"))) {
            if (virtualTables.contains(table))
                continue; // its rows are its shadow tables', hashed as tables
            hashes.insert(table,
                db.digest(
                    QStringLiteral("SELECT * FROM \"%1\" ORDER BY %2")
                        .arg(table, withoutRowid.contains(table) ? QStringLiteral("1") : QStringLiteral("rowid"))));
        }
        hashes.insert(
            QStringLiteral("(schema)"), db.digest(QStringLiteral("SELECT sql FROM sqlite_master ORDER BY name")));
        return hashes;
    }

private:
    static QAtomicInt &counter()
    {
        static QAtomicInt n;
        return n;
    }
    QString m_name;
};
