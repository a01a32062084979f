#include "demoids.h"

#include <QCryptographicHash>
#include <QtEndian>

#include "core/uuidv7.h"

using namespace Qt::StringLiterals;

namespace sitesafe::demo {

namespace {
/// 2024-01-01T00:00:00Z: the timestamp of every demo reference id. Never change it (stores depend on it).
constexpr qint64 kEpochMs = 1'704'067'200'000;
} // namespace

QString DemoIds::reference(quint64 seed, QStringView entity, const QString &key)
{
    const QString name = u"sitesafe-demo/"_s + QString::number(seed) + u'/' + entity + u'/' + key;
    const QByteArray digest = QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256);
    const auto *bytes = reinterpret_cast<const uchar *>(digest.constData());
    return UuidV7::fromParts(kEpochMs, qFromBigEndian<quint64>(bytes), qFromBigEndian<quint64>(bytes + 8));
}

QString DemoIds::reference(quint64 seed, QStringView entity, qsizetype ordinal)
{
    return reference(seed, entity, QString::number(ordinal));
}

} // namespace sitesafe::demo
