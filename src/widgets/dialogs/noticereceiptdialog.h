#pragma once

#include <QDateTime>
#include <QDialog>

class QCheckBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;

namespace sitesafe {

/// 签收: who signed for the receiving party and when, or that they refused to sign (拒签, then the time it was
/// refused). Refusal needs no signer; a signature needs one.
class NoticeReceiptDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoticeReceiptDialog)

public:
    /// `now`: the local time the form starts from (the session's clock).
    NoticeReceiptDialog(const QString &noticeNumber, const QDateTime &now, QWidget *parent = nullptr);

    QString signer() const;
    /// The moment entered, in UTC.
    QDateTime receivedAt() const;
    bool isRefused() const;

    QLineEdit *signerEdit() const { return m_signer; }
    QDateTimeEdit *timeEdit() const { return m_time; }
    QCheckBox *refusedCheck() const { return m_refused; }

    void accept() override;

private:
    QLineEdit *m_signer = nullptr;
    QDateTimeEdit *m_time = nullptr;
    QCheckBox *m_refused = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace sitesafe
