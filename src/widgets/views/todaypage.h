#pragma once

#include <memory>

#include <QDateTime>
#include <QWidget>

class QTreeView;

namespace Ui {
class TodayPage;
}

namespace sitesafe {

class DataFolderSession;
class TodayModel;

/// 今日: what needs the inspector today in their jurisdiction — overdue hazards, deadlines in the next 7 days,
/// re-inspections due, incidents whose 48-hour platform report is running, projects not yet covered in the
/// current full-coverage round, above them the coverage of the campaign (both rounds with the days left to their
/// deadlines, and each 市县). Every entry opens its record. "Now" and "today" are the session's (its clock, or
/// the day fixed with --today), never the wall clock.
class TodayPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TodayPage)

public:
    /// `session` must outlive the page.
    explicit TodayPage(const DataFolderSession &session, QWidget *parent = nullptr);
    ~TodayPage() override;

    TodayModel *model() const { return m_model; }
    QTreeView *view() const;
    /// Loads the page for a jurisdiction (empty: whole province) with its display name, as of the session's now.
    void refresh(const QString &jurisdictionCode, const QString &jurisdictionName);
    void refresh();

Q_SIGNALS:
    void hazardRequested(const QString &hazardId);
    void projectRequested(const QString &projectId);
    void incidentRequested(const QString &incidentId, const QString &summary);

private:
    void open(const QModelIndex &index);

    std::unique_ptr<Ui::TodayPage> m_ui;
    const DataFolderSession &m_session;
    TodayModel *m_model = nullptr;
    QString m_jurisdictionCode;
    QString m_jurisdictionName;
};

} // namespace sitesafe
