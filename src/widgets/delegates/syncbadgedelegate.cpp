#include "syncbadgedelegate.h"

#include <QPainter>

#include "models/hazardtablemodel.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
QString glyph(HazardSyncState state)
{
    switch (state) {
    case HazardSyncState::Pending: return u"↑"_s;
    case HazardSyncState::Conflict: return u"!"_s;
    case HazardSyncState::Rejected: return u"×"_s;
    case HazardSyncState::Synced: break;
    }
    return {};
}
} // namespace

SyncBadgeDelegate::SyncBadgeDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

QColor SyncBadgeDelegate::color(HazardSyncState state)
{
    switch (state) {
    case HazardSyncState::Pending: return QColor(0x15, 0x65, 0xc0);  // blue: waiting, nothing wrong
    case HazardSyncState::Conflict: return QColor(0xef, 0x6c, 0x00); // orange: a decision is needed
    case HazardSyncState::Rejected: return QColor(0xc6, 0x28, 0x28); // red: the server refused a change
    case HazardSyncState::Synced: break;
    }
    return {};
}

QRect SyncBadgeDelegate::badgeRect(const QRect &cellRect)
{
    const int size = qMax(6, qMin(kMaxSize, cellRect.height() - 2 * kMargin));
    return QRect(cellRect.left() + kMargin, cellRect.center().y() - size / 2 + 1, size, size);
}

void SyncBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    const auto state = HazardSyncState(index.data(HazardTableModel::SyncStateRole).toInt());
    if (state == HazardSyncState::Synced)
        return;
    const QRect badge = badgeRect(option.rect);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color(state));
    painter->drawEllipse(badge);
    QFont font = option.font;
    font.setBold(true);
    font.setPixelSize(qMax(6, badge.height() - 3));
    painter->setFont(font);
    painter->setPen(Qt::white);
    painter->drawText(badge, Qt::AlignCenter, glyph(state));
    painter->restore();
}

QSize SyncBadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rwidth() += kMaxSize + 2 * kMargin;
    return size;
}

} // namespace sitesafe
