#pragma once

#include <memory>
#include <stdexcept>

#include <QSqlQuery>
#include <QTimeZone>

#include "core/clock.h"
#include "models/democopy.h"
#include "session/datafoldersession.h"
#include "storage/datastore.h"

namespace sitesafe::test {

/// A writable copy of the demo folder with a session whose clock is fixed at the demo's today, 10:00 China time,
/// and an open hazard of the demo (measure "deadline", found in an inspection, its responsible enterprise one of
/// the project's participants, citing a 2024 criteria item) for the notice form to start from.
struct NoticeFixture {
    DemoCopy copy;
    FixedClock clock {QDateTime(DemoFixture::today(), QTime(2, 0), QTimeZone::utc())};
    std::unique_ptr<DataStore> store;
    std::unique_ptr<DataFolderSession> session;
    QString hazardId;
    QString projectId;
    QString projectName;
    QString enterpriseId;
    QString description;
    QDate deadline;

    NoticeFixture()
    {
        Database::Options options;
        options.clock = &clock;
        auto opened = DataStore::open(copy.directory(), options);
        if (!opened)
            throw std::runtime_error(opened.error().message.toStdString());
        store = std::move(opened).value();
        session = std::make_unique<DataFolderSession>(*store, clock, DemoFixture::today());
        QSqlQuery q(store->connection());
        q.prepare(QStringLiteral(
            "SELECT h.id, h.project_id, p.name, h.responsible_enterprise_id, h.description, "
            "coalesce(h.effective_deadline, h.deadline) FROM hazards h JOIN projects p ON p.id = h.project_id "
            "JOIN project_participants pp ON pp.project_id = h.project_id "
            "AND pp.enterprise_id = h.responsible_enterprise_id "
            "WHERE h.status = 'open' AND h.measure = 'deadline' AND h.inspection_id IS NOT NULL "
            "AND h.criteria_item LIKE 'V2024-%' "
            "AND coalesce(h.effective_deadline, h.deadline) >= ? ORDER BY h.id LIMIT 1"));
        q.addBindValue(DemoFixture::today().toString(Qt::ISODate));
        if (!q.exec() || !q.next())
            throw std::runtime_error(
                "the demo has no open hazard with a future deadline and a responsible participant");
        hazardId = q.value(0).toString();
        projectId = q.value(1).toString();
        projectName = q.value(2).toString();
        enterpriseId = q.value(3).toString();
        description = q.value(4).toString();
        deadline = QDate::fromString(q.value(5).toString().left(10), Qt::ISODate);
    }
    ~NoticeFixture()
    {
        session.reset();
        store.reset();
    }
};

} // namespace sitesafe::test
