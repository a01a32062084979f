#include "demogenerator.h"

#include <QDebug>

#include "campaigncalendar.h"
#include "checklistbook.h"
#include "democontext.h"
#include "fieldgenerator.h"
#include "inspectionplanner.h"
#include "referencegenerator.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {

template<typename T> void appendAll(QList<T> &to, const QList<T> &from)
{
    to.append(from);
}

} // namespace

DemoGenerator::DemoGenerator(DemoOptions options)
    : m_options(std::move(options))
{
    if (!m_options.today.isValid())
        m_options.today = demo::DemoTime::referenceDay();
    if (m_options.deviceId.isEmpty())
        m_options.deviceId = u"demo-device"_s;
}

int DemoGenerator::projectCount() const
{
    return m_options.scale == DemoScale::Province ? 20000 : 320;
}

DemoGenerator::Targets DemoGenerator::targets() const
{
    // Per project, as in the province-scale budget of DESIGN.md §5: 15 hazards, 60 events, 150 answers and 2.5
    // photo records.
    const int projects = projectCount();
    return {projects, projects * 15, projects * 60, projects * 150, projects * 5 / 2};
}

void DemoGenerator::generate(const std::function<bool(const Dataset &chunk)> &sink)
{
    const demo::ChecklistBook checklists;
    if (!checklists.isLoaded())
        qCritical().noquote() << "The built-in checklists could not be loaded; the demo dataset has no checklist "
                                 "answers:"
                              << checklists.errorMessage();

    const int projects = projectCount();
    Dataset reference;
    QList<demo::ProjectContext> contexts;
    demo::OfficialRoster roster;
    // Reference rows are made as of one fixed day, so their ids and numbers are the same whatever day the
    // dataset is for, then dated; only then are inspections planned for the real day.
    demo::ReferenceGenerator(m_options.seed, projects).build(reference, contexts, roster);
    demo::ReferenceGenerator::moveDates(reference, contexts, demo::DemoTime::referenceDay().daysTo(m_options.today));
    demo::InspectionPlanner planner(m_options.seed, m_options.today);
    for (int i = 0; i < projects; ++i)
        planner.plan(i, reference.projects.at(i), contexts[i]);
    reference.noticeNumberBlocks = planner.allocateNoticeNumbers(contexts, m_options.deviceId);
    reference.campaigns << demo::CampaignCalendar::campaignOf(m_options.seed, m_options.today);
    if (!sink(reference))
        return;

    const demo::FieldGenerator field(m_options.seed, m_options.today, reference, contexts, roster, checklists);
    for (int begin = 0; begin < projects; begin += kProjectsPerChunk) {
        Dataset chunk;
        const int end = qMin(projects, begin + kProjectsPerChunk);
        for (int i = begin; i < end; ++i)
            field.addProject(i, chunk);
        if (!sink(chunk))
            return;
    }
}

Dataset DemoGenerator::generateAll()
{
    Dataset all;
    bool isFirst = true;
    generate([&](const Dataset &chunk) {
        if (isFirst) {
            all = chunk;
            isFirst = false;
            return true;
        }
        appendAll(all.inspections, chunk.inspections);
        appendAll(all.answers, chunk.answers);
        appendAll(all.hazards, chunk.hazards);
        appendAll(all.hazardEvents, chunk.hazardEvents);
        appendAll(all.notices, chunk.notices);
        appendAll(all.certificateChecks, chunk.certificateChecks);
        appendAll(all.enforcementActions, chunk.enforcementActions);
        appendAll(all.incidents, chunk.incidents);
        appendAll(all.dangerEvents, chunk.dangerEvents);
        appendAll(all.photos, chunk.photos);
        return true;
    });
    return all;
}

} // namespace sitesafe
