#include "criteriacatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace sitesafe {

int CriteriaCatalog::judgingItemCount() const
{
    int count = 0;
    for (const CriteriaArticle &a : articles)
        count += a.isJudging ? static_cast<int>(a.items.size()) : 0;
    return count;
}

const CriteriaItem *CriteriaCatalog::findItem(QStringView itemCode) const
{
    for (const CriteriaArticle &a : articles) {
        for (const CriteriaItem &i : a.items) {
            if (i.code == itemCode)
                return &i;
        }
    }
    return nullptr;
}

const CriteriaArticle *CriteriaCatalog::articleOf(QStringView itemCode) const
{
    for (const CriteriaArticle &a : articles) {
        for (const CriteriaItem &i : a.items) {
            if (i.code == itemCode)
                return &a;
        }
    }
    return nullptr;
}

Result<CriteriaCatalog> CriteriaCatalogLoader::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull() || !doc.isObject())
        return Error{u"catalog.malformed"_s,
                     tr("The criteria catalog is not valid JSON (%1 at offset %2).")
                         .arg(parseError.errorString())
                         .arg(parseError.offset)};
    const QJsonObject root = doc.object();
    if (root.value(u"kind").toString() != u"major-hazard-criteria")
        return Error{u"catalog.kind"_s, tr("The file is not a major-hazard criteria catalog.")};

    CriteriaCatalog c;
    c.code = root.value(u"code").toString();
    c.edition = root.value(u"edition").toInt();
    c.catalogVersion = root.value(u"catalogVersion").toInt();
    c.title = root.value(u"title").toString();
    c.document = root.value(u"document").toString();
    c.effective = QDate::fromString(root.value(u"effective").toString(), Qt::ISODate);
    c.repealedOn = QDate::fromString(root.value(u"repealedOn").toString(), Qt::ISODate);
    if (c.code.isEmpty() || c.edition <= 0 || c.catalogVersion <= 0 || !c.effective.isValid())
        return Error{u"catalog.header"_s,
                     tr("The criteria catalog lacks its code, edition, catalog version or effective date.")};

    QSet<QString> seen;
    const auto duplicate = [&](const QString &code) -> std::optional<Error> {
        if (code.isEmpty() || seen.contains(code))
            return Error{u"catalog.code"_s, tr("Catalog %1: code “%2” is empty or used twice.").arg(c.code, code)};
        seen.insert(code);
        return std::nullopt;
    };

    for (const QJsonValue &av : root.value(u"articles").toArray()) {
        const QJsonObject ao = av.toObject();
        CriteriaArticle a;
        a.number = ao.value(u"number").toInt();
        a.code = ao.value(u"code").toString();
        a.title = ao.value(u"title").toString();
        a.isJudging = ao.value(u"judging").toBool();
        a.isUncertain = ao.value(u"uncertain").toBool();
        a.text = ao.value(u"text").toString();
        if (auto e = duplicate(a.code))
            return *e;
        for (const QJsonValue &iv : ao.value(u"items").toArray()) {
            const QJsonObject io = iv.toObject();
            CriteriaItem i;
            i.number = io.value(u"number").toInt();
            i.code = io.value(u"code").toString();
            i.text = io.value(u"text").toString();
            i.isUncertain = io.value(u"uncertain").toBool();
            i.requiresReason = io.value(u"requiresReason").toBool();
            i.isWholeArticle = io.value(u"wholeArticle").toBool();
            i.conditionRule = io.value(u"conditionRule").toString(u"none"_s);
            if (auto e = duplicate(i.code))
                return *e;
            if (i.text.isEmpty())
                return Error{u"catalog.item"_s, tr("Catalog %1: item %2 has no text.").arg(c.code, i.code)};
            for (const QJsonValue &cv : io.value(u"conditions").toArray()) {
                const QJsonObject co = cv.toObject();
                CriteriaCondition cond{co.value(u"number").toInt(), co.value(u"code").toString(),
                                       co.value(u"text").toString(), co.value(u"uncertain").toBool(i.isUncertain)};
                if (auto e = duplicate(cond.code))
                    return *e;
                i.conditions.append(cond);
            }
            a.items.append(i);
        }
        c.articles.append(a);
    }
    if (c.articles.isEmpty())
        return Error{u"catalog.empty"_s, tr("Catalog %1 has no articles.").arg(c.code)};
    return c;
}

QStringList CriteriaCatalogLoader::builtInCodes()
{
    return {u"V2024"_s, u"V2022"_s};
}

Result<CriteriaCatalog> CriteriaCatalogLoader::builtIn(const QString &code)
{
    const QString edition = code.mid(1);
    QFile file(u":/checklists/major-hazard-criteria-"_s + edition + u".json"_s);
    if (!builtInCodes().contains(code) || !file.open(QIODevice::ReadOnly))
        return Error{u"catalog.unknown"_s, tr("There is no built-in criteria catalog “%1”.").arg(code)};
    return fromJson(file.readAll());
}

} // namespace sitesafe
