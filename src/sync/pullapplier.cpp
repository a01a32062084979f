#include "pullapplier.h"

#include <optional>

#include <QJsonDocument>

#include "core/failpoint.h"
#include "protocol/entityrules.h"
#include "protocol/wirevalue.h"
#include "storage/database.h"
#include "storage/heldrowrepository.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
/// A page is tried again after rows that wait for a held parent were held too; each pass holds at least one
/// more row, so this bound is never reached in practice.
constexpr int kMaxPasses = 50;

QString compactJson(const QJsonObject &row)
{
    return QString::fromUtf8(QJsonDocument(row).toJson(QJsonDocument::Compact));
}
} // namespace

struct PullApplier::PageOutcome {
    int applied = 0;
    int unchanged = 0; ///< of `applied`: rows that were here already with the same values
    std::optional<Error> error;
    const PulledChange *broken = nullptr; ///< a row that broke a constraint as it was written
    QString brokenConstraint;
    bool isMissingParent = false;         ///< COMMIT found a reference that points nowhere
    QList<std::pair<ForeignKeyBreak, const PulledChange *>> orphans;
};

PullApplier::PullApplier(Database &db) : m_db(db), m_writer(db.connection()) {}

Error PullApplier::heldError(const QString &entity, const QString &entityId, const QString &brokenConstraint)
{
    return Error{u"sync.row_held"_s,
                 tr("The server's %1 record %2 cannot be saved on this computer: %3. Nothing from this part of the "
                    "download was saved and the sync position did not move; the next sync saves the rest and keeps "
                    "this record aside until it fits.")
                     .arg(entity, entityId, HeldRowRepository::explain(brokenConstraint))};
}

Status PullApplier::writeChange(const EntityRule &rule, const PulledChange &change, QSet<QString> &hazards)
{
    if (rule.entity == u"attachments") {
        if (Status s = m_writer.ensureRemoteBlob(change.row.value(u"blob_sha256"_s).toString()); !s)
            return s;
    }
    // Column names come from the rule table, never from the answer.
    PulledRow row{rule.entity, change.entityId, change.serverSeq, {}, {}};
    for (const QString &column : rule.wireColumns()) {
        if (column != u"id" && change.row.contains(column)) {
            row.columns.append(column);
            row.values.append(WireValue::variant(change.row.value(column)));
        }
    }
    Status s = m_writer.write(row);
    // A row that came back as this computer holds it (its own push, pulled back) leaves the status as it is.
    if (s && m_writer.wroteContent() && rule.entity == u"hazards")
        hazards.insert(change.entityId);
    if (s && m_writer.wroteContent() && rule.lifecycle == EntityRule::Lifecycle::HazardEvents)
        hazards.insert(change.row.value(rule.lifecycleParentColumn).toString());
    return s;
}

