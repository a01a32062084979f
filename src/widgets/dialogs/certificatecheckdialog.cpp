#include "certificatecheckdialog.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/domainlabels.h"
#include "evidence/imagefile.h"
#include "session/datafoldersession.h"
#include "storage/datastore.h"
#include "storage/hazardrepository.h"
#include "sync/synccontroller.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {

QString colourOf(CertificateResult result)
{
    switch (result) {
    case CertificateResult::Valid: return u"#2e7d32"_s;
    case CertificateResult::Expired:
    case CertificateResult::Mismatch: return u"#c62828"_s;
    case CertificateResult::NotOnRoster: return u"#ef6c00"_s;
    case CertificateResult::Unverifiable: break;
    }
    return u"#616161"_s;
}

QString wordsOf(CertificateResult result)
{
    switch (result) {
    case CertificateResult::Valid: return CertificateCheckDialog::tr("Valid");
    case CertificateResult::Expired: return CertificateCheckDialog::tr("Expired");
    case CertificateResult::Mismatch: return CertificateCheckDialog::tr("Belongs to another person or enterprise");
    case CertificateResult::NotOnRoster: return CertificateCheckDialog::tr("Not on the roster");
    case CertificateResult::Unverifiable: break;
    }
    return CertificateCheckDialog::tr("Cannot be verified");
}

QString row(const QString &label, const QString &value)
{
    return u"<tr><td style='color:#555;padding-right:8px'>%1</td><td>%2</td></tr>"_s.arg(
        label.toHtmlEscaped(), value.isEmpty() ? u"—"_s : value.toHtmlEscaped());
}

} // namespace

