#include "hazarddetailpane.h"

#include <QHBoxLayout>
#include <QHelpEvent>
#include <QLabel>
#include <QMenu>
#include <QMetaMethod>
#include <QToolButton>
#include <QToolTip>
#include <QUrl>

#include "core/domainlabels.h"
#include "hazardactions.h"
#include "hazardtimelineview.h"
#include "models/hazarddetailloader.h"
#include "models/sqlworker.h"
#include "photostrip.h"
#include "ui_hazarddetailpane.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
QString row(const QString &label, const QString &value)
{
    return u"<tr><td style='color:#666;padding-right:12px'>%1</td><td>%2</td></tr>"_s.arg(label.toHtmlEscaped(), value);
}

} // namespace

HazardDetailPane::HazardDetailPane(QWidget *parent) : QWidget(parent), m_ui(std::make_unique<Ui::HazardDetailPane>())
{
    m_ui->setupUi(this);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setStretchFactor(2, 2);
    connect(m_ui->summaryBrowser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == u"project")
            Q_EMIT projectRequested(url.path());
    });
    // The "unverified wording" mark is a link so it can carry its own tooltip (QTextBrowser shows none by itself).
    m_ui->summaryBrowser->viewport()->installEventFilter(this);
    connect(m_ui->photoList, &PhotoStrip::photosWanted, this, &HazardDetailPane::photosWanted);
    connect(m_ui->photoList, &PhotoStrip::statusChanged, this, &HazardDetailPane::updatePhotoStatus);
    connect(m_ui->downloadButton, &QPushButton::clicked, m_ui->photoList, &PhotoStrip::downloadMissing);
    clear();
}

HazardDetailPane::~HazardDetailPane() = default;

void HazardDetailPane::setSource(SqlWorker *worker, const QString &blobRoot, QDate today)
{
    m_worker = worker;
    m_blobRoot = blobRoot;
    m_today = today;
    m_ui->photoList->setSource(worker, blobRoot);
}

QString HazardDetailPane::uncertainToolTip() const
{
    return tr("This wording has not yet been checked against the official text of %1. Check it against the "
              "official document before citing it on a notice.")
        .arg(m_detail.criteriaDocument.isEmpty() ? m_detail.criteriaSetTitle : m_detail.criteriaDocument);
}

