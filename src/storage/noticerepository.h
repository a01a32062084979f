#pragma once

#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include "core/error.h"
#include "core/fielddata.h"

namespace sitesafe {

/// How much of this device's number blocks of one notice kind is left (notice_number_blocks).
struct NumberBlockStatus {
    QString kind;       ///< rectification | stop_work | resume_work | reinspection | supervision | enforcement_proposal
    int remaining = 0;  ///< numbers still unused over every block of the kind
    int total = 0;      ///< numbers in the blocks that still have some left (spent blocks do not count)
    bool isLow() const; ///< few enough that the next sync should ask for a new block (and the UI warn offline)
};

/// The number the next notice of a kind will carry, taken from the device's oldest block with numbers left.
struct ReservedNumber {
    QString blockId;
    QString number;     ///< formatted: block prefix + zero-padded sequence, e.g. "琼海建安整〔2026〕0042号"
    qint64 sequence = 0;
};

/// Notices (监督文书) and the device's pre-allocated number blocks. A number is consumed only in the
/// transaction that inserts its notice, so a number is never used twice and never skipped without a record
/// (a notice issued in error is voided with a reason and keeps its number).
class NoticeRepository
{
    Q_DECLARE_TR_FUNCTIONS(NoticeRepository)

public:
    explicit NoticeRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    /// The number the next notice of `kind` would get. Error `notice.no_number` (a sentence saying the blocks
    /// are spent and to sync) when every block of the kind is used up.
    Result<ReservedNumber> nextNumber(const QString &kind);
    /// Inserts an issued notice whose number and blockId came from nextNumber() and advances that block's
    /// counter, in the caller's transaction when one is open (else its own). Refuses a number that is no longer
    /// the block's next one. Audited.
    Status insertIssued(const Notice &notice, const QString &actor);
    /// Marks a notice voided with a reason (its number stays used). Audited.
    Status voidNotice(const QString &id, const QString &reason, const QString &actor);
    /// Records who signed for the receiving party and when, or that they refused to sign (拒签). Audited.
    Status recordReceipt(const QString &id, const QString &signer, const QDateTime &at, bool refused,
                         const QString &actor);

    std::optional<Notice> find(const QString &id);
    /// Every notice of a project (all notices when projectId is empty), newest first.
    QList<Notice> list(const QString &projectId = {});
    /// Per notice kind, what is left of the blocks this device holds (kinds without any block are listed with 0).
    /// Blocks of other devices in the same data folder are never counted nor used.
    QList<NumberBlockStatus> blockStatus();

private:
    QSqlDatabase m_db;
};

} // namespace sitesafe
