#include "todaypage.h"

#include <QHeaderView>
#include <QLocale>

#include "models/coveragequery.h"
#include "models/todaymodel.h"
#include "session/datafoldersession.h"
#include "storage/datastore.h"
#include "ui_todaypage.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

TodayPage::TodayPage(const DataFolderSession &session, QWidget *parent)
    : QWidget(parent),
      m_ui(std::make_unique<Ui::TodayPage>()),
      m_session(session),
      m_model(new TodayModel(session.store().database().path(), this))
{
    m_ui->setupUi(this);
    m_ui->todayTree->setModel(m_model);
    m_ui->todayTree->header()->resizeSection(TodayModel::Title, 560);
    m_ui->todayTree->header()->resizeSection(TodayModel::Detail, 360);
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.3);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);
    connect(m_ui->todayTree, &QTreeView::activated, this, &TodayPage::open);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, qOverload<>(&TodayPage::refresh));
    connect(m_model, &TodayModel::loaded, this, [this](qint64 ms) {
        m_ui->todayTree->expandAll();
        const CoverageSummary &coverage = m_model->today().coverage;
        const QString perJurisdiction = CoverageQuery::jurisdictionsText(coverage);
        m_ui->coverageLabel->setText(CoverageQuery::summaryText(coverage)
                                     + (perJurisdiction.isEmpty() ? QString() : u"\n"_s + perJurisdiction));
        m_ui->statusLabel->setText(tr("Updated %1 · %2 ms").arg(m_session.localNow().toString(u"HH:mm"_s)).arg(ms));
    });
}

TodayPage::~TodayPage() = default;

QTreeView *TodayPage::view() const
{
    return m_ui->todayTree;
}

void TodayPage::refresh(const QString &jurisdictionCode, const QString &jurisdictionName)
{
    const QDateTime now = m_session.localNow();
    m_jurisdictionCode = jurisdictionCode;
    m_jurisdictionName = jurisdictionName;
    const QString where = jurisdictionName.isEmpty() ? tr("Whole province") : jurisdictionName;
    m_ui->titleLabel->setText(tr("Today, %1 · %2").arg(QLocale().toString(now.date(), QLocale::LongFormat), where));
    m_ui->statusLabel->setText(tr("Loading…"));
    m_model->refresh(jurisdictionCode, now);
}

void TodayPage::refresh()
{
    refresh(m_jurisdictionCode, m_jurisdictionName);
}

void TodayPage::open(const QModelIndex &index)
{
    const QVariant kind = index.data(TodayModel::EntryKindRole);
    const QString id = index.data(TodayModel::RecordIdRole).toString();
    if (!kind.isValid() || id.isEmpty())
        return;
    switch (TodayEntry::Kind(kind.toInt())) {
    case TodayEntry::Kind::Hazard: Q_EMIT hazardRequested(id); break;
    case TodayEntry::Kind::Project: Q_EMIT projectRequested(id); break;
    case TodayEntry::Kind::Incident:
        Q_EMIT incidentRequested(id, u"%1\n%2\n%3"_s.arg(index.siblingAtColumn(TodayModel::Title).data().toString(),
                                                       index.siblingAtColumn(TodayModel::Detail).data().toString(),
                                                       index.siblingAtColumn(TodayModel::Date).data().toString()));
        break;
    }
}

} // namespace sitesafe
