#include "ledgerpage.h"

#include <QAction>
#include <QDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include "models/ledgertablemodel.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

LedgerPage::LedgerPage(DataFolderSession &session, LedgerTableModel *model, const QString &newText, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(model)
{
    m_model->setParent(this);
    m_newAction = new QAction(newText, this);
    m_newAction->setObjectName(u"actionNewLedgerEntry"_s);
    m_newAction->setShortcut(QKeySequence::New);
    addAction(m_newAction);
    connect(m_newAction, &QAction::triggered, this, [this] { openForm({}); });
    auto *newButton = new QToolButton(this);
    newButton->setObjectName(u"newButton"_s);
    newButton->setDefaultAction(m_newAction);
    newButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(u"searchEdit"_s);
    m_searchEdit->setPlaceholderText(tr("Search project name"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setMinimumWidth(240);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(u"countLabel"_s);

    m_toolRow = new QHBoxLayout;
    m_toolRow->addWidget(newButton);
    m_toolRow->addSpacing(12);
    m_toolRow->addWidget(m_searchEdit);
    m_toolRow->addStretch(1);
    m_toolRow->addWidget(m_countLabel);

    m_view = new QTableView(this);
    m_view->setObjectName(u"ledgerTable"_s);
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_toolRow);
    layout->addWidget(m_view, 1);
    setTabOrder(newButton, m_searchEdit);
    setTabOrder(m_searchEdit, m_view);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(250);
    connect(&m_searchDelay, &QTimer::timeout, this, [this] { m_model->setSearch(m_searchEdit->text()); });
    connect(m_searchEdit, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (index.isValid())
            openForm(index.data(LedgerTableModel::IdRole).toString());
    });
    connect(m_model, &LedgerTableModel::loaded, this, [this](int rows) {
        m_countLabel->setText(countText(rows));
        selectPending();
        afterLoad();
    });
    connect(m_model, &LedgerTableModel::loadFailed, m_countLabel, &QLabel::setText);
}

LedgerPage::~LedgerPage() = default;

QDialog *LedgerPage::openForm(const QString &id)
{
    if (m_form) {
        m_form->raise();
        m_form->activateWindow();
        return m_form;
    }
    QDialog *form = makeForm(id);
    form->setAttribute(Qt::WA_DeleteOnClose);
    connect(form, &QDialog::accepted, this, [this, form] {
        m_pendingSelection = savedId(form);
        m_model->reload();
    });
    m_form = form;
    form->open();
    return form;
}

void LedgerPage::reload()
{
    m_model->reload();
}

void LedgerPage::selectPending()
{
    if (m_pendingSelection.isEmpty())
        return;
    const int row = m_model->rowOf(m_pendingSelection);
    m_pendingSelection.clear();
    if (row < 0)
        return;
    m_view->selectRow(row);
    m_view->scrollTo(m_model->index(row, 0));
}

} // namespace sitesafe
