#include "syncprogressdisplay.h"

#include <algorithm>

#include <QLabel>
#include <QLocale>
#include <QProgressBar>

#include "sync/syncreport.h"

namespace sitesafe {

QString SyncProgressDisplay::text(const SyncProgress &progress)
{
    const QLocale locale;
    switch (progress.phase) {
    case SyncProgress::Phase::SigningIn:
        return tr("Connecting to the server…");
    case SyncProgress::Phase::Photos:
        return progress.total > 0
            ? tr("Uploading photos: %1 of %2")
                  .arg(locale.formattedDataSize(progress.done), locale.formattedDataSize(progress.total))
            : tr("Uploading photos: %1").arg(locale.formattedDataSize(progress.done));
    case SyncProgress::Phase::Push:
        return progress.total > 0
            ? tr("Sending changes: %1 of %2").arg(locale.toString(progress.done), locale.toString(progress.total))
            : tr("Sending changes: %1").arg(locale.toString(progress.done));
    case SyncProgress::Phase::Pull:
        return tr("Receiving changes: %1 rows").arg(locale.toString(progress.done));
    }
    return {};
}

void SyncProgressDisplay::show(const SyncProgress &progress, QLabel *label, QProgressBar *bar)
{
    label->setText(text(progress));
    if (progress.total > 0) {
        bar->setRange(0, 1000);
        bar->setValue(int(std::clamp<qint64>(progress.done * 1000 / progress.total, 0, 1000)));
    } else {
        bar->setRange(0, 0); // busy: the total is not known in advance
    }
    label->show();
    bar->show();
}

} // namespace sitesafe
