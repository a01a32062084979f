#pragma once

#include <QJsonObject>
#include <QString>

#include "fielddata.h"

namespace sitesafe {

/// The content hash of a notice (监督文书): sha256 over a canonical text of the fields fixed when it was issued
/// (kind, number, project, dates, recipient, hazards, decision …), never over the fields that change later
/// (receipt, signatures, voiding, the PDF's own hash). The PDF's QR code carries it; the provincial server's
/// verification page recomputes it from its own copy of the row, so client and server must agree byte for byte.
class NoticeHash
{
public:
    /// The canonical text: a compact JSON object with sorted keys, times in UTC with milliseconds.
    static QByteArray canonical(const Notice &notice);
    /// Lower-case hex sha256 of canonical().
    static QString of(const Notice &notice);
    /// A notice from a row as stored or sent on the wire (column names; hazard_ids and inspectors as JSON text
    /// or arrays), for the server, which holds rows rather than structs.
    static Notice fromRow(const QJsonObject &row);
};

} // namespace sitesafe
