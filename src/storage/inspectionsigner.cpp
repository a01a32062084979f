#include "inspectionsigner.h"

#include <algorithm>

#include <QSqlQuery>

#include "auditlog.h"
#include "core/clock.h"
#include "core/uuidv7.h"
#include "datastore.h"
#include "sqlvalues.h"
#include "storageerror.h"
#include "transaction.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace V = SqlValues;

namespace {

/// What sign() needs of the inspection before it writes anything.
struct SigningSubject {
    QString status;
    QStringList inspectors;
    QString notes;
};

bool isPng(const QByteArray &bytes)
{
    static const QByteArray kMagic("\x89PNG\r\n\x1a\n", 8);
    return bytes.size() > kMagic.size() && bytes.startsWith(kMagic);
}

Error alreadySigned()
{
    return Error{u"inspection.signed"_s, InspectionSigner::tr("This inspection is already signed and can no longer "
                                                              "be changed. To correct it, make an amendment.")};
}

Error missingInspection()
{
    return Error{u"inspection.missing"_s, InspectionSigner::tr("This inspection is not in the data folder.")};
}

Result<SigningSubject> readSubject(QSqlDatabase db, const QString &id)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT status, inspectors, notes FROM inspections WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return StorageError::fromSql(q.lastError(), InspectionSigner::tr("reading the inspection"));
    if (!q.next())
        return missingInspection();
    return SigningSubject{q.value(0).toString(), V::fromJsonArray(q.value(1).toString()), q.value(2).toString()};
}

/// The signatures are complete and usable: one per inspector, the representative signed or refused in words.
Status checkSignatures(const SigningSubject &subject, const QList<Signature> &signatures,
                       const QString &representative, const QString &refusalNote)
{
    for (const Signature &s : signatures) {
        if (!isPng(s.pngBytes))
            return Error{u"signature.image"_s,
                         InspectionSigner::tr("The signature of %1 is not a PNG image. Clear the pad and sign again.")
                             .arg(s.signer)};
    }
    auto hasSigned = [&](const QString &name, Signature::Role role) {
        return std::any_of(signatures.cbegin(), signatures.cend(), [&](const Signature &s) {
            return s.role == role && s.signer.trimmed() == name.trimmed();
        });
    };
    for (const QString &inspector : subject.inspectors) {
        if (!hasSigned(inspector, Signature::Role::Inspector))
            return Error{u"signature.inspector_missing"_s,
                         InspectionSigner::tr("Inspector %1 has not signed. Every inspector of the inspection signs "
                                              "before it is frozen.")
                             .arg(inspector)};
    }
    const bool hasRefused = !refusalNote.trimmed().isEmpty();
    const bool representativeSigned = std::any_of(signatures.cbegin(), signatures.cend(), [](const Signature &s) {
        return s.role == Signature::Role::SiteRepresentative;
    });
    if (hasRefused && representativeSigned)
        return Error{u"signature.representative_both"_s,
                     InspectionSigner::tr("The site representative both signed and is recorded as refusing to sign. "
                                          "Keep the signature or the refusal, not both.")};
    if (!hasRefused) {
        if (representative.trimmed().isEmpty())
            return Error{u"signature.representative_name"_s,
                         InspectionSigner::tr("Enter the name of the site representative who signs.")};
        if (!hasSigned(representative, Signature::Role::SiteRepresentative))
            return Error{u"signature.representative_missing"_s,
                         InspectionSigner::tr("The site representative has not signed. Let them sign, or record "
                                              "that they refused to sign and why.")};
    }
    return {};
}

} // namespace

QString InspectionSigner::signerText(const Signature &signature)
{
    const QString role = signature.role == Signature::Role::Inspector ? tr("inspector") : tr("site representative");
    return tr("%1 (%2)").arg(signature.signer.trimmed(), role);
}

