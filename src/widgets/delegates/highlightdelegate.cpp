#include "highlightdelegate.h"

#include <algorithm>

#include <QApplication>
#include <QPainter>

namespace sitesafe {

HighlightDelegate::HighlightDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

QList<QTextLayout::FormatRange> HighlightDelegate::matches(const QString &text) const
{
    QList<QPair<int, int>> spans;
    for (const QString &term : m_terms) {
        if (term.isEmpty())
            continue;
        for (qsizetype at = text.indexOf(term, 0, Qt::CaseInsensitive); at >= 0;
             at = text.indexOf(term, at + term.size(), Qt::CaseInsensitive))
            spans.append({int(at), int(at + term.size())});
    }
    std::sort(spans.begin(), spans.end());
    QTextCharFormat format;
    format.setBackground(QColor(0xff, 0xe0, 0x4d));
    format.setForeground(QColor(0x20, 0x20, 0x20));
    format.setFontWeight(QFont::Bold);
    QList<QTextLayout::FormatRange> ranges;
    for (const auto &[start, end] : spans) {
        if (!ranges.isEmpty() && start <= ranges.last().start + ranges.last().length) {
            QTextLayout::FormatRange &last = ranges.last();
            last.length = std::max(last.length, end - last.start);
            continue;
        }
        ranges.append({start, end - start, format});
    }
    return ranges;
}

void HighlightDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    if (m_terms.isEmpty() || matches(text).isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(3, 0, -3, 0);
    const QString elided = opt.fontMetrics.elidedText(text, Qt::ElideRight, textRect.width());
    QTextLayout layout(elided, opt.font);
    layout.setFormats(matches(elided));
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(textRect.width());
    layout.endLayout();
    painter->save();
    painter->setPen(opt.state & QStyle::State_Selected ? opt.palette.highlightedText().color()
                                                       : opt.palette.text().color());
    layout.draw(painter, QPointF(textRect.left(), textRect.top() + (textRect.height() - line.height()) / 2));
    painter->restore();
}

} // namespace sitesafe
