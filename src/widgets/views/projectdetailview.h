#pragma once

#include <memory>

#include <QDate>
#include <QWidget>

#include "models/projectdetail.h"

namespace Ui {
class ProjectDetailView;
}

namespace sitesafe {

class SqlWorker;

/// The detail of one project: overview, participants (建设/施工/监理 with their USCI), key people with their
/// certificates (expired ones in red), equipment with 备案/使用登记 numbers, 危大工程 with plan, expert review and
/// acceptance, inspection history and hazards. Reads on a worker connection.
class ProjectDetailView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectDetailView)

public:
    enum Tab { Overview, Participants, KeyPeople, Equipment, DangerousWorks, Inspections, Hazards };

    explicit ProjectDetailView(QWidget *parent = nullptr);
    ~ProjectDetailView() override;

    void setSource(SqlWorker *worker, QDate today);
    void showProject(const QString &projectId);
    void clear();
    const ProjectDetail &detail() const { return m_detail; }
    /// Rows shown in a tab (tests).
    int rowsIn(Tab tab) const;
    /// Certificates shown in red (tests).
    int expiredCertificatesShown() const;
    void setCurrentTab(Tab tab);

Q_SIGNALS:
    void hazardRequested(const QString &hazardId);
    void projectHazardsRequested(const QString &projectId, const QString &projectName);
    void loaded(const QString &projectId);

private:
    void render();

    std::unique_ptr<Ui::ProjectDetailView> m_ui;
    SqlWorker *m_worker = nullptr;
    QDate m_today;
    QString m_requestedId;
    ProjectDetail m_detail;
};

} // namespace sitesafe
