#include "demostoreimporter.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

#include "backend.h"
#include "core/clock.h"
#include "hazardfolder.h"
#include "protocol/entityrules.h"
#include "rowstore.h"
#include "serverauditlog.h"
#include "writetransaction.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {

/// A read-only connection to the client store, removed when it goes out of scope.
class StoreConnection
{
public:
    explicit StoreConnection(const QString &file) : m_name(u"demo-store-"_s + QUuid::createUuid().toString())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(file);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        m_isOpen = db.open();
        m_error = db.lastError().text();
    }
    ~StoreConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(StoreConnection)
    bool isOpen() const { return m_isOpen; }
    const QString &error() const { return m_error; }
    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_isOpen = false;
    QString m_error;
};

} // namespace

Result<int> DemoStoreImporter::import(Backend &backend, const QString &storeFile)
{
    if (!QFileInfo(storeFile).isFile())
        return Error{u"usage"_s, tr("There is no client store at %1. Make one first: sitesafe-cli demo --data-dir "
                                    "DIR.").arg(storeFile)};
    const StoreConnection store(storeFile);
    if (!store.isOpen())
        return Error{u"storage"_s, tr("Could not open the client store %1 (%2).").arg(storeFile, store.error())};
    WriteTransaction tx(backend);
    if (!tx.isActive())
        return tx.error();
    RowStore rows(tx.statements());
    const QString stamp = Timestamp::toText(backend.clock().now());
    int loaded = 0;
    QStringList hazardIds;
    // The rule table lists entities parents first, so every foreign key finds its row.
    for (const EntityRule &rule : EntityRules::all()) {
        if (!rule.isClientWritable())
            continue;
        const QStringList columns = QStringList{u"id"_s, u"created_at"_s, u"updated_at"_s} + rule.fields;
        QSqlQuery q(store.database());
        q.setForwardOnly(true);
        q.prepare(u"SELECT %1 FROM %2 WHERE id NOT IN (SELECT entity_id FROM outbox WHERE entity = ?)"_s.arg(
            columns.join(u", "_s), rule.entity));
        q.addBindValue(rule.entity);
        if (!q.exec())
            return Error{u"storage"_s, tr("Could not read %1 from the client store (%2). Is it a SiteSafe store of "
                                          "this version?").arg(rule.entity, q.lastError().text())};
        while (q.next()) {
            QVariantMap row;
            for (int c = 0; c < columns.size(); ++c)
                row.insert(columns.at(c), q.value(c));
            if (Status s = rows.upsertReference(rule, row, stamp); !s)
                return Error{s.error().code, u"%1 %2: %3"_s.arg(rule.entity, row.value(u"id"_s).toString(),
                                                                 s.error().message)};
            if (rule.entity == u"hazards")
                hazardIds << row.value(u"id"_s).toString();
            ++loaded;
        }
    }
    // The state of each hazard is the server's fold of its events, as after a push.
    for (const QString &id : std::as_const(hazardIds)) {
        if (auto folded = HazardFolder::refold(tx.statements(), id); !folded)
            return folded.error();
    }
    QSqlDatabase db = tx.database();
    if (Status s = ServerAuditLog::append(tx.statements(), backend.clock().now(), u"cli"_s, {}, u"demo.field_data_loaded"_s, {},
                                          {}, QString::number(loaded));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return loaded;
}

} // namespace sitesafe
