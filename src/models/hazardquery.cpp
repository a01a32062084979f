#include "hazardquery.h"

#include <QHash>
#include <QRegularExpression>

#include "storage/readquery.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
/// FTS5 trigram cannot match fewer than three characters; shorter words go to the bigram index instead.
constexpr int kTrigram = 3;

QString ftsPhrase(const QString &term)
{
    QString escaped = term;
    escaped.replace(u'"', u"\"\""_s);
    return u"\""_s + escaped + u"\""_s;
}

/// lower() without ICU, as the bigram index was built with (and as LIKE compares): ASCII letters only.
uint foldAscii(uint c)
{
    return c >= u'A' && c <= u'Z' ? c + (u'a' - u'A') : c;
}

/// The hazard_grams query for a word of one or two characters (sql/client/0006_hazard_list_search_sort.sql):
/// "<a>x<b>" for two, the prefix "<a>x" * for one (every occurrence is followed by a character or ends a text).
QString bigramQuery(const QList<uint> &characters)
{
    const QString first = QString::number(foldAscii(characters.at(0))) + u'x';
    if (characters.size() == 1)
        return u"\""_s + first + u"\" *"_s;
    return u"\""_s + first + QString::number(foldAscii(characters.at(1))) + u"\""_s;
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
    // 市县, then project, then seq: indexed in 0006 so that no window sorts a whole 市县's hazards.
    case HazardColumn::Jurisdiction: return u"p.jurisdiction_code || char(31) || p.name || char(31) || p.id"_s;
    case HazardColumn::Criterion: return u"coalesce(h.criteria_item, '')"_s;
    case HazardColumn::FoundAt: return u"h.found_at"_s;
    case HazardColumn::FoundBy: return u"h.found_by"_s;
    case HazardColumn::Deadline: return u"coalesce(h.effective_deadline, '')"_s;
    case HazardColumn::Measure: return u"h.measure"_s;
    // The fold clears the level when a listing is lifted: '' for every hazard not listed now.
    case HazardColumn::Supervision: return u"coalesce(h.supervision_level, '')"_s;
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
        // Two values only: the level index drives only when the level is the sole filter (its count then reads
        // 32,000 index entries instead of every row); next to any other filter it would drive the plan badly.
        HazardFilter levelOnly;
        levelOnly.level = f.level;
        levelOnly.today = f.today;
        const bool levelDrives = !disableFilterIndexes && f == levelOnly;
        conditions << (levelDrives ? u"h.is_major = ?"_s : u"+h.is_major = ?"_s);
        values << (f.level == HazardFilter::Level::Major ? 1 : 0);
    }
    if (f.supervision != HazardFilter::Supervision::Any) {
        // Few hazards are listed; the cached columns of the fold answer it without reading any event.
        conditions << u"%1is_supervision_listed = 1"_s.arg(h);
        const char *level = f.supervision == HazardFilter::Supervision::Province ? "province"
            : f.supervision == HazardFilter::Supervision::City                   ? "city"
            : f.supervision == HazardFilter::Supervision::County                 ? "county"
                                                                                 : nullptr;
        if (level) {
            conditions << u"%1supervision_level = ?"_s.arg(h);
            values << QString::fromLatin1(level);
        }
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
        // `> ''` rather than IS NOT NULL: a hazard without a deadline is left out on the index alone (IS NOT NULL read
        // every matching row: ~100 ms to count the 10,899 hazards due in the next 30 days at province scale).
        conditions << u"%1coalesce(h.effective_deadline, '') > '' AND %1coalesce(h.effective_deadline, '') <= ?"_s.arg(
            disableFilterIndexes ? u"+"_s : QString());
        values << f.deadlineTo.toString(Qt::ISODate);
    }
    if (!f.foundBy.isEmpty()) {
        conditions << h + u"found_by = ?"_s;
        values << f.foundBy;
    }
    for (const SearchMatch &match : searchMatches()) {
        conditions << h + u"seq IN (SELECT rowid FROM %1 WHERE %1 MATCH ?)"_s.arg(match.table);
        values << match.expression;
    }
    return conditions.isEmpty() ? QString() : u" WHERE "_s + conditions.join(u" AND "_s);
}

QList<HazardQuery::SearchMatch> HazardQuery::searchMatches() const
{
    QStringList phrases;
    QStringList bigrams;
    for (const QString &term : searchTerms(m_filter.searchText)) {
        const QList<uint> characters = term.toUcs4();
        if (characters.size() >= kTrigram)
            phrases << ftsPhrase(term);
        else if (!characters.isEmpty())
            bigrams << bigramQuery(characters);
    }
    QList<SearchMatch> matches;
    if (!bigrams.isEmpty())
        matches << SearchMatch{u"hazard_grams"_s, bigrams.join(u" AND "_s)};
    if (!phrases.isEmpty())
        matches << SearchMatch{u"hazards_fts"_s, phrases.join(u' ')};
    return matches;
}

bool HazardQuery::isSearchOnly() const
{
    HazardFilter withoutSearch = m_filter;
    withoutSearch.searchText.clear();
    withoutSearch.today = {};
    return withoutSearch == HazardFilter{} && !searchMatches().isEmpty();
}

bool HazardQuery::isPlaceOnly() const
{
    HazardFilter placeOnly;
    placeOnly.jurisdictionCode = m_filter.jurisdictionCode;
    placeOnly.today = m_filter.today;
    return !placeOnly.jurisdictionCode.isEmpty() && m_filter == placeOnly;
}

bool HazardQuery::shouldWalkSortIndex(qint64 matchingRows) const
{
    // A search alone is checked on the sort index's rowid, without reading a hazard row: walking pays off early.
    return matchingRows > (isSearchOnly() ? kSearchSortInMemoryLimit : kSortInMemoryLimit);
}

