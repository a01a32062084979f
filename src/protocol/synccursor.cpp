#include "synccursor.h"

#include <QByteArray>

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
constexpr auto kBase64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
}

QString SyncCursor::encode() const
{
    const QByteArray raw = epoch.toUtf8() + ':' + QByteArray::number(seq);
    return QString::fromLatin1(raw.toBase64(kBase64));
}

Result<SyncCursor> SyncCursor::decode(const QString &text)
{
    const Error bad{u"bad_cursor"_s, u"The sync cursor is not one this server issued; start again from a snapshot."_s};
    if (text.size() > 200)
        return bad;
    auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), kBase64 | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return bad;
    const QByteArray raw = *decoded;
    const qsizetype colon = raw.lastIndexOf(':');
    if (colon <= 0)
        return bad;
    bool ok = false;
    const qint64 seq = raw.mid(colon + 1).toLongLong(&ok);
    if (!ok || seq < 0)
        return bad;
    // The epoch is text the server wrote (a UUID): bytes that are not UTF-8 would decode lossily into an epoch that
    // encodes to other, longer bytes, so the cursor would not survive encode() and decode() (found by fuzzing).
    const QByteArray epochBytes = raw.left(colon);
    const QString epoch = QString::fromUtf8(epochBytes);
    if (epoch.toUtf8() != epochBytes)
        return bad;
    return SyncCursor {epoch, seq};
}

} // namespace sitesafe
