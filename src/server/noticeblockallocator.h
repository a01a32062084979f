#pragma once

#include <QCoreApplication>
#include <QJsonObject>

#include "caller.h"
#include "core/error.h"

namespace sitesafe {

class Backend;

/// Cuts a block of notice numbers for one device from the counter of its 市县, kind and year, so notices can be
/// numbered offline without two devices ever using the same number. Each of the six kinds of notice has its own
/// series and its own letter in the prefix (改 停 复工 复查 督 建议). The block is a notice_number_blocks row
/// scoped to the calling device (only that device pulls it). Bounded: at most `maxSize` numbers per block, at
/// most kMaxBlocksPerDay blocks of a kind per device in 24 hours, so a stolen or looping client cannot drain a
/// 市县's series.
class NoticeBlockAllocator
{
    Q_DECLARE_TR_FUNCTIONS(NoticeBlockAllocator)

public:
    static constexpr int kMaxBlocksPerDay = 10;

    /// The new block of `size` numbers (1 … maxSize) as a wire row. Errors: bad_request (unknown kind, size out
    /// of range, no device), notice_blocks.rate_limited (too many blocks of the kind today), db.*.
    static Result<QJsonObject> allocate(Backend &backend, const Caller &caller, const QString &kind, int size,
                                        int maxSize);
    /// The prefix letter(s) of a kind's number series; empty for a kind that is no notice.
    static QString kindLetter(const QString &kind);
};

} // namespace sitesafe
