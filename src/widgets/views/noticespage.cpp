#include "noticespage.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

#include "dialogs/noticereceiptdialog.h"
#include "models/noticelistmodel.h"
#include "noticeprinter.h"
#include "reports/noticeissuer.h"
#include "reports/noticepdfbackfill.h"
#include "session/datafoldersession.h"
#include "storage/datastore.h"
#include "storage/noticerepository.h"
#include "views/inspectionspage.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {

/// A file name from a notice number ("琼海建安整〔2026〕0042号" stays readable; path characters go).
QString fileNameFor(const QString &number)
{
    QString name = number;
    static const QString forbidden = u"/\\:*?\"<>|"_s;
    for (QChar &c : name)
        if (forbidden.contains(c))
            c = u'_';
    return (name.isEmpty() ? u"notice"_s : name) + u".pdf"_s;
}

} // namespace

NoticesPage::NoticesPage(DataFolderSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new NoticeListModel(session.store().database().path(), this))
    , m_printer(new NoticePrinter(this))
{
    buildLayout();
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(250);
    connect(&m_searchDelay, &QTimer::timeout, this, &NoticesPage::applyFilters);
    connect(m_model, &NoticeListModel::loaded, this, [this] {
        updateCount();
        if (!m_pendingSelection.isEmpty()) {
            if (const int row = m_model->rowOf(m_pendingSelection); row >= 0)
                m_view->selectRow(row);
            m_pendingSelection.clear();
        }
        updateActions();
    });
    connect(
        m_model, &NoticeListModel::loadFailed, this, [this](const QString &message) { showMessage(message, true); });
    connect(m_printer, &NoticePrinter::finished, this,
        [this](bool isOk, const QString &message) { showMessage(message, !isOk); });
}

NoticesPage::~NoticesPage() = default;

void NoticesPage::buildLayout()
{
    auto *layout = new QVBoxLayout(this);
    auto *filters = new QHBoxLayout;
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("All kinds"), QString());
    for (const QString &kind : NoticeListModel::kinds())
        m_kind->addItem(NoticeListModel::kindLabel(kind), kind);
    m_status = new QComboBox(this);
    m_status->addItem(tr("Any status"), QString());
    m_status->addItem(NoticeListModel::statusLabel(u"issued"_s), u"issued"_s);
    m_status->addItem(tr("Not yet received"), u"unreceived"_s);
    m_status->addItem(tr("Refused to sign"), u"refused"_s);
    m_status->addItem(NoticeListModel::statusLabel(u"voided"_s), u"voided"_s);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search number, project or recipient"));
    m_search->setClearButtonEnabled(true);
    filters->addWidget(new QLabel(tr("Kind:"), this));
    filters->addWidget(m_kind);
    filters->addWidget(new QLabel(tr("Status:"), this));
    filters->addWidget(m_status);
    filters->addWidget(m_search, 1);
    layout->addLayout(filters);

    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(NoticeListModel::Project, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(NoticeListModel::Number, QHeaderView::ResizeToContents);
    for (const int column :
        {NoticeListModel::Kind, NoticeListModel::Issued, NoticeListModel::Deadline, NoticeListModel::Status})
        m_view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    layout->addWidget(m_view, 1);

    auto *actions = new QHBoxLayout;
    m_openButton = new QPushButton(tr("&Open PDF"), this);
    m_saveButton = new QPushButton(tr("Save PDF &as…"), this);
    m_printButton = new QPushButton(tr("&Print…"), this);
    m_receiptButton = new QPushButton(tr("Record &receipt…"), this);
    m_voidButton = new QPushButton(tr("&Void…"), this);
    m_voidButton->setToolTip(tr("A served notice cannot be undone or deleted: voiding keeps its number, with the "
                                "reason."));
    m_count = new QLabel(this);
    for (QPushButton *button : {m_openButton, m_saveButton, m_printButton, m_receiptButton, m_voidButton})
        actions->addWidget(button);
    actions->addStretch(1);
    actions->addWidget(m_count);
    layout->addLayout(actions);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &NoticesPage::applyFilters);
    connect(m_status, &QComboBox::currentIndexChanged, this, &NoticesPage::applyFilters);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_current = {};
        updateActions();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &first, const QModelIndex &last) {
        const int row = m_view->currentIndex().row();
        if (row >= first.row() && row <= last.row())
            updateActions(); // the current row's window arrived
    });
    connect(m_view, &QTableView::doubleClicked, this, &NoticesPage::openPdf);
    connect(m_openButton, &QPushButton::clicked, this, &NoticesPage::openPdf);
    connect(m_saveButton, &QPushButton::clicked, this, &NoticesPage::savePdfAs);
    connect(m_printButton, &QPushButton::clicked, this, &NoticesPage::printPdf);
    connect(m_receiptButton, &QPushButton::clicked, this, &NoticesPage::askReceipt);
    connect(m_voidButton, &QPushButton::clicked, this, &NoticesPage::askVoid);
    updateActions();
}