CertificateCheckDialog::CertificateCheckDialog(DataFolderSession &session, QString projectId, QString inspectionId,
                                               QWidget *parent)
    : QDialog(parent),
      m_session(session),
      m_projectId(std::move(projectId)),
      m_inspectionId(std::move(inspectionId)),
      m_checker(session.store(), m_projectId)
{
    setWindowTitle(tr("Check a certificate"));
    setAcceptDrops(true);
    if (SyncController *sync = session.syncController(); sync && !sync->profile().userName.isEmpty())
        m_inspector = sync->profile().userName;
    else
        m_inspector = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME", u"local"_s));

    // Left: what is checked (picture or text) and who presents it.
    auto *input = new QGroupBox(tr("Certificate code"));
    m_preview = new QLabel(tr("Drop a picture of the certificate's QR code here"));
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setMinimumSize(260, 200);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setWordWrap(true);
    auto *loadButton = new QPushButton(tr("&Load picture…"));
    m_textEdit = new QPlainTextEdit;
    m_textEdit->setPlaceholderText(tr("…or paste the text of the code, or type the certificate number"));
    m_textEdit->setMaximumHeight(70);
    auto *checkTextButton = new QPushButton(tr("Check &text"));
    m_presenter = new QComboBox;
    m_presenter->setEditable(true);
    m_presenter->setInsertPolicy(QComboBox::NoInsert);
    m_presenter->addItem(tr("The holder of record"), QString());
    for (const RosterPerson &p : m_checker.keyPeople())
        m_presenter->addItem(u"%1 — %2 — %3"_s.arg(p.name, DomainLabels::keyPersonRole(p.role), p.enterpriseName),
                             p.personId);
    m_presenter->completer()->setFilterMode(Qt::MatchContains);
    m_presenter->completer()->setCompletionMode(QCompleter::PopupCompletion);
    auto *inputLayout = new QVBoxLayout(input);
    inputLayout->addWidget(m_preview, 1);
    inputLayout->addWidget(loadButton);
    inputLayout->addWidget(m_textEdit);
    inputLayout->addWidget(checkTextButton);
    inputLayout->addWidget(new QLabel(tr("Presented by:")));
    inputLayout->addWidget(m_presenter);

    // Right: the verdict and the roster record beside it.
    auto *result = new QGroupBox(tr("Verdict"));
    m_verdict = new QLabel(tr("Nothing checked yet"));
    QFont big = m_verdict->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_verdict->setFont(big);
    m_explanation = new QLabel;
    m_explanation->setWordWrap(true);
    m_roster = new QLabel;
    m_roster->setTextFormat(Qt::RichText);
    m_roster->setWordWrap(true);
    m_proposal = new QLabel;
    m_proposal->setWordWrap(true);
    m_proposal->setStyleSheet(u"background:#fff3e0;padding:6px"_s);
    m_proposal->hide();
    m_status = new QLabel;
    m_status->setWordWrap(true);
    auto *resultLayout = new QVBoxLayout(result);
    resultLayout->addWidget(m_verdict);
    resultLayout->addWidget(m_explanation);
    resultLayout->addWidget(new QLabel(tr("<b>Roster record</b>")));
    resultLayout->addWidget(m_roster);
    resultLayout->addWidget(m_proposal);
    resultLayout->addStretch(1);
    resultLayout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_recordCheck = buttons->addButton(tr("&Record check"), QDialogButtonBox::ActionRole);
    m_recordHazard = buttons->addButton(tr("Record &hazard…"), QDialogButtonBox::ActionRole);
    m_recordCheck->setEnabled(false);
    m_recordHazard->setEnabled(false);

    auto *columns = new QHBoxLayout;
    columns->addWidget(input, 2);
    columns->addWidget(result, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    m_reading = new QFutureWatcher<QrReading>(this);
    connect(m_reading, &QFutureWatcherBase::finished, this, &CertificateCheckDialog::takeReading);
    connect(loadButton, &QPushButton::clicked, this, &CertificateCheckDialog::chooseImageFile);
    connect(checkTextButton, &QPushButton::clicked, this, [this] { checkText(m_textEdit->toPlainText()); });
    connect(m_presenter, &QComboBox::currentIndexChanged, this, &CertificateCheckDialog::rejudge);
    connect(m_recordCheck, &QPushButton::clicked, this, [this] { recordCheck(); });
    connect(m_recordHazard, &QPushButton::clicked, this, [this] { recordHazard(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(900, 560);
}

CertificateCheckDialog::~CertificateCheckDialog() = default;

void CertificateCheckDialog::chooseImageFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Picture of a certificate's QR code"), {},
                                                      tr("Pictures (*.png *.jpg *.jpeg *.heic *.bmp)"));
    if (!path.isEmpty())
        loadImageFile(path);
}

void CertificateCheckDialog::loadImageFile(const QString &path)
{
    m_status->setStyleSheet({});
    m_status->setText(tr("Reading the code in %1…").arg(QFileInfo(path).fileName()));
    m_recordCheck->setEnabled(false);
    m_recordHazard->setEnabled(false);
    m_readingPending = true;
    m_reading->setFuture(QrCode::readFileLater(path));
}

void CertificateCheckDialog::takeReading()
{
    m_readingPending = false;
    const QrReading reading = m_reading->result();
    if (reading.preview.isNull()) { // the file itself could not be read: nothing to judge
        showError(reading.error.message);
        if (m_outcome)
            showOutcome();
        return;
    }
    m_preview->setPixmap(QPixmap::fromImage(reading.preview.scaled(
        m_preview->size().boundedTo(QSize(400, 400)), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    m_inputText = reading.isOk() ? std::optional<QString>(reading.text) : std::nullopt;
    m_unreadableReason = reading.isOk() ? QString() : reading.error.message;
    if (reading.isOk())
        m_textEdit->setPlainText(reading.text);
    rejudge();
}

void CertificateCheckDialog::loadImage(const QImage &image)
{
    m_preview->setPixmap(QPixmap::fromImage(
        image.scaled(m_preview->size().boundedTo(QSize(400, 400)), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    auto text = QrCode::read(image);
    m_inputText = text ? std::optional<QString>(text.value()) : std::nullopt;
    m_unreadableReason = text ? QString() : text.error().message;
    if (text)
        m_textEdit->setPlainText(text.value());
    rejudge();
}

void CertificateCheckDialog::checkText(const QString &text)
{
    m_inputText = text;
    m_unreadableReason.clear();
    rejudge();
}

void CertificateCheckDialog::setPresentingPerson(const QString &personId)
{
    const int index = m_presenter->findData(personId);
    if (index >= 0)
        m_presenter->setCurrentIndex(index);
}

QString CertificateCheckDialog::presentingPersonId() const
{
    return m_presenter->currentData().toString();
}

void CertificateCheckDialog::rejudge()
{
    if (!m_inputText && m_unreadableReason.isEmpty())
        return;
    const QDate day = m_session.today();
    m_outcome = m_inputText ? m_checker.check(*m_inputText, presentingPersonId(), day)
                            : m_checker.unreadable(m_unreadableReason, presentingPersonId(), day);
    m_recordedCheckId.clear();
    m_recordedHazardId.clear();
    m_status->clear();
    showOutcome();
}

void CertificateCheckDialog::showOutcome()
{
    const CertificateVerdict &verdict = m_outcome->verdict;
    m_verdict->setText(wordsOf(verdict.result()));
    m_verdict->setStyleSheet(u"color: %1"_s.arg(colourOf(verdict.result())));
    m_explanation->setText(verdict.explanation());
    if (const auto &r = m_outcome->roster) {
        const Certificate &c = r->certificate;
        m_roster->setText(u"<table>"_s + row(tr("Number"), c.number)
                          + row(tr("Kind"), DomainLabels::certificateKind(c.kind, c.operationKind))
                          + row(tr("Holder"), r->holderName) + row(tr("Enterprise"), r->holderEnterpriseName)
                          + row(tr("Issuer"), c.issuer) + row(tr("Issued on"), c.issuedOn.toString(Qt::ISODate))
                          + row(tr("Valid until"), c.validUntil.toString(Qt::ISODate))
                          + row(tr("E-certificate code"), c.eCertificateCode) + u"</table>"_s);
    } else {
        m_roster->setText(tr("No roster record."));
    }
    const auto &proposal = verdict.proposal();
    m_proposal->setVisible(proposal.has_value());
    if (proposal)
        m_proposal->setText(tr("Proposed major hazard (%1): %2")
                                .arg(DomainLabels::criterion(proposal->itemCode), proposal->description));
    m_recordCheck->setEnabled(true);
    m_recordHazard->setEnabled(proposal.has_value());
}

void CertificateCheckDialog::showError(const QString &message)
{
    m_status->setStyleSheet(u"color: #c62828"_s);
    m_status->setText(message);
}

bool CertificateCheckDialog::recordCheck()
{
    if (!m_outcome || !m_recordedCheckId.isEmpty())
        return false;
    auto id = m_checker.record(*m_outcome, m_inspectionId, m_inspector, m_session.timeTrust());
    if (!id) {
        showError(id.error().message);
        return false;
    }
    m_recordedCheckId = id.value();
    m_recordCheck->setEnabled(false); // one row per check: a second click would record it twice
    m_status->setStyleSheet({});
    m_status->setText(tr("Check recorded at %1.").arg(m_session.localNow().toString(u"HH:mm"_s)));
    return true;
}

bool CertificateCheckDialog::recordHazard(bool confirmed)
{
    if (!m_outcome || !m_outcome->verdict.proposal() || !m_recordedHazardId.isEmpty())
        return false;
    Hazard hazard = m_outcome->verdict.proposal()->toHazard(m_projectId, m_inspectionId, m_session.now());
    hazard.foundBy = m_inspector;
    hazard.timeTrust = m_session.timeTrust();
    if (m_hazardHandler) {
        m_hazardHandler(hazard);
        return true;
    }
    if (!confirmed
        && QMessageBox::question(this, tr("Record hazard"),
                                 tr("Record this major hazard?\n\n%1").arg(hazard.description))
               != QMessageBox::Yes)
        return false;
    auto id = HazardRepository(m_session.store().connection()).create(hazard, m_inspector);
    if (!id) {
        showError(id.error().message);
        return false;
    }
    m_recordedHazardId = id.value();
    m_recordHazard->setEnabled(false);
    m_status->setStyleSheet({});
    m_status->setText(tr("Hazard recorded (%1).").arg(DomainLabels::criterion(hazard.criteriaItem)));
    return true;
}

QString CertificateCheckDialog::verdictText() const
{
    return m_verdict->text();
}

QString CertificateCheckDialog::rosterText() const
{
    return m_roster->text();
}

void CertificateCheckDialog::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() || event->mimeData()->hasImage() || event->mimeData()->hasText())
        event->acceptProposedAction();
}

void CertificateCheckDialog::dropEvent(QDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile()) {
            loadImageFile(url.toLocalFile());
            event->acceptProposedAction();
            return;
        }
    }
    if (mime->hasImage()) {
        loadImage(qvariant_cast<QImage>(mime->imageData()));
        event->acceptProposedAction();
        return;
    }
    if (mime->hasText()) {
        m_textEdit->setPlainText(mime->text());
        checkText(mime->text());
        event->acceptProposedAction();
    }
}

} // namespace sitesafe