PullApplier::PageOutcome PullApplier::applyOnce(const QList<PulledChange> &changes, const Position &position,
                                                const QHash<QString, qint64> &held, bool checkReferences)
{
    PageOutcome outcome;
    if (Status s = m_writer.begin(); !s) {
        outcome.error = s.error();
        return outcome;
    }
    HeldRowRepository heldRows(m_db.connection());
    QSet<QString> hazards;
    auto fail = [&](const Error &error) {
        m_writer.rollback();
        outcome.error = error;
        return outcome;
    };
    for (const PulledChange &change : changes) {
        const EntityRule *rule = EntityRules::find(change.entity);
        if (!rule || change.row.isEmpty())
            continue; // an entity this client does not know yet: the next program version will pull it again
        // Usually nothing is held: no key is built for the lookup then (the hot path of a pull).
        const auto heldVersion =
            held.isEmpty() ? held.cend() : held.constFind(HeldRowRepository::key(change.entity, change.entityId));
        if (heldVersion != held.cend() && *heldVersion >= change.serverSeq)
            continue; // this version is held: the rest of the page goes on without it
        if (heldVersion != held.cend()) {
            // A newer version of a held row: tried on its own; it replaces the held one if it does not fit either.
            if (Status s = m_writer.savepoint(); !s)
                return fail(s.error());
            Status s = writeChange(*rule, change, hazards);
            if (!s && m_writer.lastConstraint().isEmpty())
                return fail(s.error());
            Status kept = s ? m_writer.releaseSavepoint() : m_writer.undoToSavepoint();
            if (kept)
                kept = s ? heldRows.release(change.entity, change.entityId)
                         : heldRows.hold(change.entity, change.entityId, change.serverSeq, compactJson(change.row),
                                         m_writer.lastConstraint());
            if (!kept)
                return fail(kept.error());
            if (!s)
                continue;
            outcome.unchanged += m_writer.wroteContent() ? 0 : 1;
        } else if (Status s = writeChange(*rule, change, hazards); !s) {
            if (m_writer.lastConstraint().isEmpty())
                return fail(s.error());
            m_writer.rollback();
            outcome.broken = &change;
            outcome.brokenConstraint = m_writer.lastConstraint();
            return outcome;
        } else {
            outcome.unchanged += m_writer.wroteContent() ? 0 : 1;
        }
        ++outcome.applied;
        if (changes.size() > 1 && outcome.applied == changes.size() / 2)
            Failpoint::hit("pull-half-applied"); // half the page written, its cursor not yet (sync-anchors §3 case 7)
    }
    if (Status s = m_writer.refreshHazards(hazards); !s)
        return fail(s.error());
    if (checkReferences) {
        // Only after COMMIT refused a reference: which rows point nowhere, and which pulled change wrote each.
        auto breaks = m_writer.foreignKeyBreaks();
        if (!breaks)
            return fail(breaks.error());
        QHash<QString, const PulledChange *> written;
        for (const PulledChange &change : changes)
            written.insert(HeldRowRepository::key(change.entity, change.entityId), &change);
        for (const ForeignKeyBreak &b : std::as_const(breaks.value())) {
            const PulledChange *change = written.value(HeldRowRepository::key(b.entity, b.entityId));
            if (!change)
                return fail(Error{u"sync.missing_parent"_s,
                                  tr("A local %1 record (%2) refers to a record that is not on this computer.")
                                      .arg(b.entity, b.entityId)});
            outcome.orphans.append({b, change});
        }
        if (!outcome.orphans.isEmpty()) {
            m_writer.rollback();
            return outcome;
        }
    }
    if (Status s = m_writer.commit(position); !s) {
        if (m_writer.lastConstraint().startsWith(u"FOREIGN KEY"_s))
            outcome.isMissingParent = true;
        else
            outcome.error = s.error();
    }
    return outcome;
}

bool PullApplier::isHeldParent(const ForeignKeyBreak &orphan)
{
    auto rows = HeldRowRepository(m_db.connection()).all();
    if (!rows)
        return false;
    for (const HeldRow &row : std::as_const(rows.value())) {
        if (row.entity != orphan.parentEntity)
            continue;
        const QJsonObject json = QJsonDocument::fromJson(row.rowJson.toUtf8()).object();
        const QVariant value = orphan.parentColumn == u"id" ? QVariant(row.entityId)
                                                            : WireValue::variant(json.value(orphan.parentColumn));
        if (value.toString() == orphan.parentValue.toString())
            return true;
    }
    return false;
}

Result<int> PullApplier::apply(const QList<PulledChange> &changes, const Position &position, bool isFinal)
{
    HeldRowRepository heldRows(m_db.connection());
    auto versions = heldRows.versions();
    if (!versions)
        return versions.error();
    QHash<QString, qint64> held = versions.value();
    bool checkReferences = false;
    for (int pass = 0; pass < kMaxPasses; ++pass) {
        const PageOutcome outcome = applyOnce(changes, position, held, checkReferences);
        if (outcome.error)
            return *outcome.error;
        if (outcome.broken) {
            // The page stays unapplied and the cursor where it was; the row is kept aside for the next run.
            const PulledChange &c = *outcome.broken;
            if (Status s = heldRows.hold(c.entity, c.entityId, c.serverSeq, compactJson(c.row),
                                         outcome.brokenConstraint);
                !s)
                return s.error();
            return heldError(c.entity, c.entityId, outcome.brokenConstraint);
        }
        if (outcome.isMissingParent && !isFinal)
            return Error{u"sync.missing_parent"_s,
                         tr("A row arrived before the row it belongs to; it is applied together with the next page.")};
        if (outcome.isMissingParent) {
            checkReferences = true; // find the rows whose parent never came
            continue;
        }
        if (outcome.orphans.isEmpty()) {
            m_unchangedRows += outcome.unchanged;
            return outcome.applied;
        }
        std::optional<Error> firstBreak;
        for (const auto &[orphan, change] : outcome.orphans) {
            const QString constraint = u"FOREIGN KEY constraint failed"_s;
            if (Status s = heldRows.hold(change->entity, change->entityId, change->serverSeq,
                                         compactJson(change->row), constraint);
                !s)
                return s.error();
            held.insert(HeldRowRepository::key(change->entity, change->entityId), change->serverSeq);
        }
        // A row whose parent is held waits with it silently; a reference that points nowhere is reported.
        for (const auto &[orphan, change] : outcome.orphans) {
            if (!firstBreak && !isHeldParent(orphan))
                firstBreak = heldError(change->entity, change->entityId, u"FOREIGN KEY constraint failed"_s);
        }
        if (firstBreak)
            return *firstBreak;
    }
    return Error{u"sync.row_held"_s, tr("Too many records from the server wait for records kept aside.")};
}