NoticeFilter NoticesPage::currentFilter() const
{
    NoticeFilter f;
    f.kind = m_kind->currentData().toString();
    f.status = m_status->currentData().toString();
    f.searchText = m_search->text();
    return f;
}

void NoticesPage::applyFilters()
{
    m_model->setFilter(currentFilter());
}

void NoticesPage::reload()
{
    m_model->reload();
}

void NoticesPage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void NoticesPage::showNotice(const QString &id)
{
    m_pendingSelection = id;
    const QSignalBlocker blockKind(m_kind);
    const QSignalBlocker blockStatus(m_status);
    const QSignalBlocker blockSearch(m_search);
    m_kind->setCurrentIndex(0);
    m_status->setCurrentIndex(0);
    m_search->clear();
    m_model->setFilter(currentFilter());
    m_model->reload(id);
}

QString NoticesPage::currentNoticeId() const
{
    return m_view->currentIndex().isValid() ? m_current.id : QString();
}

QString NoticesPage::currentNumber() const
{
    return m_view->currentIndex().isValid() ? m_current.number : QString();
}

void NoticesPage::updateActions()
{
    const QModelIndex current = m_view->currentIndex();
    const bool isCurrentRow = current.isValid() && current.row() < m_model->rowCount();
    if (!isCurrentRow) {
        m_current = {};
    } else if (m_model->isRowLoaded(current.row())) { // row() would ask for a dropped window again
        const NoticeListModel::Row row = m_model->row(current.row());
        m_current = {row.id, row.number, row.status, row.hasPdf};
    }
    // else its window is on its way (dataChanged() calls again) or was dropped meanwhile: keep what was read
    const bool hasRow = isCurrentRow && !m_current.id.isEmpty();
    const bool isIssued = hasRow && m_current.status == u"issued";
    // An issued notice without a recorded PDF (the province-scale demo's) gets it drawn when first opened.
    const bool canDraw = isIssued && m_verificationBase;
    for (QPushButton *button : {m_openButton, m_saveButton, m_printButton})
        button->setEnabled(hasRow && (m_current.hasPdf || canDraw));
    m_receiptButton->setEnabled(isIssued);
    m_voidButton->setEnabled(isIssued);
}

void NoticesPage::updateCount()
{
    m_count->setText(tr("%n notice(s)", nullptr, m_model->rowCount()));
}

void NoticesPage::showMessage(const QString &text, bool isError)
{
    m_message->setText(text);
    m_message->setStyleSheet(isError ? u"color: #b02020;"_s : QString());
}

void NoticesPage::report(const Status &status, const QString &success)
{
    if (status) {
        showMessage(success, false);
        m_pendingSelection = currentNoticeId();
        m_model->reload(m_pendingSelection);
    } else {
        showMessage(status.error().message, true);
    }
}

