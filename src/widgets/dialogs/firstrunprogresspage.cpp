#include "firstrunprogresspage.h"

#include <algorithm>

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
constexpr int kSteps = 1000;
}

FirstRunProgressPage::FirstRunProgressPage(QWidget *parent)
    : QWizardPage(parent)
{
    setFinalPage(true);
    m_progressBar = new QProgressBar(this);
    m_progressBar->setObjectName(u"progressBar"_s);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(u"statusLabel"_s);
    m_statusLabel->setWordWrap(true);
    m_retryButton = new QPushButton(this);
    m_retryButton->setObjectName(u"retryButton"_s);
    m_retryButton->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progressBar);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_retryButton, 0, Qt::AlignLeft);
    layout->addStretch();
    connect(m_retryButton, &QPushButton::clicked, this, [this] { retry(); });
    retranslateRetry();
}

FirstRunProgressPage::~FirstRunProgressPage() = default;

QString FirstRunProgressPage::status() const
{
    return m_statusLabel->text();
}

void FirstRunProgressPage::showWorking(const QString &text)
{
    m_retryButton->hide();
    m_statusLabel->setStyleSheet(QString());
    m_statusLabel->setText(text);
    m_progressBar->setRange(0, 0);
}

void FirstRunProgressPage::showCount(qint64 done, qint64 total)
{
    if (total > 0) {
        m_progressBar->setRange(0, kSteps);
        m_progressBar->setValue(int(std::clamp<qint64>(done * kSteps / total, 0, kSteps)));
    } else {
        m_progressBar->setRange(0, 0);
    }
}

void FirstRunProgressPage::showFinished()
{
    m_progressBar->setRange(0, kSteps);
    m_progressBar->setValue(kSteps);
}

void FirstRunProgressPage::showFailure(const QString &message, bool canRetry)
{
    m_progressBar->setRange(0, kSteps);
    m_progressBar->setValue(0);
    m_statusLabel->setStyleSheet(u"color: #b00020;"_s);
    m_statusLabel->setText(message);
    m_retryButton->setVisible(canRetry);
}

void FirstRunProgressPage::setStatus(const QString &text)
{
    m_statusLabel->setText(text);
}

void FirstRunProgressPage::retranslateRetry()
{
    m_retryButton->setText(tr("Try &again"));
}

} // namespace sitesafe
