#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QAction;
class QDialog;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QTableView;

namespace sitesafe {

class DataFolderSession;
class LedgerTableModel;

/// The shared frame of the ledger pages (执法, 事故, 险情): a "New …" button (Ctrl+N while the page is shown),
/// a project search, the count, and the list; Enter or a double-click opens the row's form. A saved form reloads
/// the list and selects the saved row. Subclasses give the model and the form.
class LedgerPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LedgerPage)

public:
    ~LedgerPage() override;

    LedgerTableModel *ledgerModel() const { return m_model; }
    QTableView *view() const { return m_view; }
    QAction *newAction() const { return m_newAction; }
    QLineEdit *searchEdit() const { return m_searchEdit; }
    QLabel *countLabel() const { return m_countLabel; }
    /// The open form, else nullptr.
    QDialog *form() const { return m_form.data(); }

    /// Opens the form of row `id` (empty: a new one), window-modal; returns at once with the form.
    QDialog *openForm(const QString &id);
    void reload();

protected:
    /// `model` is parented to the page.
    LedgerPage(DataFolderSession &session, LedgerTableModel *model, const QString &newText, QWidget *parent);
    virtual QDialog *makeForm(const QString &id) = 0;
    /// The id the accepted `form` saved.
    virtual QString savedId(QDialog *form) const = 0;
    virtual QString countText(int rows) const = 0;
    /// Called after every load (the incident page refreshes its deadline summary).
    virtual void afterLoad() {}
    /// The row under the filters, for a subclass's extra labels.
    QHBoxLayout *toolRow() const { return m_toolRow; }

    DataFolderSession &m_session;

private:
    void selectPending();

    LedgerTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QAction *m_newAction = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QLabel *m_countLabel = nullptr;
    QHBoxLayout *m_toolRow = nullptr;
    QPointer<QDialog> m_form;
    QTimer m_searchDelay;
    QString m_pendingSelection;
};

} // namespace sitesafe
