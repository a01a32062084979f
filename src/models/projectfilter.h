#pragma once

#include <QString>

namespace sitesafe {

/// What the project list shows; empty fields do not restrict.
struct ProjectFilter {
    /// Coverage in the full-coverage rounds (全覆盖检查).
    enum class Coverage { Any, CoveredInRound1, NotCoveredInRound1, CoveredInRound2, NotCoveredInRound2 };

    QString jurisdictionCode; ///< 市县 or park (园区) code
    QString category;         ///< building | municipal
    QString status;           ///< not_started | under_construction | suspended | completed
    Coverage coverage = Coverage::Any;
    QString searchText;       ///< name, permit number or platform number

    friend bool operator==(const ProjectFilter &, const ProjectFilter &) = default;
};

} // namespace sitesafe