QString NoticesPage::actor() const
{
    return InspectionsPage::actor(m_session);
}

Status NoticesPage::voidNotice(const QString &id, const QString &reason)
{
    // NoticeRepository refuses an empty reason with its own sentence, shown like any other refusal.
    const Status status = NoticeRepository(m_session.store().connection()).voidNotice(id, reason.trimmed(), actor());
    report(status, tr("The notice was voided; its number stays used, with the reason."));
    return status;
}

Status NoticesPage::recordReceipt(const QString &id, const QString &signer, const QDateTime &at, bool isRefused)
{
    const Status status
        = NoticeRepository(m_session.store().connection()).recordReceipt(id, signer, at, isRefused, actor());
    report(status, isRefused ? tr("Recorded: the recipient refused to sign.") : tr("The receipt was recorded."));
    return status;
}

Result<QByteArray> NoticesPage::pdfOf(const QString &id)
{
    if (!m_verificationBase)
        return NoticeIssuer::storedPdf(m_session.store(), id);
    return NoticePdfBackfill::pdfOf(m_session.store(), m_verificationBase(), id);
}

Status NoticesPage::savePdf(const QString &id, const QString &path)
{
    const Result<QByteArray> pdf = pdfOf(id);
    if (!pdf) {
        showMessage(pdf.error().message, true);
        return pdf.error();
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(pdf.value()) != pdf.value().size() || !out.commit()) {
        const Error error {u"notice.save_pdf"_s,
            tr("The PDF could not be written to %1 (%2). Choose a folder you can "
               "write to.")
                .arg(QDir::toNativeSeparators(path), out.errorString())};
        showMessage(error.message, true);
        return error;
    }
    showMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)), false);
    return {};
}

void NoticesPage::openPdf()
{
    const QString id = currentNoticeId();
    if (id.isEmpty() || !m_openedCopies.isValid())
        return;
    const QString path = m_openedCopies.filePath(fileNameFor(currentNumber()));
    if (!savePdf(id, path))
        return;
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        showMessage(tr("No PDF viewer opened the notice. Use Save PDF as… and open the file yourself."), true);
}

void NoticesPage::savePdfAs()
{
    const QString id = currentNoticeId();
    if (id.isEmpty())
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save notice PDF"), QDir::home().filePath(fileNameFor(currentNumber())), tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        savePdf(id, path);
}

void NoticesPage::printPdf()
{
    const QString id = currentNoticeId();
    if (id.isEmpty())
        return;
    const Result<QByteArray> pdf = pdfOf(id);
    if (!pdf) {
        showMessage(pdf.error().message, true);
        return;
    }
    QPrinter printer;
    printer.setDocName(currentNumber());
    QPrintDialog dialog(&printer, this);
    dialog.setOption(QAbstractPrintDialog::PrintPageRange, false);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const Status status = m_printer->print(pdf.value(), currentNumber(), printer); !status)
        showMessage(status.error().message, true);
    else if (printer.outputFormat() == QPrinter::PdfFormat)
        showMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(printer.outputFileName())), false);
}

void NoticesPage::askReceipt()
{
    const QString id = currentNoticeId();
    if (id.isEmpty())
        return;
    NoticeReceiptDialog dialog(currentNumber(), m_session.localNow(), this);
    if (dialog.exec() == QDialog::Accepted)
        recordReceipt(id, dialog.signer(), dialog.receivedAt(), dialog.isRefused());
}

void NoticesPage::askVoid()
{
    const QString id = currentNoticeId();
    if (id.isEmpty())
        return;
    bool isOk = false;
    const QString reason = QInputDialog::getMultiLineText(this, tr("Void %1").arg(currentNumber()),
        tr("Why was this notice issued in error? Voiding cannot be undone; the number stays used, with this reason."),
        QString(), &isOk);
    if (isOk)
        voidNotice(id, reason);
}

} // namespace sitesafe
