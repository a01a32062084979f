#include "enforcementpage.h"

#include <QTableView>

#include "dialogs/enforcementformdialog.h"
#include "models/enforcementlistmodel.h"
#include "session/datafoldersession.h"
#include "storage/datastore.h"

namespace sitesafe {

EnforcementPage::EnforcementPage(DataFolderSession &session, QWidget *parent)
    : LedgerPage(session, new EnforcementListModel(session.store().database().path()), tr("&New enforcement action…"),
                 parent)
{
    setObjectName(QStringLiteral("enforcementPage"));
    view()->setColumnWidth(EnforcementListModel::Decided, 100);
    view()->setColumnWidth(EnforcementListModel::Project, 240);
    view()->setColumnWidth(EnforcementListModel::Addressee, 220);
    view()->setColumnWidth(EnforcementListModel::Kind, 160);
    view()->setColumnWidth(EnforcementListModel::Violation, 220);
    view()->setColumnWidth(EnforcementListModel::Document, 200);
    view()->setColumnWidth(EnforcementListModel::Penalty, 120);
}

EnforcementPage::~EnforcementPage() = default;

EnforcementListModel *EnforcementPage::model() const
{
    return static_cast<EnforcementListModel *>(ledgerModel());
}

QDialog *EnforcementPage::makeForm(const QString &id)
{
    return new EnforcementFormDialog(m_session, id, {}, this);
}

QString EnforcementPage::savedId(QDialog *form) const
{
    return static_cast<EnforcementFormDialog *>(form)->savedId();
}

QString EnforcementPage::countText(int rows) const
{
    return tr("%n enforcement action(s)", nullptr, rows);
}

} // namespace sitesafe
