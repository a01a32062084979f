#pragma once

#include <memory>

#include <QDate>
#include <QTimer>
#include <QWidget>

#include "models/projectfilter.h"

class QModelIndex;
class QTableView;

namespace Ui {
class ProjectsPage;
}

namespace sitesafe {

class ProjectDetailView;
class ProjectListModel;
class SqlWorker;

/// 项目: the project list with filters (市县/园区, 房建/市政, status, covered in round 1 / round 2 or not) and search
/// by name, permit number or platform number, and the detail of the selected project beside it. Below the list,
/// the full coverage of the chosen scope in the campaign holding `today`: both rounds with the days left, and
/// each 市县.
class ProjectsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectsPage)

public:
    ProjectsPage(const QString &databasePath, QDate today, QWidget *parent = nullptr);
    ~ProjectsPage() override;

    ProjectListModel *model() const { return m_model; }
    QTableView *view() const;
    ProjectDetailView *detailView() const;
    ProjectFilter currentFilter() const;
    bool hasChoices() const { return m_hasChoices; }

    void showProject(const QString &projectId);
    void focusSearch();
    void reload();

    QByteArray saveLayout() const;
    void restoreLayout(const QByteArray &state);

Q_SIGNALS:
    void hazardRequested(const QString &hazardId);
    void projectHazardsRequested(const QString &projectId, const QString &projectName);
    void choicesLoaded();

private:
    void applyFilters();
    void loadCoverage(const QString &jurisdictionCode);
    /// Shows the project of the current row in the detail pane once its window is in memory.
    void showCurrentProject(const QModelIndex &current);

    std::unique_ptr<Ui::ProjectsPage> m_ui;
    SqlWorker *m_worker = nullptr;
    ProjectListModel *m_model = nullptr;
    QTimer m_searchDelay;
    bool m_hasChoices = false;
    QDate m_today;
    QString m_coverageScope; ///< the jurisdiction the coverage line is (being) loaded for
    QString m_pendingSelection; ///< the project to select again when a reload has found its row
    bool m_currentShown = false; ///< the detail pane shows the current row's project
    bool m_hasCoverage = false;
};

} // namespace sitesafe
