#pragma once

#include <memory>

#include <QWidget>

namespace Ui {
class PlaceholderPage;
}

namespace sitesafe {

/// A page whose content arrives with a later issue (Inspections, Ledgers, Dashboard, Sync); it says what
/// will be there, so nobody mistakes it for missing data.
class PlaceholderPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaceholderPage)

public:
    PlaceholderPage(const QString &title, const QString &text, QWidget *parent = nullptr);
    ~PlaceholderPage() override;

    QString text() const;

private:
    std::unique_ptr<Ui::PlaceholderPage> m_ui;
};

} // namespace sitesafe
