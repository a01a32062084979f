#include "noticereceiptdialog.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sitesafe {

NoticeReceiptDialog::NoticeReceiptDialog(const QString &noticeNumber, const QDateTime &now, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Record receipt of %1").arg(noticeNumber));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    m_signer = new QLineEdit(this);
    m_signer->setPlaceholderText(tr("Name of the person who signed for the recipient"));
    form->addRow(tr("&Signed by:"), m_signer);
    m_time = new QDateTimeEdit(now.toLocalTime(), this);
    m_time->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    m_time->setCalendarPopup(true);
    form->addRow(tr("&Time:"), m_time);
    m_refused = new QCheckBox(tr("The recipient refused to sign"), this);
    form->addRow(QString(), m_refused);
    connect(m_refused, &QCheckBox::toggled, m_signer, &QWidget::setDisabled);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color: #b02020;"_s);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &NoticeReceiptDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString NoticeReceiptDialog::signer() const
{
    return isRefused() ? QString() : m_signer->text().trimmed();
}

QDateTime NoticeReceiptDialog::receivedAt() const
{
    return m_time->dateTime().toUTC();
}

bool NoticeReceiptDialog::isRefused() const
{
    return m_refused->isChecked();
}

void NoticeReceiptDialog::accept()
{
    if (!isRefused() && signer().isEmpty()) {
        m_message->setText(tr("Enter who signed for the recipient, or tick that they refused to sign."));
        return;
    }
    QDialog::accept();
}

} // namespace sitesafe
