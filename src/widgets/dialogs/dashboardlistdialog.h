#pragma once

#include <QDialog>
#include <QList>
#include <QString>
#include <QStringList>

class QLabel;
class QTableView;

namespace sitesafe {

class DashboardListModel;

/// The list behind a dashboard bar (统计 → 明细): the hazards or projects the bar counts, loaded on the worker by
/// the page with the bar's own rule, so the number of rows is the bar's value. Double-clicking a row (or Enter)
/// emits activated(id) for the main window to show that hazard or project.
class DashboardListDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardListDialog)

public:
    DashboardListDialog(const QString &title, const QStringList &headers, QWidget *parent = nullptr);

    /// The rows, one id per row; `error` instead when they could not be read.
    void setRows(const QList<QStringList> &rows, const QStringList &ids, const QString &error = {});
    bool isLoaded() const { return m_isLoaded; }
    int rowCount() const;
    QString idAt(int row) const;
    QTableView *view() const { return m_view; }

Q_SIGNALS:
    void activated(const QString &id);

private:
    DashboardListModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_summary = nullptr;
    bool m_isLoaded = false;
};

} // namespace sitesafe
