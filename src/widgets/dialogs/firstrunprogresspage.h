#pragma once

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace sitesafe {

/// A first-run wizard page that does one long job and ends the wizard (the demo data set, the first download): a
/// progress bar, a sentence under it, and Try again after a failure that can be retried.
class FirstRunProgressPage : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstRunProgressPage)

public:
    explicit FirstRunProgressPage(QWidget *parent = nullptr);
    ~FirstRunProgressPage() override;

    int nextId() const override { return -1; }
    /// The sentence under the bar.
    QString status() const;

protected:
    /// Try again was pressed after showFailure(…, true).
    virtual void retry() = 0;

    /// Work under way: a busy bar (the total is not known yet) and `text`.
    void showWorking(const QString &text);
    /// `done` of `total` (busy when `total` is not positive).
    void showCount(qint64 done, qint64 total);
    void showFinished();
    void showFailure(const QString &message, bool canRetry);
    void setStatus(const QString &text);
    QLabel *statusLabel() const { return m_statusLabel; }
    QProgressBar *progressBar() const { return m_progressBar; }
    void retranslateRetry();

private:
    QProgressBar *m_progressBar = nullptr;
    QLabel *m_statusLabel = nullptr;
    QPushButton *m_retryButton = nullptr;
};

} // namespace sitesafe
