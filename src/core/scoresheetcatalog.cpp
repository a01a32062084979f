#include "scoresheetcatalog.h"

#include <cmath>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace sitesafe {

const ScoreSheet *ScoreSheetCatalog::findSheet(QStringView sheetCode) const
{
    for (const ScoreSheet &s : sheets) {
        if (s.code == sheetCode)
            return &s;
    }
    return nullptr;
}

int ScoreSheetCatalog::itemCount() const
{
    int count = 0;
    for (const ScoreSheet &s : sheets)
        count += static_cast<int>(s.items.size());
    return count;
}

Result<ScoreSheetCatalog> ScoreSheetCatalogLoader::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull() || !doc.isObject())
        return Error{u"catalog.malformed"_s, tr("The score-sheet catalog is not valid JSON (%1 at offset %2).")
                                                 .arg(parseError.errorString())
                                                 .arg(parseError.offset)};
    const QJsonObject root = doc.object();
    if (root.value(u"kind").toString() != u"score-sheets")
        return Error{u"catalog.kind"_s, tr("The file is not a score-sheet catalog.")};

    ScoreSheetCatalog c;
    c.code = root.value(u"code").toString();
    c.catalogVersion = root.value(u"catalogVersion").toInt();
    c.title = root.value(u"title").toString();
    QSet<QString> codes;
    for (const QJsonValue &sv : root.value(u"sheets").toArray()) {
        const QJsonObject so = sv.toObject();
        ScoreSheet sheet;
        sheet.code = so.value(u"code").toString();
        sheet.title = so.value(u"title").toString();
        sheet.isSplit = so.value(u"split").toBool(true);
        double total = 0;
        for (const QJsonValue &iv : so.value(u"items").toArray()) {
            const QJsonObject io = iv.toObject();
            ScoreSheetItem item;
            item.code = io.value(u"code").toString();
            item.title = io.value(u"title").toString();
            const QString kind = io.value(u"kind").toString();
            item.kind = kind == u"guaranteed" ? ScoreSheetItem::Kind::Guaranteed
                : kind == u"general"          ? ScoreSheetItem::Kind::General
                                              : ScoreSheetItem::Kind::Unsplit;
            item.points = io.value(u"points").toDouble();
            item.isPointsUncertain = io.value(u"pointsUncertain").toBool();
            item.isDeductionsComplete = io.value(u"deductionsComplete").toBool();
            for (const QJsonValue &dv : io.value(u"deductions").toArray()) {
                const QJsonObject d = dv.toObject();
                const DeductionRule rule{d.value(u"text").toString(), d.value(u"min").toDouble(),
                                         d.value(u"max").toDouble(), d.value(u"perInstance").toBool()};
                // A rule can never take more than the item is worth, nor less than something.
                if (rule.text.isEmpty() || rule.minPoints <= 0 || rule.maxPoints < rule.minPoints
                    || rule.maxPoints > item.points)
                    return Error{u"catalog.deduction"_s,
                                 tr("Score sheet %1: a deduction rule of item %2 does not fit its %3 points.")
                                     .arg(sheet.code, item.code)
                                     .arg(item.points)};
                item.deductions.append(rule);
            }
            if (item.code.isEmpty() || codes.contains(item.code) || item.points <= 0)
                return Error{u"catalog.item"_s,
                             tr("Score sheet %1: item “%2” has no code, a duplicate code or no points.")
                                 .arg(sheet.code, item.code)};
            codes.insert(item.code);
            total += item.points;
            sheet.items.append(item);
        }
        if (std::abs(total - 100.0) > 1e-6)
            return Error{u"catalog.points"_s,
                         tr("Score sheet %1 totals %2 points instead of 100.").arg(sheet.code).arg(total)};
        c.sheets.append(sheet);
    }
    double summaryTotal = 0;
    for (const QJsonValue &rv : root.value(u"summary").toArray()) {
        const QJsonObject ro = rv.toObject();
        SummaryRow row;
        row.code = ro.value(u"code").toString();
        row.title = ro.value(u"title").toString();
        row.points = ro.value(u"points").toDouble();
        row.isMean = ro.value(u"aggregate").toString() == u"mean";
        for (const QJsonValue &v : ro.value(u"sheets").toArray()) {
            row.sheetCodes.append(v.toString());
            if (!c.findSheet(row.sheetCodes.constLast()))
                return Error{u"catalog.summary"_s,
                             tr("Summary row %1 names unknown sheet %2.").arg(row.code, row.sheetCodes.constLast())};
        }
        summaryTotal += row.points;
        c.summary.append(row);
    }
    if (std::abs(summaryTotal - 100.0) > 1e-6)
        return Error{u"catalog.points"_s, tr("The summary table totals %1 points instead of 100.").arg(summaryTotal)};
    return c;
}

Result<ScoreSheetCatalog> ScoreSheetCatalogLoader::builtIn()
{
    QFile file(u":/checklists/jgj59-2011.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return Error{u"catalog.unknown"_s, tr("The built-in JGJ 59 score sheets are missing from this build.")};
    return fromJson(file.readAll());
}

} // namespace sitesafe
