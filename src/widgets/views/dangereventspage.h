#pragma once

#include "ledgerpage.h"

namespace sitesafe {

class DangerEventListModel;

/// 险情: the 重大险情 ledger; the form records or edits one, linked to a hazard of its project.
class DangerEventsPage final : public LedgerPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DangerEventsPage)

public:
    /// `session` must outlive the page.
    explicit DangerEventsPage(DataFolderSession &session, QWidget *parent = nullptr);
    ~DangerEventsPage() override;

    DangerEventListModel *model() const;

protected:
    QDialog *makeForm(const QString &id) override;
    QString savedId(QDialog *form) const override;
    QString countText(int rows) const override;
};

} // namespace sitesafe