Status PullApplier::adopt(const PulledChange &change)
{
    const EntityRule *rule = EntityRules::find(change.entity);
    if (!rule || change.row.isEmpty())
        return Error{u"sync.bad_answer"_s, tr("The server sent a %1 record this version does not know.")
                                               .arg(change.entity)};
    if (Status s = m_writer.begin(); !s)
        return s;
    QSet<QString> hazards;
    Status s = writeChange(*rule, change, hazards);
    if (s)
        s = m_writer.refreshHazards(hazards);
    if (!s) {
        m_writer.rollback();
        return s;
    }
    return m_writer.commit(std::nullopt);
}

Result<int> PullApplier::retryHeld()
{
    HeldRowRepository heldRows(m_db.connection());
    auto all = heldRows.all();
    if (!all)
        return all.error();
    const QList<HeldRow> rows = all.value();
    if (rows.isEmpty())
        return 0;
    QHash<QString, QString> excluded; // key → constraint: rows left out of the next pass
    for (int pass = 0; pass < kMaxPasses; ++pass) {
        if (Status s = m_writer.begin(); !s)
            return s.error();
        QSet<QString> hazards;
        QSet<QString> released;
        QHash<QString, QString> failed = excluded;
        for (const HeldRow &row : rows) {
            const QString key = HeldRowRepository::key(row.entity, row.entityId);
            const EntityRule *rule = EntityRules::find(row.entity);
            if (!rule || failed.contains(key))
                continue;
            const PulledChange change{row.serverSeq, row.entity, row.entityId,
                                      QJsonDocument::fromJson(row.rowJson.toUtf8()).object()};
            Status s = m_writer.savepoint();
            if (s)
                s = writeChange(*rule, change, hazards);
            if (!s && m_writer.lastConstraint().isEmpty()) {
                m_writer.rollback();
                return s.error();
            }
            if (Status kept = s ? m_writer.releaseSavepoint() : m_writer.undoToSavepoint(); !kept) {
                m_writer.rollback();
                return kept.error();
            }
            if (s) {
                released.insert(key);
            } else {
                failed.insert(key, m_writer.lastConstraint());
            }
        }
        Status s = m_writer.refreshHazards(hazards);
        auto breaks = s ? m_writer.foreignKeyBreaks() : Result<QList<ForeignKeyBreak>>(s.error());
        if (!breaks) {
            m_writer.rollback();
            return breaks.error();
        }
        bool isOrphaned = false;
        for (const ForeignKeyBreak &b : std::as_const(breaks.value())) {
            const QString key = HeldRowRepository::key(b.entity, b.entityId);
            if (released.contains(key)) {
                excluded.insert(key, u"FOREIGN KEY constraint failed"_s);
                isOrphaned = true;
            }
        }
        if (isOrphaned) {
            m_writer.rollback(); // again without the rows whose parent is still missing
            continue;
        }
        for (const HeldRow &row : rows) {
            const QString key = HeldRowRepository::key(row.entity, row.entityId);
            Status done = released.contains(key) ? heldRows.release(row.entity, row.entityId)
                : failed.contains(key)           ? heldRows.markTried(row.entity, row.entityId, failed.value(key))
                                                 : Status();
            if (!done) {
                m_writer.rollback();
                return done.error();
            }
        }
        if (Status c = m_writer.commit(std::nullopt); !c)
            return c.error();
        return int(released.size());
    }
    m_writer.rollback();
    return 0;
}

} // namespace sitesafe
