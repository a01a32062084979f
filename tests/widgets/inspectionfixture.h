#pragma once

#include <memory>
#include <stdexcept>

#include <QSqlQuery>
#include <QTimeZone>

#include "core/clock.h"
#include "models/democopy.h"
#include "session/datafoldersession.h"
#include "storage/datastore.h"
#include "storage/inspectionrepository.h"

namespace sitesafe::test {

/// A writable copy of the demo folder with a fresh draft inspection of a project that has a general contractor
/// and a project manager, walking the 2024 criteria and the JGJ 59 sheets B.1 and B.14; the clock is fixed at
/// the demo's today, 10:00 China time.
struct InspectionFixture {
    DemoCopy copy;
    FixedClock clock {QDateTime(DemoFixture::today(), QTime(2, 0), QTimeZone::utc())};
    std::unique_ptr<DataStore> store;
    std::unique_ptr<DataFolderSession> session;
    QString projectId;
    QString contractorId;
    QString projectManager;
    QString inspectionId;

    explicit InspectionFixture(
        const QStringList &checklists = {QStringLiteral("V2024"), QStringLiteral("B.1"), QStringLiteral("B.14")})
    {
        Database::Options options;
        options.clock = &clock;
        auto opened = DataStore::open(copy.directory(), options);
        if (!opened)
            throw std::runtime_error(opened.error().message.toStdString());
        store = std::move(opened).value();
        session = std::make_unique<DataFolderSession>(*store, clock, DemoFixture::today());
        QSqlQuery q(store->connection());
        if (!q.exec(QStringLiteral(
                "SELECT pp.project_id, pp.enterprise_id, pe.name FROM project_participants pp "
                "JOIN project_key_people kp ON kp.project_id = pp.project_id AND kp.role = 'project_manager' "
                "JOIN people pe ON pe.id = kp.person_id WHERE pp.role = 'general_contractor' "
                "ORDER BY pp.project_id, kp.id LIMIT 1"))
            || !q.next())
            throw std::runtime_error("the demo has no project with a general contractor and a project manager");
        projectId = q.value(0).toString();
        contractorId = q.value(1).toString();
        projectManager = q.value(2).toString();
        q.finish();
        Inspection in;
        in.projectId = projectId;
        in.kind = QStringLiteral("special");
        in.inspectors = {QStringLiteral("王检查"), QStringLiteral("李监督")};
        in.checklists = checklists;
        auto id = InspectionRepository(store->connection()).create(in, QStringLiteral("王检查"));
        if (!id)
            throw std::runtime_error(id.error().message.toStdString());
        inspectionId = id.value();
    }
};

} // namespace sitesafe::test
