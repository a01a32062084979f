#pragma once

#include <QAbstractItemModel>
#include <QDate>
#include <QDateTime>

#include "storage/readconnection.h"
#include "todaydata.h"

namespace sitesafe {

class SqlWorker;

/// The Today page as a two-level tree: sections (overdue hazards, deadlines in the next 7 days, re-inspections
/// due, incidents whose 48-hour platform report is running, projects not yet covered in the current round)
/// and their entries. Loaded on a worker connection for the user's jurisdiction (empty: the whole province).
class TodayModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TodayModel)

public:
    enum Column { Title, Detail, Date, ColumnCount };
    enum Role { EntryKindRole = Qt::UserRole + 1, RecordIdRole, SectionKindRole, IsUrgentRole, SectionTotalRole };

    /// Entries listed per section; the section title carries the exact total.
    static constexpr int kEntryLimit = 200;
    static constexpr int kDueSoonDays = 7;
    static constexpr int kIncidentReportHours = 48;

    explicit TodayModel(const QString &databasePath, QObject *parent = nullptr);
    ~TodayModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Reads the page again for `jurisdictionCode` as of `now` (local day of `now` is "today").
    void refresh(const QString &jurisdictionCode, const QDateTime &now);
    const TodayData &today() const { return m_data; }
    bool isReady() const { return m_isReady; }

    /// The queries behind the page; runs on any connection (worker thread, tests, benchmarks).
    static TodayData load(ReadConnection db, const QString &jurisdictionCode, const QDateTime &now, int limit = kEntryLimit);
    static QString sectionTitle(TodaySection::Kind kind, qint64 total, int round);

Q_SIGNALS:
    void loaded(qint64 milliseconds);

private:
    SqlWorker *m_worker = nullptr;
    TodayData m_data;
    quint64 m_generation = 0;
    bool m_isReady = false;
};

} // namespace sitesafe