Status InspectionSigner::sign(const QString &inspectionId, const QList<Signature> &signatures,
                              const QString &siteRepresentative, const QString &refusalNote, const QString &actor,
                              const TimeTrust &trust)
{
    QSqlDatabase db = m_store.connection();
    Result<SigningSubject> subject = readSubject(db, inspectionId);
    if (!subject)
        return subject.error();
    if (subject.value().status == u"signed"_s)
        return alreadySigned();
    if (Status s = checkSignatures(subject.value(), signatures, siteRepresentative, refusalNote); !s)
        return s;

    // The files first: a blob without a row is harmless (content-addressed, found again on the next try), a row
    // without its file would be a signature lost.
    QList<BlobStore::Stored> stored;
    for (const Signature &s : signatures) {
        Result<BlobStore::Stored> put = m_store.blobs().put(s.pngBytes);
        if (!put)
            return put.error();
        stored.append(put.value());
    }

    const QDateTime now = m_store.clock().now();
    const QString nowText = Timestamp::toText(now);
    Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    // Read again inside the transaction: another window may have signed it meanwhile.
    Result<SigningSubject> current = readSubject(db, inspectionId);
    if (!current)
        return current.error();
    if (current.value().status == u"signed"_s)
        return alreadySigned();

    QSqlQuery blob(db);
    blob.prepare(u"INSERT INTO blobs (sha256, size, mime, local_path, upload_state, created_at) "
                 "VALUES (?, ?, 'image/png', ?, 'local', ?) ON CONFLICT (sha256) DO UPDATE SET "
                 "local_path = excluded.local_path, size = excluded.size WHERE blobs.local_path IS NULL"_s);
    QSqlQuery attachment(db);
    attachment.prepare(u"INSERT INTO attachments (id, owner_entity, owner_id, blob_sha256, role, captured_at, "
                       "evidence_flags, signer, clock_offset_ms, is_time_doubtful, created_at, updated_at) "
                       "VALUES (?, 'inspections', ?, ?, 'signature', ?, ?, ?, ?, ?, ?, ?)"_s);
    const QString flags = V::jsonArray(trust.isDoubtful ? QStringList{u"time_doubtful"_s} : QStringList{});
    for (qsizetype i = 0; i < signatures.size(); ++i) {
        const BlobStore::Stored &file = stored.at(i);
        for (const QVariant &v : {QVariant(file.sha256), QVariant(file.size), QVariant(file.relativePath),
                                  QVariant(nowText)})
            blob.addBindValue(v);
        if (!blob.exec())
            return StorageError::fromSql(blob.lastError(), tr("saving the signature"));
        for (const QVariant &v : {QVariant(UuidV7::generate()), QVariant(inspectionId), QVariant(file.sha256),
                                  QVariant(nowText), QVariant(flags), QVariant(signerText(signatures.at(i))),
                                  V::offset(trust), V::boolean(trust.isDoubtful), QVariant(nowText),
                                  QVariant(nowText)})
            attachment.addBindValue(v);
        if (!attachment.exec())
            return StorageError::fromSql(attachment.lastError(), tr("saving the signature"));
    }

    // A refusal (拒签) is part of the record the reviewers read: it goes into the inspection's notes.
    QString notes = current.value().notes;
    if (!refusalNote.trimmed().isEmpty()) {
        const QString who = siteRepresentative.trimmed().isEmpty() ? tr("The site representative")
                                                                   : tr("The site representative %1")
                                                                         .arg(siteRepresentative.trimmed());
        const QString refusal = tr("%1 refused to sign: %2").arg(who, refusalNote.trimmed());
        notes = notes.isEmpty() ? refusal : notes + u'\n' + refusal;
    }
    QSqlQuery inspection(db);
    inspection.prepare(u"UPDATE inspections SET status = 'signed', signed_at = ?, finished_at = coalesce(finished_at, "
                       "?), site_representative = ?, notes = ?, is_time_doubtful = max(is_time_doubtful, ?), "
                       "updated_at = ? WHERE id = ?"_s);
    for (const QVariant &v : {QVariant(nowText), QVariant(nowText), V::text(siteRepresentative.trimmed()),
                              V::text(notes), V::boolean(trust.isDoubtful), QVariant(nowText), QVariant(inspectionId)})
        inspection.addBindValue(v);
    if (!inspection.exec())
        return StorageError::fromSql(inspection.lastError(), tr("signing the inspection"));
    const QString detail = u"signatures=%1%2"_s.arg(signatures.size())
                               .arg(refusalNote.trimmed().isEmpty() ? QString() : u" refused"_s);
    if (Status s = AuditLog::append(db, {actor, u"inspection.sign"_s, u"inspections"_s, inspectionId, detail}); !s)
        return s;
    return tx.commit();
}

Result<QString> InspectionSigner::amend(const QString &originalId, const QString &actor, const TimeTrust &trust)
{
    QSqlDatabase db = m_store.connection();
    const QString nowText = Timestamp::toText(m_store.clock().now());
    const QString id = UuidV7::generate();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    Result<SigningSubject> original = readSubject(db, originalId);
    if (!original)
        return original.error();
    if (original.value().status != u"signed"_s)
        return Error{u"inspection.not_signed"_s,
                     tr("Only a signed inspection is corrected by an amendment. This one is not signed yet: change "
                        "it directly.")};

    QSqlQuery insert(db);
    insert.prepare(u"INSERT INTO inspections (id, project_id, round, kind, inspectors, started_at, status, "
                   "template_code, checklists, amends_inspection_id, clock_offset_ms, is_time_doubtful, created_at, "
                   "updated_at) SELECT ?, project_id, round, kind, inspectors, ?, 'draft', template_code, checklists, "
                   "id, ?, ?, ?, ? FROM inspections WHERE id = ?"_s);
    for (const QVariant &v : {QVariant(id), QVariant(nowText), V::offset(trust), V::boolean(trust.isDoubtful),
                              QVariant(nowText), QVariant(nowText), QVariant(originalId)})
        insert.addBindValue(v);
    if (!insert.exec() || insert.numRowsAffected() != 1)
        return StorageError::fromSql(insert.lastError(), tr("making the amendment"));

    // Answers are copied as new rows (new ids): the original's rows stay as they were, byte for byte.
    QSqlQuery answers(db);
    answers.prepare(u"SELECT item_code, result, note, deduction, is_withdrawn, clock_offset_ms, is_time_doubtful "
                    "FROM inspection_answers WHERE inspection_id = ? ORDER BY item_code"_s);
    answers.addBindValue(originalId);
    if (!answers.exec())
        return StorageError::fromSql(answers.lastError(), tr("reading the answers to copy"));
    QSqlQuery copy(db);
    copy.prepare(u"INSERT INTO inspection_answers (id, inspection_id, item_code, result, note, deduction, "
                 "is_withdrawn, clock_offset_ms, is_time_doubtful, created_at, updated_at) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    int copied = 0;
    while (answers.next()) {
        for (const QVariant &v : {QVariant(UuidV7::generate()), QVariant(id), answers.value(0), answers.value(1),
                                  answers.value(2), answers.value(3), answers.value(4), answers.value(5),
                                  answers.value(6), QVariant(nowText), QVariant(nowText)})
            copy.addBindValue(v);
        if (!copy.exec())
            return StorageError::fromSql(copy.lastError(), tr("copying the answers"));
        ++copied;
    }
    const QString detail = u"amends=%1 answers=%2"_s.arg(originalId).arg(copied);
    if (Status s = AuditLog::append(db, {actor, u"inspection.amend"_s, u"inspections"_s, id, detail}); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

} // namespace sitesafe
