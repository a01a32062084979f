#pragma once

#include <QJsonObject>
#include <QString>

#include "core/error.h"

namespace sitesafe {

/// The JSON error body every non-2xx response carries: {"error": code, "message": text}. The code is the
/// contract (stable, machine-readable, listed in docs/sync-protocol.md); the message is for people.
struct WireError {
    QString code;
    QString message;

    QJsonObject toJson() const;
    QByteArray toBytes() const;
    /// Reads an error body; an empty code when the body is not one.
    static WireError fromBytes(const QByteArray &body);
    Error toError() const { return Error{code, message}; }
};

} // namespace sitesafe