SqlStatement HazardQuery::countStatement() const
{
    SqlStatement s;
    if (isSearchOnly()) {
        // Each index holds exactly one row per hazard (kept by triggers), so the index alone gives the count,
        // without looking up every match in the 2 GB hazards table.
        const QList<SearchMatch> matches = searchMatches();
        s.sql = u"SELECT count(*) FROM %1 WHERE %1 MATCH ?"_s.arg(matches.constFirst().table);
        s.values << matches.constFirst().expression;
        for (qsizetype i = 1; i < matches.size(); ++i) {
            s.sql += u" AND rowid IN (SELECT rowid FROM %1 WHERE %1 MATCH ?)"_s.arg(matches.at(i).table);
            s.values << matches.at(i).expression;
        }
        return s;
    }
    if (isPlaceOnly()) {
        // Kept by triggers (sql/client/0019): one row instead of a seek per project of the place.
        s.sql = u"SELECT coalesce((SELECT hazards FROM hazard_place_counts WHERE place_code = ?), 0)"_s;
        s.values << m_filter.jurisdictionCode;
        return s;
    }
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
    const QString orderBy = u" ORDER BY %1 %2, h.seq %2"_s.arg(expr, direction);
    const QString columns = u"SELECT h.seq, h.id, h.project_id, h.status, h.is_major, h.description, h.location, "
                            "p.name, coalesce(j.name, p.jurisdiction_code), h.criteria_item, h.found_at, h.found_by, "
                            "h.effective_deadline, h.measure, h.is_supervision_listed, %1, h.supervision_level "_s.arg(expr);
    const QString joinJurisdiction = u"LEFT JOIN jurisdictions j ON j.code = p.jurisdiction_code"_s;
    if (walkSortIndex) {
        // The walk stops after `limit` rows: only those are joined and read in full.
        s.sql = columns + from + joinJurisdiction + where + orderBy + u" LIMIT ? OFFSET ?"_s;
    } else {
        // Sorting every match: choose the window's seqs from the filter's index and the sort key alone, then read
        // and join just those rows. (SQLite's sorter would otherwise read and join every match in full; for the
        // 5,929 hazards of art. 8 that is three quarters of the time.)
        const bool sortNeedsProject = m_sortColumn == HazardColumn::Project
            || m_sortColumn == HazardColumn::Jurisdiction;
        const QString inner = u"SELECT h.seq FROM hazards h "_s
            + (sortNeedsProject ? u"JOIN projects p ON p.id = h.project_id"_s : QString()) + where + orderBy
            + u" LIMIT ? OFFSET ?"_s;
        s.sql = columns + u"FROM hazards h JOIN projects p ON p.id = h.project_id "_s + joinJurisdiction
            + u" WHERE h.seq IN ("_s + inner + u")"_s + orderBy;
    }
    s.values << limit << offset;
    return s;
}

SqlStatement HazardQuery::syncStateStatement(const QList<qint64> &seqs)
{
    // Bit 1 (pending / in flight) and bit 4 (rejected). The hazard's own outbox rows: a correlated lookup on
    // outbox_entity per window row. Its events' rows: the hazards named by the unsent (or rejected) event
    // mutations, read once per statement through outbox_state — the event's hazard_id is in the mutation itself
    // (events are insert-only), so no hazard_events row is read: looking events up per hazard read ~1,000 random
    // event rows per window at province scale (≈ 90 ms cold), this reads only the few unsent outbox rows.
    // `+o.entity` keeps outbox_entity from driving, which would walk every event mutation ever applied.
    // Bit 2: an open conflict, on the partial index conflicts_open.
    static const QString ownBits = u"(SELECT coalesce(max(o.state IN ('pending', 'in_flight')), 0) "
                                   "| (coalesce(max(o.state = 'rejected'), 0) << 2) FROM outbox o "
                                   "WHERE o.entity = 'hazards' AND o.entity_id = h.id "
                                   "AND o.state IN ('pending', 'in_flight', 'rejected'))"_s;
    static const QString eventHazards = u"SELECT json_extract(o.fields, '$.hazard_id.value') FROM outbox o "
                                        "WHERE o.state IN (%1) AND +o.entity = 'hazard_events'"_s;
    SqlStatement s;
    s.sql = u"SELECT h.seq, %1 | (h.id IN (%2)) | ((h.id IN (%3)) << 2) "
            "| (EXISTS (SELECT 1 FROM conflicts c WHERE c.entity = 'hazards' AND c.entity_id = h.id "
            "AND c.resolved_at IS NULL) << 1) "
            "FROM hazards h WHERE h.seq IN (%4)"_s.arg(ownBits, eventHazards.arg(u"'pending', 'in_flight'"_s),
                                                       eventHazards.arg(u"'rejected'"_s), placeholders(seqs.size()));
    for (qint64 seq : seqs)
        s.values << seq;
    return s;
}

void HazardQuery::readSyncStates(ReadQuery &q, QList<HazardRow> &rows)
{
    QHash<qint64, int> flags;
    while (q.next())
        flags.insert(q.value(0).toLongLong(), q.value(1).toInt());
    for (HazardRow &row : rows) {
        const int f = flags.value(row.seq);
        row.hasUnsentChanges = f & 1;
        row.hasOpenConflict = f & 2;
        row.hasRejectedChange = f & 4;
    }
}

HazardRow HazardQuery::readRow(const ReadQuery &q)
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
    r.supervisionLevel = r.isSupervisionListed ? q.value(16).toString() : QString();
    return r;
}

} // namespace sitesafe
