#include "inspectionworkspace.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

#include "checklistrunner.h"
#include "dialogs/certificatecheckdialog.h"
#include "dialogs/signinspectiondialog.h"
#include "evidencestrip.h"
#include "inspectionspage.h"
#include "models/checklistmodel.h"
#include "session/datafoldersession.h"
#include "storage/answerrepository.h"
#include "storage/datastore.h"
#include "storage/inspectionrepository.h"
#include "storage/inspectionsigner.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

InspectionWorkspace::InspectionWorkspace(DataFolderSession &session, QString inspectionId, QWidget *parent)
    : QWidget(parent), m_session(session), m_inspectionId(std::move(inspectionId))
{
    setObjectName(u"inspectionWorkspace"_s);
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(u"workspaceStatus"_s);
    bar->addWidget(m_statusLabel, 1);
    m_certificateButton = new QPushButton(tr("Check certificate…"), this);
    m_certificateButton->setObjectName(u"checkCertificateButton"_s);
    m_certificateButton->setToolTip(tr("Scan or paste the QR code of a certificate and check it against the roster "
                                       "(Ctrl+Shift+C)"));
    m_certificateButton->setShortcut(QKeySequence(u"Ctrl+Shift+C"_s));
    bar->addWidget(m_certificateButton);
    m_noticeButton = new QPushButton(tr("Issue notice…"), this);
    m_noticeButton->setObjectName(u"issueNoticeButton"_s);
    m_noticeButton->setToolTip(tr("Issue a notice for the open hazards this inspection found."));
    connect(m_noticeButton, &QPushButton::clicked, this, [this] { Q_EMIT noticeRequested(m_inspectionId); });
    bar->addWidget(m_noticeButton);
    m_amendButton = new QPushButton(tr("Make amendment…"), this);
    m_amendButton->setObjectName(u"amendButton"_s);
    m_amendButton->setToolTip(tr("A signed inspection is never edited: a correction is a new inspection that names it."));
    m_amendButton->setVisible(false);
    bar->addWidget(m_amendButton);
    layout->addLayout(bar);
    connect(m_certificateButton, &QPushButton::clicked, this, &InspectionWorkspace::checkCertificate);
    connect(m_amendButton, &QPushButton::clicked, this, [this] { amend(); });
    // Answers made, undone or redone change which answer the item's photos belong to.
    connect(m_session.undoStack(), &QUndoStack::indexChanged, this, &InspectionWorkspace::refreshItemPhotos);
    loadRunner();
}

InspectionWorkspace::~InspectionWorkspace() = default;

void InspectionWorkspace::loadRunner()
{
    if (m_runner) {
        layout()->removeWidget(m_runner);
        m_runner->deleteLater();
    }
    m_itemPhotos = nullptr;
    m_photoHint = nullptr;
    m_photoOwnerId.clear();
    m_runner = new ChecklistRunner(m_session, m_inspectionId, this);
    layout()->addWidget(m_runner);
    connect(m_runner, &ChecklistRunner::signRequested, this, [this] { sign(); });
    connect(m_runner, &ChecklistRunner::submitted, this, &InspectionWorkspace::inspectionChanged);
    connect(m_runner, &ChecklistRunner::loaded, this, [this] {
        refreshHeader();
        connect(m_runner->list()->selectionModel(), &QItemSelectionModel::currentChanged, this,
                &InspectionWorkspace::refreshItemPhotos, Qt::UniqueConnection);
        refreshItemPhotos();
    });
}

void InspectionWorkspace::refreshHeader()
{
    const ChecklistData &checklist = m_runner->model()->checklist();
    const bool isSigned = checklist.inspection.status == u"signed"_s;
    setWindowTitle(tr("Inspection — %1").arg(checklist.projectName));
    m_statusLabel->setText(isSigned ? tr("%1 · signed").arg(checklist.projectName) : checklist.projectName);
    m_amendButton->setVisible(isSigned);
}

void InspectionWorkspace::refreshItemPhotos()
{
    if (!m_runner || m_runner->currentItem() < 0)
        return;
    const ChecklistData &checklist = m_runner->model()->checklist();
    const QString code = checklist.items.value(m_runner->currentItem()).code;
    QString answerId;
    for (const InspectionAnswer &answer : AnswerRepository(m_session.store().connection()).answers(m_inspectionId)) {
        if (answer.itemCode == code && !answer.isWithdrawn)
            answerId = answer.id;
    }
    if (answerId == m_photoOwnerId && (m_itemPhotos || m_photoHint))
        return;
    m_photoOwnerId = answerId;
    QWidget *area = m_runner->photoArea();
    delete m_itemPhotos.data();
    delete m_photoHint;
    m_photoHint = nullptr;
    if (answerId.isEmpty()) {
        m_photoHint = new QLabel(tr("Answer the item (P, F or N) to attach photos to it."), area);
        m_photoHint->setObjectName(u"itemPhotoHint"_s);
        m_photoHint->setWordWrap(true);
        area->layout()->addWidget(m_photoHint);
        return;
    }
    const PhotoContext context{checklist.inspection.startedAt, checklist.projectName, InspectionsPage::actor(m_session),
                               m_session.timeTrust()};
    m_itemPhotos = new EvidenceStrip(m_session, u"inspection_answers"_s, answerId, context, area);
    m_itemPhotos->setEnabled(checklist.inspection.status != u"signed"_s);
    area->layout()->addWidget(m_itemPhotos);
}

bool InspectionWorkspace::sign()
{
    auto inspection = InspectionRepository(m_session.store().connection()).find(m_inspectionId);
    if (!inspection)
        return false;
    SignInspectionDialog dialog(m_session, *inspection, InspectionsPage::actor(m_session), this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    loadRunner();
    Q_EMIT inspectionChanged(m_inspectionId);
    return true;
}

QString InspectionWorkspace::amend()
{
    auto amendment = InspectionSigner(m_session.store())
                         .amend(m_inspectionId, InspectionsPage::actor(m_session), m_session.timeTrust());
    if (!amendment) {
        QMessageBox::warning(this, tr("Amendment"), amendment.error().message);
        return {};
    }
    Q_EMIT inspectionChanged(amendment.value());
    Q_EMIT openInspectionRequested(amendment.value());
    return amendment.value();
}

void InspectionWorkspace::checkCertificate()
{
    const ChecklistData &checklist = m_runner->model()->checklist();
    const bool isSigned = checklist.inspection.status == u"signed"_s;
    // A check made after signing belongs to the project, not to the frozen inspection.
    CertificateCheckDialog dialog(m_session, checklist.inspection.projectId, isSigned ? QString() : m_inspectionId, this);
    dialog.setInspectorName(InspectionsPage::actor(m_session));
    dialog.exec();
}

} // namespace sitesafe
