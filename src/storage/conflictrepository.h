#pragma once

#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include "core/error.h"

namespace sitesafe {

/// One field that both this computer and the server changed, as the sync engine recorded it in `conflicts`.
/// Values are the text the engine stored (WireValue::text: the value as people read it, numbers and 0/1
/// booleans as digits), a null QVariant for NULL.
struct ConflictRecord {
    QString id;
    QString entity;   ///< table name, e.g. "hazards"
    QString entityId;
    QString field;    ///< column name
    QVariant localValue;
    QVariant serverValue;
    QVariant baseValue;
    QString mutationId;
    QString detectedAt; ///< stored UTC text
    QString resolvedAt; ///< empty while open
    QString recordTitle; ///< hazards: description; inspections: the project's name; otherwise empty
    QString projectName;
};

/// The open conflicts of the data folder and their resolution. Resolving is an ordinary local edit: the field
/// is set to the chosen value in a Transaction::Origin::Local transaction, so the outbox triggers queue the
/// mutation (base = the value the row held, i.e. the server's), and in the same transaction the conflict row is
/// marked resolved and an audit entry is appended. Table and column names come from the database itself
/// (sqlite_schema, PRAGMA table_info), never from unchecked text.
class ConflictRepository
{
    Q_DECLARE_TR_FUNCTIONS(ConflictRepository)

public:
    enum class Choice { Local, Server, Edited };

    /// What resolve() did, enough to undo it.
    struct Outcome {
        QVariant previousValue; ///< the field's value before the resolution
        QVariant newValue;      ///< the value written (as bound)
        bool isChanged = false; ///< false: the row already held the value; no outbox row was queued
    };

    explicit ConflictRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    /// One field the server answered as a conflict, as the receipt recorder keeps it (inside its transaction).
    /// Values are texts as people read them (null: NULL); a duplicate answer repeating a stored conflict of the
    /// same (mutation, field) adds nothing. Stamped with the store's clock.
    Status record(const QString &entity, const QString &entityId, const QString &field, const QVariant &localValue,
                  const QVariant &serverValue, const QVariant &baseValue, const QString &mutationId);
    /// The local row takes the server's value of a conflicting field (inside the receipts' Remote transaction).
    /// `entity` and `field` must come from the protocol's rule table, never from an answer.
    Status takeServerValue(const QString &entity, const QString &entityId, const QString &field,
                           const QVariant &value);

    /// Open conflicts, newest first, at most `limit`.
    Result<QList<ConflictRecord>> openConflicts(int limit = 500);
    Result<qint64> openCount();
    std::optional<ConflictRecord> find(const QString &conflictId);

    /// Sets the field to the chosen value (`editedValue` for Choice::Edited; empty text means NULL where the
    /// column allows it) and marks the conflict resolved, in one local transaction with an audit entry.
    Result<Outcome> resolve(const QString &conflictId, Choice choice, const QString &editedValue,
                            const QString &actor);
    /// Undo of resolve(): puts `previousValue` back (another ordinary edit) and opens the conflict again.
    Status reopen(const QString &conflictId, const QVariant &previousValue, const QString &actor);

    static QString choiceCode(Choice choice);

private:
    struct Column {
        QString type; ///< declared type, upper case
        bool isNotNull = false;
    };
    Result<Column> editableColumn(const QString &entity, const QString &field);
    Result<QVariant> toColumnValue(const Column &column, const QVariant &text);
    Result<Outcome> setField(const ConflictRecord &conflict, const QVariant &value);

    QSqlDatabase m_db;
};

} // namespace sitesafe
