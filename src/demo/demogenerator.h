#pragma once

#include <functional>

#include <QDate>
#include <QString>

#include "core/dataset.h"

namespace sitesafe {

enum class DemoScale {
    Small, ///< 320 projects over all 19 市县: the demo database and the tests
    Province, ///< 20,000 projects, ~300,000 hazards, ~1.2 M events, ~3 M answers (DESIGN.md §5 benchmarks)
};

struct DemoOptions {
    quint64 seed = 1;
    DemoScale scale = DemoScale::Small;
    QDate today; ///< every date is relative to this day; an invalid date means 2026-11-28 (never the clock)
    QString deviceId; ///< the device that gets a fresh notice-number block; "demo-device" when empty
};

/// Generates a realistic, reproducible Hainan dataset as plain domain values: the 19 市县 and 11 key parks,
/// enterprises with valid credit codes, projects with their parties, people (ID numbers only masked and
/// hashed), certificates, equipment and 危大工程, then inspections, answers, hazards with event histories that
/// fold into every state, notices, certificate checks, enforcement, incidents, 重大险情 and photo records.
/// The same options always give the same values; nothing reads the clock or a global random generator.
class DemoGenerator
{
public:
    /// The counts the chosen scale aims at (for progress bars).
    struct Targets {
        int projects;
        int hazards;
        int hazardEvents;
        int answers;
        int photos;
    };

    explicit DemoGenerator(DemoOptions options);

    /// Streams the dataset in chunks so province scale never sits in memory at once: the first chunk holds all
    /// reference data (jurisdictions, enterprises, projects, participants, people, key people, certificates,
    /// equipment, dangerous works, notice-number blocks, the 治理行动 whose period holds the day); each later chunk
    /// holds the field data (inspections, answers, hazards, hazard events, notices, certificate checks, enforcement
    /// actions, incidents, danger events, photos) of a batch of projects. Returning false from the callback stops
    /// generation.
    void generate(const std::function<bool(const Dataset &chunk)> &sink);
    /// Everything in one Dataset (small scale, tests).
    Dataset generateAll();
    Targets targets() const;

    /// Projects per field-data chunk.
    static constexpr int kProjectsPerChunk = 500;

private:
    int projectCount() const;

    DemoOptions m_options;
};

} // namespace sitesafe
