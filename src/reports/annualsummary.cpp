#include "annualsummary.h"

#include "monthlyreport.h"
#include "storage/readquery.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

QString AnnualSummary::yearLabel(int year)
{
    return u"%1年度"_s.arg(year);
}

Result<QList<AnnualSummary::Choice>> AnnualSummary::choices(ReadConnection db, int year)
{
    QList<Choice> out{{yearLabel(year), LedgerPeriod::wholeYear(year), {}},
                      {yearLabel(year - 1), LedgerPeriod::wholeYear(year - 1), {}}};
    ReadQuery q(db);
    if (!q.exec(u"SELECT name, substr(starts_on, 1, 7), substr(ends_on, 1, 7), code FROM campaigns "
                "ORDER BY starts_on DESC, code"_s))
        return q.error(tr("the campaigns"));
    while (q.next()) {
        if (const auto period = LedgerPeriod::span(q.value(1).toString(), q.value(2).toString()))
            out << Choice{q.value(0).toString(), *period, q.value(3).toString()};
    }
    return out;
}

QString AnnualSummary::rules()
{
    return u"年度工作总结的统计期为所选年度或专项行动期间的全部自然月（北京时间，首尾月份均含），各项口径同月报："_s
        + MonthlyReport::rules();
}

Result<QList<LedgerSheet>> AnnualSummary::document(ReadConnection db, const QString &jurisdictionCode,
                                                   const LedgerPeriod &period, const QJsonObject &figures,
                                                   const QString &text)
{
    auto sheets = MonthlyReport::document(db, jurisdictionCode, period, figures);
    if (!sheets)
        return sheets.error();
    QList<LedgerSheet> out = std::move(sheets).value();
    out[0].title = u"年度工作总结"_s;
    out[0].rules = rules();
    out.insert(1, textSheet(out.at(0).scope, text));
    return out;
}

LedgerSheet AnnualSummary::textSheet(const QString &scope, const QString &text)
{
    LedgerSheet body;
    body.title = u"总结正文"_s;
    body.scope = scope;
    body.columns = {{u"正文"_s, LedgerColumn::Type::Text, 120}};
    for (const QString &paragraph : text.split(u'\n'))
        if (!paragraph.trimmed().isEmpty())
            body.rows << QVariantList{paragraph.trimmed()};
    return body;
}

QString AnnualSummary::documentTitle(const QString &label, const QString &scope)
{
    return u"房屋市政工程安全生产治理工作总结（%1 · %2）"_s.arg(label, scope);
}

} // namespace sitesafe
