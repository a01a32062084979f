#include "shownreminderfile.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace sitesafe {

ShownReminderFile::ShownReminderFile(const QString &dataDirectory)
    : m_path(QDir(dataDirectory).filePath(QString::fromLatin1(kFileName)))
{ }

QSet<QString> ShownReminderFile::read() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    QSet<QString> keys;
    qsizetype start = 0;
    while (start < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        if (end > start)
            keys.insert(QString::fromUtf8(bytes.constData() + start, end - start));
        start = end + 1;
    }
    return keys;
}

Status ShownReminderFile::write(const QStringList &keys) const
{
    QByteArray bytes;
    for (const QString &key : keys)
        bytes += key.toUtf8() + '\n';
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return Error {u"reminders.shown_not_saved"_s,
            tr("Could not save which reminders were shown to %1 (%2). Check that the data folder is "
               "writable and not full; until then the same reminders may be shown again.")
                .arg(QDir::toNativeSeparators(m_path), file.errorString())};
    }
    return Status::ok();
}

} // namespace sitesafe
