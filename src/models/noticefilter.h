#pragma once

#include <QString>

namespace sitesafe {

/// What the notice list (文书) shows; empty fields do not restrict.
struct NoticeFilter {
    QString kind; ///< rectification | stop_work | resume_work | reinspection | supervision | enforcement_proposal
    QString status; ///< issued | voided | unreceived (issued, neither signed for nor refused) | refused (拒签)
    QString projectId; ///< one project's notices
    QString searchText; ///< number, project name or recipient enterprise

    friend bool operator==(const NoticeFilter &, const NoticeFilter &) = default;
};

} // namespace sitesafe