bool HazardDetailPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->summaryBrowser->viewport() && event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        if (m_ui->summaryBrowser->anchorAt(help->pos()) == u"uncertain:") {
            QToolTip::showText(help->globalPos(), uncertainToolTip(), m_ui->summaryBrowser->viewport());
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

PhotoStrip *HazardDetailPane::photoStrip() const
{
    return m_ui->photoList;
}

void HazardDetailPane::onPhotoFetched(const QString &sha256, bool isAvailable, const QString &message)
{
    m_ui->photoList->onPhotoFetched(sha256, isAvailable, message);
}

void HazardDetailPane::updatePhotoStatus()
{
    const QStringList missing = m_ui->photoList->missingPhotos();
    m_ui->downloadButton->setVisible(!missing.isEmpty()
                                     && isSignalConnected(QMetaMethod::fromSignal(&HazardDetailPane::photosWanted)));
    QString message;
    for (const QString &sha256 : missing) {
        if (m_ui->photoList->state(sha256) == PhotoStrip::State::Failed) {
            message = m_ui->photoList->message(sha256);
            break;
        }
    }
    m_ui->photoMessage->setText(message);
    m_ui->photoMessage->setVisible(!message.isEmpty());
}

void HazardDetailPane::clear()
{
    m_requestedId.clear();
    m_detail = HazardDetail{};
    m_ui->summaryBrowser->setHtml(u"<p style='color:#777'>%1</p>"_s.arg(tr("Select a hazard to see its detail.").toHtmlEscaped()));
    m_ui->photoList->clearPhotos();
    m_ui->timelineTree->clear();
    m_ui->photosLabel->setText(tr("Photos"));
    m_ui->timelineLabel->setText(tr("Timeline"));
    if (m_actions)
        m_actions->setHazard(m_detail);
}

void HazardDetailPane::showHazard(const QString &hazardId)
{
    if (!m_worker || hazardId.isEmpty() || hazardId == m_requestedId)
        return;
    m_requestedId = hazardId;
    const QString blobRoot = m_blobRoot;
    const QSet<QString> cached = m_ui->photoList->cachedThumbnails();
    m_worker->post<HazardDetail>(
        this,
        [hazardId, blobRoot, cached](ReadConnection db) { return HazardDetailLoader(db, blobRoot).load(hazardId, 128, cached); },
        [this, hazardId](HazardDetail detail) {
            if (hazardId != m_requestedId)
                return;
            m_detail = std::move(detail);
            render();
            Q_EMIT loaded(hazardId);
        });
}

void HazardDetailPane::reload()
{
    const QString id = m_requestedId.isEmpty() ? m_detail.id : m_requestedId;
    m_requestedId.clear();
    showHazard(id);
}

void HazardDetailPane::setActions(HazardActions *actions)
{
    m_actions = actions;
    delete m_actionBar;
    m_actionBar = new QWidget(this);
    m_actionBar->setObjectName(u"actionBar"_s);
    auto *bar = new QHBoxLayout(m_actionBar);
    bar->setContentsMargins(0, 0, 0, 0);
    bar->setSpacing(4);
    using Step = HazardActions::Step;
    for (Step step : {Step::Report, Step::Reinspect, Step::Close, Step::Extend, Step::Comment}) {
        auto *button = new QToolButton(m_actionBar);
        button->setDefaultAction(actions->action(step));
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        bar->addWidget(button);
    }
    auto *more = new QToolButton(m_actionBar);
    more->setObjectName(u"moreButton"_s);
    more->setText(tr("More"));
    more->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(more);
    menu->setToolTipsVisible(true); // a disabled step says why
    for (Step step : {Step::IssueNotice, Step::ListSupervision, Step::LiftSupervision, Step::Void})
        menu->addAction(actions->action(step));
    more->setMenu(menu);
    bar->addWidget(more);
    bar->addStretch(1);
    m_ui->layout->insertWidget(0, m_actionBar);
    if (!m_actionMessage) {
        m_actionMessage = new QLabel(this);
        m_actionMessage->setObjectName(u"actionMessage"_s);
        m_actionMessage->setWordWrap(true);
        m_actionMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_actionMessage->hide();
        m_ui->layout->insertWidget(1, m_actionMessage);
    }
    connect(actions, &HazardActions::message, this, &HazardDetailPane::showActionMessage);
    connect(actions, &HazardActions::stepRecorded, this, [this](const QString &hazardId) {
        if (hazardId == m_detail.id)
            reload();
    });
    actions->setHazard(m_detail);
}

void HazardDetailPane::showActionMessage(const QString &text, bool isWarning)
{
    if (!m_actionMessage)
        return;
    m_actionMessage->setText(text);
    m_actionMessage->setStyleSheet(isWarning ? u"background:#fff3e0;color:#8a4b00;padding:4px"_s
                                             : u"background:#e8f5e9;color:#1b5e20;padding:4px"_s);
    m_actionMessage->setVisible(!text.isEmpty());
}

QString HazardDetailPane::actionMessage() const
{
    return m_actionMessage && m_actionMessage->isVisible() ? m_actionMessage->text() : QString();
}

HazardTimelineView *HazardDetailPane::timeline() const
{
    return m_ui->timelineTree;
}

QString HazardDetailPane::summaryText() const
{
    return m_ui->summaryBrowser->toPlainText();
}

int HazardDetailPane::photoCount() const
{
    return m_ui->photoList->count();
}

int HazardDetailPane::timelineCount() const
{
    return m_ui->timelineTree->topLevelItemCount();
}

void HazardDetailPane::render()
{
    const HazardDetail &d = m_detail;
    if (!d.isFound) {
        m_ui->summaryBrowser->setHtml(u"<p>%1</p>"_s.arg(tr("This hazard is no longer in the data folder.").toHtmlEscaped()));
        m_ui->photoList->clearPhotos();
        m_ui->timelineTree->clear();
        if (m_actions)
            m_actions->setHazard(d);
        return;
    }
    const bool isOverdue = (d.status == u"open" || d.status == u"rectifying") && !d.effectiveDeadline.isEmpty()
        && d.effectiveDeadline < m_today.toString(Qt::ISODate);
    QString badges = u"<b>%1</b> · <span style='color:%2'>%3</span>"_s.arg(
        DomainLabels::hazardStatus(d.status).toHtmlEscaped(), d.isMajor ? u"#c62828"_s : u"#444"_s,
        DomainLabels::hazardLevel(d.isMajor).toHtmlEscaped());
    if (d.isSupervisionListed)
        badges += u" · <span style='color:#c62828'>%1</span>"_s.arg(
            DomainLabels::supervisionListing(d.supervisionLevel).toHtmlEscaped());
    if (isOverdue)
        badges += u" · <span style='color:#c62828'>%1</span>"_s.arg(tr("Overdue").toHtmlEscaped());

    QString html = u"<h3>%1</h3><p>%2 &nbsp; <span style='color:#777'>#%3</span></p><table>"_s.arg(
        d.description.toHtmlEscaped(), badges, QString::number(d.seq));
    html += row(tr("Project"), u"<a href='project:%1'>%2</a> · %3"_s.arg(d.projectId, d.projectName.toHtmlEscaped(),
                                                                       d.jurisdictionName.toHtmlEscaped()));
    html += row(tr("Location"), d.location.toHtmlEscaped());
    html += row(tr("Found"), u"%1 · %2"_s.arg(DomainLabels::localDateTime(d.foundAt), d.foundBy.toHtmlEscaped()));
    if (d.timeTrust.isDoubtful)
        html += row(tr("Time"), u"<span style='color:#c62828'>%1</span>"_s.arg(HazardTimelineView::timeDoubtText(d.timeTrust).toHtmlEscaped()));
    html += row(tr("Measure"), DomainLabels::measure(d.measure).toHtmlEscaped());
    html += row(tr("Deadline set"), d.deadline.isEmpty() ? u"—"_s : d.deadline);
    html += row(tr("Current deadline"), isOverdue ? u"<span style='color:#c62828'><b>%1</b></span>"_s.arg(d.effectiveDeadline)
                                                  : (d.effectiveDeadline.isEmpty() ? u"—"_s : d.effectiveDeadline));
    if (!d.closedAt.isEmpty())
        html += row(tr("Closed"), DomainLabels::localDateTime(d.closedAt));
    html += row(tr("Responsible"), u"%1 %2"_s.arg(d.responsibleEnterprise.toHtmlEscaped(), d.responsiblePerson.toHtmlEscaped()));
    html += u"</table><h4>%1</h4>"_s.arg(tr("Legal basis").toHtmlEscaped());
    if (d.criteriaItem.isEmpty()) {
        html += u"<p>%1</p>"_s.arg(tr("General hazard: no item of the major-hazard criteria applies.").toHtmlEscaped());
    } else {
        // Wording not yet checked against the official text is cited with a visible mark, never silently.
        const QString mark = d.isUncertain
            ? u" <a href='uncertain:' style='color:#b26a00;text-decoration:none'>⚠ %1</a>"_s.arg(
                  tr("unverified wording").toHtmlEscaped())
            : QString();
        html += u"<p><b>%1</b> %2<br>%3<br>%4%6</p><blockquote>%5</blockquote>"_s.arg(
            d.criteriaSetTitle.toHtmlEscaped(), d.criteriaDocument.toHtmlEscaped(),
            (d.articleNumber > 0 ? tr("Article %1 (%2)").arg(d.articleNumber).arg(d.articleTitle)
                                 : d.articleTitle) // a JGJ 59 score sheet has no article number
                .toHtmlEscaped(),
            (d.itemNumber > 0 ? tr("Item %1 · %2").arg(d.itemNumber).arg(d.criteriaItem)
                              : d.criteriaItem).toHtmlEscaped(),
            d.itemText.toHtmlEscaped(), mark);
    }
    m_ui->summaryBrowser->setHtml(html);

    m_ui->photosLabel->setText(tr("Photos (%1)").arg(d.photos.size()));
    m_ui->photoList->setCanDownload(isSignalConnected(QMetaMethod::fromSignal(&HazardDetailPane::photosWanted)));
    m_ui->photoList->setPhotos(d.photos);

    m_ui->timelineLabel->setText(tr("Timeline (%1 events)").arg(d.timeline.size()));
    m_ui->timelineTree->setEntries(d.timeline);
    if (m_actions)
        m_actions->setHazard(d);
}

} // namespace sitesafe
