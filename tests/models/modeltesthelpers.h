#pragma once

#include <functional>

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QThread>
#include <QVariantList>

#include <catch2/catch.hpp>

namespace sitesafe::test {

/// Processes events until `done` holds or `timeoutMs` passes; true when it holds.
inline bool waitFor(const std::function<bool()> &done, int timeoutMs = 20000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(1);
    }
    return true;
}

/// A direct connection of the test's own, to check models against plain SQL.
inline QSqlDatabase directConnection(const QString &path)
{
    const QString name = u"test-direct"_qs;
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, name);
    db.setDatabaseName(path);
    db.open();
    return db;
}

inline qint64 sqlCount(QSqlDatabase db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

/// Every row's id of a windowed list model (NoticeListModel, ProjectListModel, …) in order, reading each window
/// as a view scrolling down would: asks for the row, waits for its window, takes `idRole` of column 0.
template<typename Model>
QStringList rowIds(Model &model, int idRole = Qt::UserRole + 1)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        model.prefetch(row);
        if (!waitFor([&] { return model.isRowLoaded(row); }))
            FAIL("row " << row << " never arrived");
        ids << model.data(model.index(row, 0), idRole).toString();
    }
    return ids;
}

/// `count` after requiring that it is above zero: an equality of two counts must not pass as 0 == 0 (a filter
/// that matches nothing in the fixture proves nothing about the filter).
inline qint64 nonZero(qint64 count)
{
    REQUIRE(count > 0);
    return count;
}

} // namespace sitesafe::test
