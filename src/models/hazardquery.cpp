#include "hazardquery.h"

#include <QRegularExpression>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
/// FTS5 trigram cannot match fewer than three characters; shorter words fall back to LIKE on the same columns.
constexpr int kTrigram = 3;

QString likePattern(const QString &term)
{
    QString escaped = term;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u"%"_s + escaped + u"%"_s;
}

QString ftsPhrase(const QString &term)
{
    QString escaped = term;
    escaped.replace(u'"', u"\"\""_s);
    return u"\""_s + escaped + u"\""_s;
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks << u"?"_s;
    return marks.join(u", "_s);
}
} // namespace

HazardQuery::HazardQuery(HazardFilter filter, HazardColumn sortColumn, Qt::SortOrder order)
    : m_filter(std::move(filter)), m_sortColumn(sortColumn), m_order(order)
{
}

QString HazardQuery::sortExpression(HazardColumn column)
{
    switch (column) {
    case HazardColumn::Number: return u"h.seq"_s;
    case HazardColumn::Status: return u"h.status"_s;
    case HazardColumn::Level: return u"h.is_major"_s;
    case HazardColumn::Description: return u"h.description"_s;
    case HazardColumn::Project: return u"p.name"_s;
    case HazardColumn::Jurisdiction: return u"p.jurisdiction_code"_s;
    case HazardColumn::Criterion: return u"coalesce(h.criteria_item, '')"_s;
    case HazardColumn::FoundAt: return u"h.found_at"_s;
    case HazardColumn::FoundBy: return u"h.found_by"_s;
    case HazardColumn::Deadline: return u"coalesce(h.effective_deadline, '')"_s;
    case HazardColumn::Measure: return u"h.measure"_s;
    case HazardColumn::Count: break;
    }
    return u"h.seq"_s;
}

QStringList HazardQuery::searchTerms(const QString &text)
{
    static const QRegularExpression separators(u"[\\s\"\u3000]+"_s);
    QStringList terms = text.split(separators, Qt::SkipEmptyParts);
    terms.removeDuplicates();
    return terms;
}

QString HazardQuery::whereClause(QVariantList &values, bool disableFilterIndexes) const
{
    // A unary + keeps a term from driving the plan (SQLite's documented way to disqualify an index).
    const QString h = disableFilterIndexes ? u"+h."_s : u"h."_s;
    QStringList conditions;
    const HazardFilter &f = m_filter;
    if (!f.statuses.isEmpty()) {
        conditions << u"%1status IN (%2)"_s.arg(h, placeholders(f.statuses.size()));
        for (const QString &status : f.statuses)
            values << status;
    }
    if (f.level != HazardFilter::Level::Any) {
        // Two values only: the level index serves sorting, never filtering (it would drive the plan badly).
        conditions << u"+h.is_major = ?"_s;
        values << (f.level == HazardFilter::Level::Major ? 1 : 0);
    }
    if (f.isOverdueOnly) {
        conditions << u"%1status IN ('open', 'rectifying') AND %1effective_deadline < ?"_s.arg(h);
        values << f.today.toString(Qt::ISODate);
    }
    if (f.criteriaPrefix == HazardFilter::noCriterion()) {
        conditions << h + u"criteria_item IS NULL"_s;
    } else if (!f.criteriaPrefix.isEmpty()) {
        // A prefix range instead of LIKE: it always uses the criteria index, whatever the collation.
        conditions << u"%1criteria_item >= ? AND %1criteria_item < ?"_s.arg(h);
        values << f.criteriaPrefix << QString(f.criteriaPrefix + QChar(0x7f));
    }
    if (!f.jurisdictionCode.isEmpty()) {
        // A 市县 holds up to a quarter of all hazards; with a narrower condition present, let that one drive.
        const bool narrower = f.isOverdueOnly || !f.statuses.isEmpty() || !f.projectId.isEmpty() || !f.foundBy.isEmpty()
            || !f.criteriaPrefix.isEmpty() || !f.searchText.trimmed().isEmpty();
        conditions << (narrower ? u"+h."_s : h)
                + u"project_id IN (SELECT id FROM projects WHERE jurisdiction_code = ? OR park_code = ?)"_s;
        values << f.jurisdictionCode << f.jurisdictionCode;
    }
    if (!f.projectId.isEmpty()) {
        conditions << h + u"project_id = ?"_s;
        values << f.projectId;
    }
    if (f.deadlineFrom.isValid()) {
        conditions << (disableFilterIndexes ? u"+"_s : QString()) + u"coalesce(h.effective_deadline, '') >= ?"_s;
        values << f.deadlineFrom.toString(Qt::ISODate);
    }
    if (f.deadlineTo.isValid()) {
        conditions << u"%1effective_deadline IS NOT NULL AND %2coalesce(h.effective_deadline, '') <= ?"_s.arg(h, disableFilterIndexes ? u"+"_s : QString());
        values << f.deadlineTo.toString(Qt::ISODate);
    }
    if (!f.foundBy.isEmpty()) {
        conditions << h + u"found_by = ?"_s;
        values << f.foundBy;
    }
    QStringList phrases;
    for (const QString &term : searchTerms(f.searchText)) {
        if (term.size() >= kTrigram) {
            phrases << ftsPhrase(term);
            continue;
        }
        conditions << h + u"seq IN (SELECT rowid FROM hazards_fts WHERE description LIKE ? ESCAPE '\\' "
                      "OR location LIKE ? ESCAPE '\\' OR project_name LIKE ? ESCAPE '\\' "
                      "OR criterion_text LIKE ? ESCAPE '\\')"_s;
        const QString pattern = likePattern(term);
        values << pattern << pattern << pattern << pattern;
    }
    if (!phrases.isEmpty()) {
        conditions << h + u"seq IN (SELECT rowid FROM hazards_fts WHERE hazards_fts MATCH ?)"_s;
        values << phrases.join(u' ');
    }
    return conditions.isEmpty() ? QString() : u" WHERE "_s + conditions.join(u" AND "_s);
}

