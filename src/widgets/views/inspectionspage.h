#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include "models/inspectionfilter.h"

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace sitesafe {

class DataFolderSession;
class InspectionListModel;
class NewInspectionWizard;
class SqlWorker;

/// 检查: the inspections of the data folder, newest first, filtered by status, kind (with the full-coverage
/// round), 市县 and a project search; 新建检查 (Ctrl+N) starts the wizard. Enter or a double-click on a row asks
/// for that inspection to be opened (openInspectionRequested); the checklist runner answers it.
class InspectionsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InspectionsPage)

public:
    /// `session` must outlive the page.
    explicit InspectionsPage(DataFolderSession &session, QWidget *parent = nullptr);
    ~InspectionsPage() override;

    InspectionListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QAction *newInspectionAction() const { return m_newAction; }
    /// The wizard while it is open, else nullptr.
    NewInspectionWizard *wizard() const;
    InspectionFilter currentFilter() const;
    bool hasChoices() const { return m_hasChoices; }

    /// Opens the 新建检查 wizard (window-modal, returns at once).
    void newInspection();
    /// Selects inspection `id` once the list shows it.
    void showInspection(const QString &id);
    void focusSearch();
    void reload();

    /// Who is acting on this computer: the signed-in account, else the operating-system user (the audit log and
    /// the wizard's first inspector).
    static QString actor(const DataFolderSession &session);

Q_SIGNALS:
    void openInspectionRequested(const QString &inspectionId);

private:
    void applyFilters();
    void selectPending();

    DataFolderSession &m_session;
    SqlWorker *m_worker = nullptr;
    InspectionListModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QComboBox *m_statusCombo = nullptr;
    QComboBox *m_kindCombo = nullptr;
    QComboBox *m_jurisdictionCombo = nullptr;
    QLabel *m_countLabel = nullptr;
    QAction *m_newAction = nullptr;
    QPointer<NewInspectionWizard> m_wizard;
    QTimer m_searchDelay;
    QString m_pendingSelection;
    bool m_hasChoices = false;
};

} // namespace sitesafe
