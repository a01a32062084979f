#include "projectdetailview.h"

#include "core/domainlabels.h"
#include "models/projectdetailloader.h"
#include "models/sqlworker.h"
#include "ui_projectdetailview.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
const QColor kAlert(0xc6, 0x28, 0x28);

void paintRow(QTreeWidgetItem *item, const QColor &color)
{
    for (int c = 0; c < item->columnCount(); ++c)
        item->setForeground(c, color);
}

QString row(const QString &label, const QString &value)
{
    return u"<tr><td style='color:#666;padding-right:12px'>%1</td><td>%2</td></tr>"_s.arg(label.toHtmlEscaped(),
                                                                                     value.toHtmlEscaped());
}
} // namespace

ProjectDetailView::ProjectDetailView(QWidget *parent) : QWidget(parent), m_ui(std::make_unique<Ui::ProjectDetailView>())
{
    m_ui->setupUi(this);
    connect(m_ui->hazardsTree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        Q_EMIT hazardRequested(item->data(0, Qt::UserRole).toString());
    });
    connect(m_ui->showHazardsButton, &QPushButton::clicked, this, [this] {
        if (m_detail.isFound)
            Q_EMIT projectHazardsRequested(m_detail.id, m_detail.name);
    });
    clear();
}

ProjectDetailView::~ProjectDetailView() = default;

void ProjectDetailView::setSource(SqlWorker *worker, QDate today)
{
    m_worker = worker;
    m_today = today;
}

void ProjectDetailView::setCurrentTab(Tab tab)
{
    m_ui->tabs->setCurrentIndex(int(tab));
}

void ProjectDetailView::clear()
{
    m_requestedId.clear();
    m_detail = ProjectDetail{};
    m_ui->titleLabel->setText(tr("Select a project to see its detail."));
    m_ui->overviewBrowser->clear();
    for (QTreeWidget *tree : {m_ui->participantsTree, m_ui->peopleTree, m_ui->equipmentTree, m_ui->worksTree,
                              m_ui->inspectionsTree, m_ui->hazardsTree})
        tree->clear();
    m_ui->showHazardsButton->setEnabled(false);
}

void ProjectDetailView::showProject(const QString &projectId)
{
    if (!m_worker || projectId.isEmpty() || projectId == m_requestedId)
        return;
    m_requestedId = projectId;
    const QDate today = m_today;
    m_worker->post<ProjectDetail>(
        this, [projectId, today](ReadConnection db) { return ProjectDetailLoader(db, today).load(projectId); },
        [this, projectId](ProjectDetail detail) {
            if (projectId != m_requestedId)
                return;
            m_detail = std::move(detail);
            render();
            Q_EMIT loaded(projectId);
        });
}

int ProjectDetailView::rowsIn(Tab tab) const
{
    switch (tab) {
    case Overview: return m_detail.isFound ? 1 : 0;
    case Participants: return m_ui->participantsTree->topLevelItemCount();
    case KeyPeople: return m_ui->peopleTree->topLevelItemCount();
    case Equipment: return m_ui->equipmentTree->topLevelItemCount();
    case DangerousWorks: return m_ui->worksTree->topLevelItemCount();
    case Inspections: return m_ui->inspectionsTree->topLevelItemCount();
    case Hazards: return m_ui->hazardsTree->topLevelItemCount();
    }
    return 0;
}

int ProjectDetailView::expiredCertificatesShown() const
{
    int count = 0;
    for (int i = 0; i < m_ui->peopleTree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *person = m_ui->peopleTree->topLevelItem(i);
        for (int c = 0; c < person->childCount(); ++c)
            count += person->child(c)->foreground(2).color() == kAlert ? 1 : 0;
    }
    return count;
}

