#pragma once

#include <QCoreApplication>
#include <QString>

namespace sitesafe {

/// Who is using the client, and with which rights: the user name, the role the server gave at the last sign-in or
/// token refresh (inspector | supervisor | province | admin) and the jurisdiction that role holds (a 市县 code, or
/// the province's). Kept in sync_state so it holds offline too (SyncStateStore::account()). The server decides in
/// the end; the client uses the role to offer only the steps the role may take, and stamps it on every hazard
/// event it records (hazard_events.actor_role).
struct Account {
    Q_DECLARE_TR_FUNCTIONS(Account)

public:
    static constexpr auto kInspector = "inspector";
    static constexpr auto kSupervisor = "supervisor";
    static constexpr auto kProvince = "province";
    static constexpr auto kAdmin = "admin";

    QString userName;
    QString role = QString::fromLatin1(kInspector);
    QString jurisdictionCode;

    bool isSupervisorOrAbove() const;
    /// 销号 needs a second person with a supervising role (supervisor, province, admin).
    bool canClose() const;
    /// 挂牌督办 and its lifting are set by the province or by a 市/县 supervisor.
    bool canListSupervision() const;
    /// The listing level this account sets: "province" for the province role (and admin), for a supervisor "city"
    /// when `jurisdictionKind` is a 市 (prefecture_city, county_city) and "county" for a 县 or 自治县; empty when the
    /// account cannot list.
    QString supervisionLevel(const QString &jurisdictionKind) const;
    /// The role as shown to people ("Inspector", "Supervisor" …).
    static QString roleLabel(const QString &role);

    friend bool operator==(const Account &, const Account &) = default;
};

} // namespace sitesafe
