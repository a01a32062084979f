#include "dangereventspage.h"

#include <QTableView>

#include "dialogs/dangereventformdialog.h"
#include "models/dangereventlistmodel.h"
#include "session/datafoldersession.h"
#include "storage/datastore.h"

namespace sitesafe {

DangerEventsPage::DangerEventsPage(DataFolderSession &session, QWidget *parent)
    : LedgerPage(session, new DangerEventListModel(session.store().database().path()),
                 tr("&New dangerous situation…"), parent)
{
    setObjectName(QStringLiteral("dangerEventsPage"));
    view()->setColumnWidth(DangerEventListModel::Occurred, 130);
    view()->setColumnWidth(DangerEventListModel::Project, 240);
    view()->setColumnWidth(DangerEventListModel::Kind, 180);
    view()->setColumnWidth(DangerEventListModel::Part, 120);
    view()->setColumnWidth(DangerEventListModel::Evacuated, 90);
    view()->setColumnWidth(DangerEventListModel::Reported, 130);
    view()->setColumnWidth(DangerEventListModel::Hazard, 220);
}

DangerEventsPage::~DangerEventsPage() = default;

DangerEventListModel *DangerEventsPage::model() const
{
    return static_cast<DangerEventListModel *>(ledgerModel());
}

QDialog *DangerEventsPage::makeForm(const QString &id)
{
    return new DangerEventFormDialog(m_session, id, this);
}

QString DangerEventsPage::savedId(QDialog *form) const
{
    return static_cast<DangerEventFormDialog *>(form)->savedId();
}

QString DangerEventsPage::countText(int rows) const
{
    return tr("%n dangerous situation(s)", nullptr, rows);
}

} // namespace sitesafe
