#pragma once

#include <QString>

namespace sitesafe {

/// What the inspection list shows; empty fields do not restrict.
struct InspectionFilter {
    QString status;           ///< draft | submitted | signed | amendment (any status, amends another inspection)
    QString kind;             ///< round | special | reinspection | random | supervision
    int round = 0;            ///< with kind "round": 1 or 2; 0 any round
    QString jurisdictionCode; ///< the project's 市县 or park (园区) code
    QString searchText;       ///< project name, permit number or platform number

    friend bool operator==(const InspectionFilter &, const InspectionFilter &) = default;
};

} // namespace sitesafe
