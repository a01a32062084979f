#include "checklistselection.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
/// Words of a scaffold description that name its JGJ 59 sheet, most specific first (悬挑 before 扣件式: a
/// "型钢悬挑扣件式钢管脚手架" is scored on the cantilever sheet).
struct ScaffoldWord {
    const char16_t *word;
    const char16_t *sheet;
};
constexpr ScaffoldWord kScaffoldWords[] = {
    {u"附着式升降", u"B.9"}, {u"爬架", u"B.9"},   {u"吊篮", u"B.10"}, {u"悬挑", u"B.8"},   {u"满堂", u"B.7"},
    {u"盘扣", u"B.6"},       {u"碗扣", u"B.5"},   {u"门式", u"B.4"},  {u"扣件式", u"B.3"}, {u"落地式", u"B.3"},
};

int sheetNumber(const QString &code)
{
    return code.startsWith(u"B."_s) ? QStringView(code).mid(2).toInt() : 1000;
}
} // namespace

QStringList ChecklistSelection::alwaysSheets()
{
    return {u"B.1"_s, u"B.2"_s, u"B.13"_s, u"B.14"_s, u"B.19"_s};
}

QStringList ChecklistSelection::scoreSheetsFor(const QList<DangerousWork> &works, const QStringList &equipmentKinds)
{
    QStringList sheets = alwaysSheets();
    const auto add = [&sheets](const QString &code) {
        if (!sheets.contains(code))
            sheets.append(code);
    };
    for (const DangerousWork &work : works) {
        if (work.category == u"excavation")
            add(u"B.11"_s);
        else if (work.category == u"formwork")
            add(u"B.12"_s);
        else if (work.category == u"lifting")
            add(u"B.18"_s);
        // A gondola (吊篮) is often filed under "other"; any description naming a scaffold kind counts.
        bool isNamed = false;
        for (const ScaffoldWord &w : kScaffoldWords) {
            if (work.description.contains(QStringView(w.word))) {
                add(QString::fromUtf16(w.sheet));
                isNamed = true;
                break;
            }
        }
        if (work.category == u"scaffolding" && !isNamed)
            add(u"B.3"_s);
    }
    for (const QString &kind : equipmentKinds) {
        if (kind == u"tower_crane")
            add(u"B.17"_s);
        else if (kind == u"construction_hoist")
            add(u"B.16"_s);
        else if (kind == u"material_hoist")
            add(u"B.15"_s);
    }
    sortSheets(sheets);
    return sheets;
}

QString ChecklistSelection::editionInForce(const QList<Edition> &editions, QDate date)
{
    for (const Edition &e : editions) {
        if (e.effectiveOn.isValid() && e.effectiveOn <= date && (!e.repealedOn.isValid() || date < e.repealedOn))
            return e.code;
    }
    return {};
}

void ChecklistSelection::sortSheets(QStringList &codes)
{
    std::stable_sort(codes.begin(), codes.end(),
                     [](const QString &a, const QString &b) { return sheetNumber(a) < sheetNumber(b); });
}

} // namespace sitesafe
