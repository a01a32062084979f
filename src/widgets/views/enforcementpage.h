#pragma once

#include "ledgerpage.h"

namespace sitesafe {

class EnforcementListModel;

/// 执法: the enforcement actions (提醒 … 罚款 … 移交司法线索) with the violations they answer; the form records or edits one.
class EnforcementPage final : public LedgerPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnforcementPage)

public:
    /// `session` must outlive the page.
    explicit EnforcementPage(DataFolderSession &session, QWidget *parent = nullptr);
    ~EnforcementPage() override;

    EnforcementListModel *model() const;

protected:
    QDialog *makeForm(const QString &id) override;
    QString savedId(QDialog *form) const override;
    QString countText(int rows) const override;
};

} // namespace sitesafe
