#include "loadworkload.h"

#include <QDateTime>

#include "core/uuidv7.h"

using namespace Qt::StringLiterals;
using namespace sitesafe;

namespace {
const QStringList kLocations {u"1号楼 3层 临边"_s, u"2号楼 外脚手架"_s, u"基坑 东侧"_s, u"塔吊 QTZ80 基础"_s,
    u"施工升降机 出入口"_s, u"钢筋加工棚"_s, u"配电箱 二级"_s, u"高支模 区域B"_s};
const QStringList kDescriptions {u"临边防护栏杆缺失"_s, u"脚手架连墙件未按方案设置"_s, u"基坑周边堆载超限"_s,
    u"塔吊限位装置失效"_s, u"施工用电未采用TN-S系统"_s, u"高支模未经验收即浇筑"_s};

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

FieldChange set(const QJsonValue &value)
{
    return FieldChange {value, std::nullopt};
}
} // namespace

DeviceWorkload::DeviceWorkload(QString deviceId, QStringList projectIds, int deviceIndex)
    : m_deviceId(std::move(deviceId))
    , m_projectIds(std::move(projectIds))
    , m_deviceIndex(deviceIndex)
{ }

Mutation DeviceWorkload::newMutation(const QString &entity, const QString &entityId)
{
    Mutation m;
    m.mutationId = UuidV7::generate();
    m.clientSeq = ++m_clientSeq;
    m.entity = entity;
    m.entityId = entityId;
    return m;
}

const PushRequest &DeviceWorkload::nextBatch()
{
    if (m_pending)
        return *m_pending;
    ++m_round;
    const QString at = now();
    PushRequest request;
    request.deviceId = m_deviceId;
    request.batchId = UuidV7::generate();

    m_newHazard = Written {UuidV7::generate(), kLocations[(m_deviceIndex + m_round) % kLocations.size()], at, 0};
    Mutation hazard = newMutation(u"hazards"_s, m_newHazard->id);
    hazard.fields = {{u"project_id"_s, set(m_projectIds[m_round % m_projectIds.size()])},
        {u"criteria_set"_s, set(u"V2024"_s)}, {u"is_major"_s, set(m_round % 4 == 0 ? 1 : 0)},
        {u"description"_s,
            set(QString(
                kDescriptions[m_round % kDescriptions.size()] + u" (load %1-%2)"_s.arg(m_deviceIndex).arg(m_round)))},
        {u"location"_s, set(m_newHazard->location)}, {u"measure"_s, set(u"deadline"_s)},
        {u"deadline"_s, set(QDate::currentDate().addDays(7).toString(Qt::ISODate))}, {u"found_at"_s, set(at)},
        {u"found_by"_s, set(u"巡检员%1"_s.arg(m_deviceIndex))}, {u"clock_offset_ms"_s, set(0)},
        {u"is_time_doubtful"_s, set(0)}, {u"created_at"_s, set(at)}, {u"updated_at"_s, set(at)}};
    request.mutations.append(hazard);

    m_newEvent = UuidV7::generate();
    Mutation event = newMutation(u"hazard_events"_s, m_newEvent);
    event.fields = {{u"hazard_id"_s, set(m_newHazard->id)}, {u"kind"_s, set(u"created"_s)}, {u"at"_s, set(at)},
        {u"actor"_s, set(u"巡检员%1"_s.arg(m_deviceIndex))}, {u"clock_offset_ms"_s, set(0)},
        {u"is_time_doubtful"_s, set(0)}, {u"created_at"_s, set(at)}, {u"updated_at"_s, set(at)}};
    request.mutations.append(event);

    m_edited.reset();
    if (m_last) {
        m_edited = *m_last;
        m_edited->location = m_last->location + u" (复核)"_s;
        m_edited->updatedAt = at;
        Mutation edit = newMutation(u"hazards"_s, m_last->id);
        edit.op = Mutation::Op::Update;
        edit.baseVersion = m_last->serverSeq;
        edit.fields = {{u"location"_s, FieldChange {QJsonValue(m_edited->location), QJsonValue(m_last->location)}},
            {u"updated_at"_s, FieldChange {QJsonValue(at), QJsonValue(m_last->updatedAt)}}};
        request.mutations.append(edit);
    }
    m_pending = std::move(request);
    return *m_pending;
}

int DeviceWorkload::acknowledge(const PushResponse &response, QString *problem)
{
    if (!m_pending)
        return 0;
    const QList<Mutation> &sent = m_pending->mutations;
    QHash<QString, MutationResult> byId;
    for (const MutationResult &r : response.results)
        byId.insert(r.mutationId, r);
    int notApplied = 0;
    for (const Mutation &m : sent) {
        const auto it = byId.constFind(m.mutationId);
        const bool isApplied = it != byId.cend()
            && (it->status == MutationResult::Status::Applied
                || (it->status == MutationResult::Status::Duplicate
                    && it->originalStatus == MutationResult::Status::Applied));
        if (!isApplied) {
            if (notApplied++ == 0 && problem)
                *problem = it == byId.cend() ? u"no result for %1"_s.arg(m.entity)
                                             : u"%1 %2: %3 %4"_s.arg(m.entity, MutationResult::statusCode(it->status),
                                                 it->errorCode, it->errorMessage);
            continue;
        }
        ++m_appliedMutations;
        // Only what the server applied is expected on it afterwards (a refused mutation is already an error).
        if (m.entityId == m_newHazard->id) {
            m_newHazard->serverSeq = it->serverSeq;
            m_expectedHazards.insert(m_newHazard->id, m_newHazard->location);
            m_last = m_newHazard;
        } else if (m.entityId == m_newEvent) {
            m_expectedEvents.insert(m_newEvent);
        } else if (m_edited && m.entityId == m_edited->id) {
            m_edited->serverSeq = it->serverSeq;
            m_expectedHazards.insert(m_edited->id, m_edited->location);
        }
    }
    m_pending.reset();
    return notApplied;
}
