#pragma once

#include <QCoreApplication>
#include <QJsonObject>

#include "caller.h"
#include "core/error.h"

namespace sitesafe {

class Backend;

/// Cuts a block of notice numbers (整改通知书 / 停工整改通知书) for one device from the counter of its 市县,
/// kind and year, so notices can be numbered offline without two devices ever using the same number. The
/// block is a notice_number_blocks row scoped to that device; it also reaches the device through pull.
class NoticeBlockAllocator
{
    Q_DECLARE_TR_FUNCTIONS(NoticeBlockAllocator)

public:
    /// The new block as a wire row. Errors: bad_request (unknown kind), db.*.
    static Result<QJsonObject> allocate(Backend &backend, const Caller &caller, const QString &kind, int size);
};

} // namespace sitesafe
