#pragma once

#include <QTimer>
#include <QWizardPage>

#include "models/inspectionchoices.h"

class QLabel;
class QLineEdit;
class QTableWidget;

namespace sitesafe {

class SqlWorker;

/// The wizard's first page: the project, searched as you type by name, permit number or platform number over the
/// local projects, each shown with its 市县 and numbers. The first match is chosen; arrows move in the list.
class InspectionProjectPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InspectionProjectPage)

public:
    InspectionProjectPage(SqlWorker &worker, QWidget *parent = nullptr);
    ~InspectionProjectPage() override;

    bool isComplete() const override;
    /// The chosen project (empty id when none).
    InspectionChoices::Project project() const;
    /// True when the list shows the results for the text now in the search box.
    bool isSearchDone() const { return m_shownGeneration == m_requestedGeneration; }
    QLineEdit *searchEdit() const { return m_searchEdit; }
    QTableWidget *resultList() const { return m_list; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search();
    void showResults(const QList<InspectionChoices::Project> &projects);

    SqlWorker &m_worker;
    QLineEdit *m_searchEdit = nullptr;
    QTableWidget *m_list = nullptr;
    QLabel *m_countLabel = nullptr;
    QTimer m_delay;
    QList<InspectionChoices::Project> m_projects;
    quint64 m_requestedGeneration = 0;
    quint64 m_shownGeneration = 0;
};

} // namespace sitesafe
