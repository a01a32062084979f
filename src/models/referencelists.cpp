#include "referencelists.h"

#include "core/domainlabels.h"
#include "storage/readquery.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

ReferenceLists::Jurisdiction ReferenceLists::jurisdiction(ReadConnection db, const QString &code)
{
    ReadQuery q(db);
    if (code.isEmpty() || !q.run(u"SELECT kind, name FROM jurisdictions WHERE code = ?"_s, {code}) || !q.next())
        return {};
    return {q.value(0).toString(), q.value(1).toString()};
}

QList<ReferenceLists::Choice> ReferenceLists::jurisdictions(ReadConnection db)
{
    QList<Choice> out;
    ReadQuery q(db);
    if (!q.exec(u"SELECT code, name, kind FROM jurisdictions ORDER BY kind = 'park', code"_s))
        return out;
    while (q.next()) {
        const bool isPark = q.value(2).toString() == u"park";
        out.append({q.value(0).toString(), q.value(1).toString(), isPark});
    }
    return out;
}

QList<ReferenceLists::Choice> ReferenceLists::criteriaArticles(ReadConnection db)
{
    QList<Choice> out;
    ReadQuery q(db);
    if (!q.exec(u"SELECT cs.code, cs.edition, ci.article_number, max(ci.article_title) FROM criteria_items ci "
                "JOIN criteria_sets cs ON cs.id = ci.set_id "
                "WHERE cs.kind = 'major_hazard_criteria' AND ci.article_number IS NOT NULL "
                "GROUP BY cs.code, cs.edition, ci.article_number ORDER BY cs.edition DESC, ci.article_number"_s))
        return out;
    while (q.next()) {
        const int article = q.value(2).toInt();
        const QString prefix = u"%1-%2"_s.arg(q.value(0).toString()).arg(article, 2, 10, QChar(u'0'));
        out.append({prefix, DomainLabels::criteriaArticle(q.value(1).toInt(), article, q.value(3).toString())});
    }
    return out;
}

QList<ReferenceLists::Choice> ReferenceLists::inspectors(ReadConnection db)
{
    QList<Choice> out;
    ReadQuery q(db);
    if (!q.exec(u"SELECT DISTINCT found_by FROM hazards ORDER BY found_by"_s))
        return out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(0).toString()});
    return out;
}

ReferenceLists::Bundle ReferenceLists::all(ReadConnection db)
{
    return Bundle{jurisdictions(db), criteriaArticles(db), inspectors(db)};
}

} // namespace sitesafe
