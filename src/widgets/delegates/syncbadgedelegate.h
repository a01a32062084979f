#pragma once

#include <QColor>
#include <QStyledItemDelegate>

#include "models/hazardrow.h"

namespace sitesafe {

/// Paints the hazard list's sync badge (HazardTableModel::SyncStateRole) as a small coloured disc with a glyph at
/// the left of the cell, before the cell's own text: ↑ not yet on the server, ! conflict, × refused by the
/// server. Colour is never the only cue: the glyph differs, and the model gives the sentence as tool tip and
/// accessible text.
class SyncBadgeDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncBadgeDelegate)

public:
    explicit SyncBadgeDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// The disc's colour for a state (invalid for Synced); public for tests.
    static QColor color(HazardSyncState state);
    /// Where the badge goes in a cell of `cellRect`.
    static QRect badgeRect(const QRect &cellRect);

private:
    static constexpr int kMargin = 4;
    static constexpr int kMaxSize = 14;
};

} // namespace sitesafe
