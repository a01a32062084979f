#include "hazardtimelineview.h"

#include <QHeaderView>
#include <QPainter>
#include <QTimeZone>

#include "core/account.h"
#include "core/domainlabels.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
constexpr int kThumbnailHeight = 40;
constexpr int kThumbnailsShown = 4;
const QColor kSupersededColor(0x9e, 0x9e, 0x9e);
const QColor kDoubtColor(0xb2, 0x6a, 0x00);
} // namespace

HazardTimelineView::HazardTimelineView(QWidget *parent) : QTreeWidget(parent)
{
    setColumnCount(ColumnCount);
    setHeaderLabels({tr("When (Beijing time)"), tr("Step"), tr("By"), tr("Note"), tr("Evidence")});
    setRootIsDecorated(false);
    setUniformRowHeights(false);
    setWordWrap(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setIconSize(QSize(kThumbnailHeight * kThumbnailsShown + kThumbnailsShown * 2, kThumbnailHeight));
    setIndentation(12);
    // The pane is narrow: the note gets a full-width line under its event instead of a squeezed column (the
    // column keeps the text for accessibility and copying, hidden).
    setColumnHidden(Note, true);
    header()->setStretchLastSection(true);
}

QString HazardTimelineView::beijingTime(const QString &storedTime)
{
    const QDateTime t = QDateTime::fromString(storedTime, Qt::ISODateWithMs);
    if (!t.isValid())
        return storedTime;
    return t.toTimeZone(QTimeZone(8 * 3600)).toString(u"yyyy-MM-dd HH:mm"_s);
}

QString HazardTimelineView::timeDoubtText(const TimeTrust &trust)
{
    if (!trust.clockOffsetMs)
        return tr("Time doubtful: the device's clock jumped, and it had never been compared with the server's");
    const qint64 offset = *trust.clockOffsetMs; // server minus device
    const qint64 seconds = qAbs(offset) / 1000;
    const QString amount = seconds >= 3600 ? tr("%1 h %2 min").arg(seconds / 3600).arg(seconds % 3600 / 60)
        : seconds >= 60                    ? tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60)
                                           : tr("%1 s").arg(seconds);
    return offset > 0 ? tr("Time doubtful: the device clock was %1 behind the server's at its last sync, or jumped "
                           "since").arg(amount)
                      : tr("Time doubtful: the device clock was %1 ahead of the server's at its last sync, or jumped "
                           "since").arg(amount);
}

QString HazardTimelineView::actorText(const QString &actor, const QString &role)
{
    return role.isEmpty() ? actor : tr("%1 (%2)").arg(actor, Account::roleLabel(role));
}

QPixmap HazardTimelineView::evidenceStrip(const QList<HazardPhoto> &photos, int height)
{
    const int shown = int(std::min<qsizetype>(photos.size(), kThumbnailsShown));
    QPixmap strip(shown * (height + 2), height);
    strip.fill(Qt::transparent);
    QPainter painter(&strip);
    for (int i = 0; i < shown; ++i) {
        const QRect cell(i * (height + 2), 0, height, height);
        const QImage &thumbnail = photos.at(i).thumbnail;
        if (thumbnail.isNull()) {
            // Only on the server so far: a grey placeholder, so the count of pictures is still honest.
            painter.fillRect(cell, QColor(0xe0, 0xe0, 0xe0));
            painter.setPen(QColor(0x75, 0x75, 0x75));
            painter.drawText(cell, Qt::AlignCenter, u"?"_s);
            continue;
        }
        const QImage scaled = thumbnail.scaled(cell.size(), Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation);
        painter.drawImage(cell, scaled, QRect((scaled.width() - height) / 2, (scaled.height() - height) / 2, height, height));
    }
    return strip;
}

void HazardTimelineView::setEntries(const QList<HazardTimelineEntry> &entries)
{
    clear();
    for (const HazardTimelineEntry &e : entries) {
        QStringList notes;
        if (!e.newDeadline.isEmpty())
            notes << tr("New deadline %1.").arg(e.newDeadline);
        if (!e.level.isEmpty())
            notes << DomainLabels::supervisionListing(e.level) + u'.';
        if (!e.note.isEmpty())
            notes << e.note;
        if (e.isSuperseded)
            notes << tr("Superseded: %1").arg(e.supersededReason);
        const QString when = e.timeTrust.isDoubtful ? u"⚠ "_s + beijingTime(e.at) : beijingTime(e.at);
        auto *item = new QTreeWidgetItem(this, {when, DomainLabels::hazardEvent(e.kind), actorText(e.actor, e.actorRole),
                                                notes.join(u' ')});
        item->setData(When, Qt::UserRole, e.id);
        item->setToolTip(Note, notes.join(u'\n'));
        if (e.timeTrust.isDoubtful) {
            item->setForeground(When, kDoubtColor);
            item->setToolTip(When, timeDoubtText(e.timeTrust));
        }
        if (!e.photos.isEmpty()) {
            item->setIcon(Evidence, QIcon(evidenceStrip(e.photos, kThumbnailHeight)));
            item->setText(Evidence, tr("%n photo(s)", nullptr, int(e.photos.size())));
        }
        QTreeWidgetItem *noteLine = nullptr;
        if (!notes.isEmpty()) {
            noteLine = new QTreeWidgetItem(item, {notes.join(u' ')});
            noteLine->setFirstColumnSpanned(true);
            noteLine->setToolTip(When, notes.join(u'\n'));
            noteLine->setFlags(Qt::ItemIsEnabled);
            noteLine->setForeground(When, e.isSuperseded ? kSupersededColor : palette().color(QPalette::Text));
            item->setExpanded(true);
        }
        if (e.isSuperseded) {
            const QString reason = tr("Superseded: %1").arg(e.supersededReason);
            for (int c = 0; c < ColumnCount; ++c) {
                item->setForeground(c, kSupersededColor);
                if (c != When || !e.timeTrust.isDoubtful)
                    item->setToolTip(c, reason);
                QFont font = item->font(c);
                font.setItalic(true);
                item->setFont(c, font);
            }
            if (noteLine) {
                QFont font = noteLine->font(When);
                font.setItalic(true);
                noteLine->setFont(When, font);
            }
        }
    }
    for (int c : {When, Event, By})
        resizeColumnToContents(c);
}

} // namespace sitesafe
