#include "monthlysubmissions.h"

#include "core/clock.h"
#include "storage/readquery.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

Result<QList<MonthlySubmission>> MonthlySubmissions::read(ReadConnection db, const LedgerPeriod &period,
                                                          const QDateTime &now)
{
    ReadQuery q(db);
    if (!q.run(u"SELECT j.code, j.name, j.kind = 'park', r.submitted_at FROM jurisdictions j "
               "LEFT JOIN monthly_reports r ON r.jurisdiction_code = j.code AND r.month = ? AND r.status = 'submitted' "
               "ORDER BY j.kind = 'park', j.code"_s,
               {period.text()}))
        return q.error(tr("the submitted monthly reports"));
    QList<MonthlySubmission> out;
    while (q.next()) {
        MonthlySubmission s;
        s.code = q.value(0).toString();
        s.name = q.value(1).toString();
        s.isPark = q.value(2).toBool();
        if (!q.value(3).isNull())
            s.submittedAt = Timestamp::fromText(q.value(3).toString());
        s.state = ReportDeadline::stateOf(period.year, period.month, s.submittedAt, now);
        out << s;
    }
    return out;
}

QString MonthlySubmissions::stateText(ReportDeadline::State state)
{
    switch (state) {
    case ReportDeadline::State::Pending: return tr("Not yet due");
    case ReportDeadline::State::DueSoon: return tr("Due soon");
    case ReportDeadline::State::Overdue: return tr("Not submitted, overdue");
    case ReportDeadline::State::OnTime: return tr("Submitted on time");
    case ReportDeadline::State::Late: break;
    }
    return tr("Submitted late (迟报)");
}

} // namespace sitesafe
