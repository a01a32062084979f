#pragma once

#include <functional>

#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>
#include <QWidget>

#include "core/error.h"
#include "models/noticefilter.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace sitesafe {

class DataFolderSession;
class NoticeListModel;
class NoticePrinter;

/// 文书: the supervision notices of the data folder with filters (kind, status: issued / voided / not yet
/// received / 拒签) and a search over number, project and recipient. For the current notice: open its PDF in the
/// system viewer, save it, print it (the stored bytes, NoticePrinter), record the receipt (signer and time, or 拒签)
/// and void it with a reason. A served notice is never undone or deleted: voiding keeps its number with the reason.
class NoticesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoticesPage)

public:
    /// `session` must outlive the page.
    explicit NoticesPage(DataFolderSession &session, QWidget *parent = nullptr);
    ~NoticesPage() override;

    NoticeListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLabel *messageLabel() const { return m_message; }
    QLabel *countLabel() const { return m_count; }
    QComboBox *kindCombo() const { return m_kind; }
    QComboBox *statusCombo() const { return m_status; }
    QLineEdit *searchEdit() const { return m_search; }
    QPushButton *voidButton() const { return m_voidButton; }
    QPushButton *receiptButton() const { return m_receiptButton; }

    NoticeFilter currentFilter() const;
    void reload();
    void focusSearch();
    /// Selects notice `id` once the list shows it (clears the filters that hide it first).
    void showNotice(const QString &id);
    /// The notice of the current row, or empty.
    QString currentNoticeId() const;

    /// Voids the notice with `reason` (required); the message line says what happened. Not undoable.
    Status voidNotice(const QString &id, const QString &reason);
    Status recordReceipt(const QString &id, const QString &signer, const QDateTime &at, bool isRefused);
    /// Writes the PDF stored at issue to `path`, byte for byte.
    Status savePdf(const QString &id, const QString &path);
    /// Where the QR codes of notices drawn on first opening point (NoticePdfBackfill::pdfOf: the province-scale
    /// demo's notices come without PDFs). Without it such a notice says its PDF is not on this computer.
    void setVerificationBase(std::function<QUrl()> base) { m_verificationBase = std::move(base); }

private:
    void buildLayout();
    void applyFilters();
    void updateActions();
    void updateCount();
    void showMessage(const QString &text, bool isError);
    void report(const Status &status, const QString &success);
    // The buttons' interactive halves: they ask (file name, reason, receipt, printer) then call the above.
    void openPdf();
    void savePdfAs();
    void printPdf();
    void askReceipt();
    void askVoid();
    QString actor() const;
    QString currentNumber() const;
    Result<QByteArray> pdfOf(const QString &id);

    DataFolderSession &m_session;
    NoticeListModel *m_model = nullptr;
    NoticePrinter *m_printer = nullptr;
    QTemporaryDir m_openedCopies; ///< copies handed to the system viewer, removed with the page
    QTimer m_searchDelay;
    std::function<QUrl()> m_verificationBase;
    QString m_pendingSelection;
    /// The current row as last read: the list keeps only windows of rows, and the current one may have scrolled
    /// out of them by the time a button is pressed.
    struct CurrentNotice {
        QString id;
        QString number;
        QString status;
        bool hasPdf = false;
    } m_current;
    QTableView *m_view = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_status = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_openButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_printButton = nullptr;
    QPushButton *m_receiptButton = nullptr;
    QPushButton *m_voidButton = nullptr;
};

} // namespace sitesafe
