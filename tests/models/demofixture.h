#pragma once

#include <QDate>
#include <QString>

namespace sitesafe::test {

/// The small demo dataset (seed 1, relative to the fixed day today()), generated once per build of the test
/// program and shared by every test case of tests_models and tests_widgets. Tests only read it. Generated under a temporary name and
/// renamed into place, so parallel test processes never see half a dataset.
class DemoFixture
{
public:
    /// The data folder (holds sitesafe.db).
    static QString directory();
    static QString databasePath();
    /// The day the dataset is relative to: a fixed date, never the clock.
    static QDate today();
    /// Local hazards recorded "on this laptop" after the import, so the outbox is not empty.
    static constexpr int kLocalEdits = 3;
};

} // namespace sitesafe::test