SqlStatement HazardQuery::countStatement() const
{
    SqlStatement s;
    s.sql = u"SELECT count(*) FROM hazards h"_s + whereClause(s.values);
    return s;
}

SqlStatement HazardQuery::windowStatement(const std::optional<HazardKey> &after, bool backwards, int offset,
                                          int limit, bool walkSortIndex) const
{
    SqlStatement s;
    const QString expr = sortExpression(m_sortColumn);
    QString where = whereClause(s.values, walkSortIndex);
    // Sorted by a project column, walking means projects in that order, then each project's hazards.
    const bool projectsFirst = walkSortIndex
        && (m_sortColumn == HazardColumn::Project || m_sortColumn == HazardColumn::Jurisdiction);
    const QString from = projectsFirst ? u"FROM projects p CROSS JOIN hazards h ON h.project_id = p.id "_s
                                       : u"FROM hazards h JOIN projects p ON p.id = h.project_id "_s;
    const bool ascending = (m_order == Qt::AscendingOrder) != backwards;
    if (after) {
        // expr >= k first, so SQLite seeks in the index; the OR only decides ties on seq.
        const QString op = ascending ? u">"_s : u"<"_s;
        const QString keyset = u"%1 %2= ? AND (%1 %2 ? OR h.seq %2 ?)"_s.arg(expr, op);
        where += (where.isEmpty() ? u" WHERE "_s : u" AND "_s) + keyset;
        s.values << after->sortValue << after->sortValue << after->seq;
    }
    const QString direction = ascending ? u"ASC"_s : u"DESC"_s;
    s.sql = u"SELECT h.seq, h.id, h.project_id, h.status, h.is_major, h.description, h.location, p.name, "
            "coalesce(j.name, p.jurisdiction_code), h.criteria_item, h.found_at, h.found_by, h.effective_deadline, "
            "h.measure, h.is_supervision_listed, %1 "_s.arg(expr)
        + from + u"LEFT JOIN jurisdictions j ON j.code = p.jurisdiction_code"_s
        + where + u" ORDER BY %1 %2, h.seq %2 LIMIT ? OFFSET ?"_s.arg(expr, direction);
    s.values << limit << offset;
    return s;
}

HazardRow HazardQuery::readRow(const QSqlQuery &q)
{
    HazardRow r;
    r.seq = q.value(0).toLongLong();
    r.id = q.value(1).toString();
    r.projectId = q.value(2).toString();
    r.status = q.value(3).toString();
    r.isMajor = q.value(4).toInt() != 0;
    r.description = q.value(5).toString();
    r.location = q.value(6).toString();
    r.projectName = q.value(7).toString();
    r.jurisdictionName = q.value(8).toString();
    r.criteriaItem = q.value(9).toString();
    r.foundAt = q.value(10).toString();
    r.foundBy = q.value(11).toString();
    r.deadline = q.value(12).toString();
    r.measure = q.value(13).toString();
    r.isSupervisionListed = q.value(14).toInt() != 0;
    r.sortValue = q.value(15);
    return r;
}

} // namespace sitesafe
