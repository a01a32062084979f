#pragma once

#include <QStringList>
#include <QStyledItemDelegate>
#include <QTextLayout>

namespace sitesafe {

/// Paints item text with the search words marked, so the user sees why a row matched the full-text search.
/// Matching is case-insensitive, like the FTS5 trigram index and LIKE.
class HighlightDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HighlightDelegate)

public:
    explicit HighlightDelegate(QObject *parent = nullptr);

    void setTerms(const QStringList &terms) { m_terms = terms; }
    const QStringList &terms() const { return m_terms; }
    /// Where the words occur in `text` (merged, in order); public for tests.
    QList<QTextLayout::FormatRange> matches(const QString &text) const;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QStringList m_terms;
};

} // namespace sitesafe
