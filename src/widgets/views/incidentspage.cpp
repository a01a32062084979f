#include "incidentspage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTableView>

#include "core/incidentdeadline.h"
#include "dialogs/incidentformdialog.h"
#include "models/incidentlistmodel.h"
#include "session/datafoldersession.h"
#include "storage/datastore.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

IncidentsPage::IncidentsPage(DataFolderSession &session, QWidget *parent)
    : LedgerPage(session, new IncidentListModel(session.store().database().path(), session.now()),
                 tr("&New incident…"), parent)
{
    setObjectName(u"incidentsPage"_s);
    m_deadlineLabel = new QLabel(this);
    m_deadlineLabel->setObjectName(u"deadlineLabel"_s);
    toolRow()->insertWidget(3, m_deadlineLabel);
    view()->setColumnWidth(IncidentListModel::Occurred, 130);
    view()->setColumnWidth(IncidentListModel::Project, 230);
    view()->setColumnWidth(IncidentListModel::Kind, 120);
    view()->setColumnWidth(IncidentListModel::Casualties, 150);
    view()->setColumnWidth(IncidentListModel::Level, 100);
    view()->setColumnWidth(IncidentListModel::UnitReport, 140);
    view()->setColumnWidth(IncidentListModel::PlatformReport, 170);
    m_clockTimer.setInterval(kTickMs);
    connect(&m_clockTimer, &QTimer::timeout, this, &IncidentsPage::tick);
    m_clockTimer.start();
}

IncidentsPage::~IncidentsPage() = default;

IncidentListModel *IncidentsPage::model() const
{
    return static_cast<IncidentListModel *>(ledgerModel());
}

void IncidentsPage::tick()
{
    model()->setNow(m_session.now());
    updateSummary();
}

void IncidentsPage::afterLoad()
{
    tick();
}

void IncidentsPage::updateSummary()
{
    qint64 least = 0;
    const int counting = model()->countingRows(&least);
    int late = 0;
    for (int row = 0; row < model()->rowCount(); ++row) {
        const QModelIndex index = model()->index(row, IncidentListModel::PlatformReport);
        // Negative time left: not reported and past the deadline (a report sets it to 0).
        if (model()->data(index, IncidentListModel::RemainingSecsRole).toLongLong() < 0)
            ++late;
    }
    QStringList parts;
    if (counting > 0)
        parts << tr("%1 awaiting the national platform, nearest: %2 left")
                     .arg(counting)
                     .arg(IncidentDeadline::hoursMinutes(least));
    if (late > 0)
        parts << tr("%1 late (迟报), not reported").arg(late);
    m_deadlineLabel->setText(parts.join(u" · "_s));
    m_deadlineLabel->setStyleSheet(late > 0 ? u"color: #c62828; font-weight: bold;"_s
                                            : u"color: #b26a00; font-weight: bold;"_s);
}

QDialog *IncidentsPage::makeForm(const QString &id)
{
    return new IncidentFormDialog(m_session, id, this);
}

QString IncidentsPage::savedId(QDialog *form) const
{
    return static_cast<IncidentFormDialog *>(form)->savedId();
}

QString IncidentsPage::countText(int rows) const
{
    return tr("%n incident(s)", nullptr, rows);
}

} // namespace sitesafe
