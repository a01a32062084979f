#include "jgj59scoreview.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

Jgj59ScoreView::Jgj59ScoreView(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(u"scoreLabel"_s);
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto catalog = ScoreSheetCatalogLoader::builtIn();
    if (catalog)
        m_catalog = std::move(catalog).value();
    else
        setText(catalog.error().message);
}

QString Jgj59ScoreView::ratingLabel(SafetyRating rating)
{
    switch (rating) {
    case SafetyRating::Excellent:
        return tr("Excellent (优良)");
    case SafetyRating::Qualified:
        return tr("Qualified (合格)");
    case SafetyRating::Unqualified:
        break;
    }
    return tr("Unqualified (不合格)");
}

const SheetScore *Jgj59ScoreView::sheetScore(const QString &sheetCode) const
{
    for (const SheetScore &s : m_score.sheets) {
        if (s.sheetCode == sheetCode)
            return &s;
    }
    return nullptr;
}

QString Jgj59ScoreView::vetoReason(
    const QString &sheetCode, const SheetScore &score, const QHash<QString, ItemMark> &marks) const
{
    const ScoreSheet *sheet = m_catalog->findSheet(sheetCode);
    if (sheet) {
        for (const ScoreSheetItem &item : sheet->items) {
            const ItemMark mark = marks.value(item.code);
            if (item.kind == ScoreSheetItem::Kind::Guaranteed && !mark.isMissing && mark.deducted >= item.points)
                return tr("Guaranteed item %1 scored 0: sheet scores 0").arg(item.code);
        }
    }
    return tr("Guaranteed items below 40 (%1 of 60): sheet scores 0").arg(score.guaranteedScaled, 0, 'f', 1);
}

void Jgj59ScoreView::rescore(const QHash<QString, ItemMark> &marks, const QStringList &sheets)
{
    if (!m_catalog)
        return;
    setVisible(!sheets.isEmpty());
    Jgj59Scorer scorer(*m_catalog);
    m_score = scorer.score(marks, sheets);
    QStringList lines;
    for (const QString &code : sheets) {
        const ScoreSheet *sheet = m_catalog->findSheet(code);
        const QString title = sheet ? sheet->title : code;
        const SheetScore *s = sheetScore(code);
        if (!s) {
            lines << tr("表%1 %2: every item not applicable").arg(code, title).toHtmlEscaped();
            continue;
        }
        QString line
            = tr("表%1 %2: <b>%3</b>").arg(code.toHtmlEscaped(), title.toHtmlEscaped()).arg(s->score, 0, 'f', 1);
        if (s->isVetoed)
            line += u" — <span style=\"color:#b02020\">"_s + vetoReason(code, *s, marks).toHtmlEscaped() + u"</span>"_s;
        lines << line;
    }
    QString rating = ratingLabel(m_score.rating).toHtmlEscaped();
    if (m_score.rating == SafetyRating::Unqualified)
        rating
            += m_score.hasZeroSheet ? tr(": a sheet scored 0").toHtmlEscaped() : tr(": total below 70").toHtmlEscaped();
    lines << tr("JGJ 59 total <b>%1</b> · %2").arg(m_score.total, 0, 'f', 1).arg(rating);
    setText(lines.join(u"<br>"_s));
}

} // namespace sitesafe