void ProjectDetailView::render()
{
    const ProjectDetail &d = m_detail;
    for (QTreeWidget *tree : {m_ui->participantsTree, m_ui->peopleTree, m_ui->equipmentTree, m_ui->worksTree,
                              m_ui->inspectionsTree, m_ui->hazardsTree})
        tree->clear();
    if (!d.isFound) {
        m_ui->titleLabel->setText(tr("This project is no longer in the data folder."));
        m_ui->overviewBrowser->clear();
        m_ui->showHazardsButton->setEnabled(false);
        return;
    }
    m_ui->titleLabel->setText(u"<b>%1</b>"_s.arg(d.name.toHtmlEscaped()));
    QString html = u"<table>"_s;
    html += row(tr("Platform no."), d.platformNo);
    html += row(tr("Construction permit no."), d.permitNo);
    html += row(tr("City/county"), d.parkName.isEmpty() ? d.jurisdictionName : tr("%1 · %2").arg(d.jurisdictionName, d.parkName));
    html += row(tr("Address"), d.address);
    html += row(tr("Category"), DomainLabels::projectCategory(d.category));
    html += row(tr("Structure"), d.structureType);
    html += row(tr("Floor area"), tr("%L1 m²").arg(d.floorArea, 0, 'f', 0));
    html += row(tr("Contract value"), tr("%L1 × 10,000 yuan").arg(d.contractValue, 0, 'f', 0));
    html += row(tr("Start / planned completion"), u"%1 – %2"_s.arg(d.startDate, d.plannedCompletion));
    html += row(tr("Status"), DomainLabels::projectStatus(d.status));
    html += row(tr("Progress"), d.progress);
    html += u"</table>"_s;
    m_ui->overviewBrowser->setHtml(html);

    for (const auto &p : d.participants) {
        const QString licence = p.safetyLicenceNo.isEmpty() ? QString()
                                                            : u"%1 (%2)"_s.arg(p.safetyLicenceNo, p.safetyLicenceExpiry);
        auto *item = new QTreeWidgetItem(m_ui->participantsTree, {DomainLabels::participantRole(p.role), p.enterpriseName,
                                                                  p.creditCode, licence});
        if (p.isLicenceExpired) {
            item->setForeground(3, kAlert);
            item->setToolTip(3, tr("The safety licence has expired."));
        }
    }
    for (const auto &person : d.keyPeople) {
        auto *item = new QTreeWidgetItem(m_ui->peopleTree, {person.name, DomainLabels::keyPersonRole(person.role),
                                                            person.enterpriseName});
        bool anyExpired = false;
        for (const auto &c : person.certificates) {
            auto *cert = new QTreeWidgetItem(item, {DomainLabels::certificateKind(c.kind, c.operationKind), c.number,
                                                    c.isExpired ? tr("%1 (expired)").arg(c.validUntil) : c.validUntil});
            if (c.isExpired) {
                paintRow(cert, kAlert);
                anyExpired = true;
            }
        }
        if (anyExpired)
            item->setForeground(0, kAlert);
        if (person.certificates.isEmpty())
            item->setToolTip(0, tr("No certificate on record."));
    }
    m_ui->peopleTree->expandAll();
    for (const auto &e : d.equipment) {
        auto *item = new QTreeWidgetItem(m_ui->equipmentTree,
                                         {u"%1 %2 (%3)"_s.arg(DomainLabels::equipmentKind(e.kind), e.model, e.serialNo),
                                          e.filingNo.isEmpty() ? tr("Not filed") : e.filingNo,
                                          e.useRegistrationNo.isEmpty() ? tr("Not registered") : e.useRegistrationNo,
                                          e.acceptedOn, DomainLabels::equipmentStatus(e.status)});
        if (e.status == u"in_use" && (e.useRegistrationNo.isEmpty() || e.acceptedOn.isEmpty()))
            paintRow(item, kAlert);
    }
    for (const auto &w : d.dangerousWorks) {
        const QString category = w.isOverScale ? tr("%1 (over scale)").arg(DomainLabels::dangerousWorkCategory(w.category))
                                               : DomainLabels::dangerousWorkCategory(w.category);
        auto *item = new QTreeWidgetItem(m_ui->worksTree, {category, DomainLabels::planStatus(w.planStatus),
                                                           DomainLabels::expertReview(w.expertReview),
                                                           DomainLabels::acceptanceStatus(w.acceptanceStatus), w.description});
        if (w.planStatus == u"missing" || w.expertReview == u"failed" || w.acceptanceStatus == u"failed")
            paintRow(item, kAlert);
    }
    for (const auto &i : d.inspections) {
        new QTreeWidgetItem(m_ui->inspectionsTree, {DomainLabels::localDateTime(i.startedAt),
                                                    DomainLabels::inspectionKind(i.kind, i.round), i.inspectors,
                                                    DomainLabels::inspectionStatus(i.status), QString::number(i.hazards)});
    }
    for (const auto &h : d.hazards) {
        auto *item = new QTreeWidgetItem(m_ui->hazardsTree, {h.description, DomainLabels::hazardStatus(h.status),
                                                             DomainLabels::hazardLevel(h.isMajor), h.deadline});
        item->setData(0, Qt::UserRole, h.id);
        item->setToolTip(0, h.description);
        if (h.isOverdue)
            paintRow(item, kAlert);
    }
    m_ui->tabs->setTabText(Participants, tr("Participants (%1)").arg(d.participants.size()));
    m_ui->tabs->setTabText(KeyPeople, tr("Key people (%1)").arg(d.keyPeople.size()));
    m_ui->tabs->setTabText(Equipment, tr("Equipment (%1)").arg(d.equipment.size()));
    m_ui->tabs->setTabText(DangerousWorks, tr("Dangerous works (%1)").arg(d.dangerousWorks.size()));
    m_ui->tabs->setTabText(Inspections, tr("Inspections (%1)").arg(d.inspections.size()));
    m_ui->tabs->setTabText(Hazards, tr("Hazards (%1)").arg(d.hazards.size()));
    for (QTreeWidget *tree : {m_ui->participantsTree, m_ui->peopleTree, m_ui->equipmentTree, m_ui->worksTree,
                              m_ui->inspectionsTree})
        tree->resizeColumnToContents(0);
    m_ui->hazardsTree->setColumnWidth(0, 260);
    m_ui->showHazardsButton->setEnabled(true);
}

} // namespace sitesafe
