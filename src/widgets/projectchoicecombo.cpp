#include "projectchoicecombo.h"

#include <QCompleter>

#include "models/ledgerchoices.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

ProjectChoiceCombo::ProjectChoiceCombo(ReadConnection db, QWidget *parent) : QComboBox(parent)
{
    setObjectName(u"projectCombo"_s);
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    addItem(QString(), QString());
    for (const LedgerChoices::Choice &c : LedgerChoices::projects(db))
        addItem(c.label, c.id);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    completer()->setFilterMode(Qt::MatchContains);
    setMinimumWidth(320);
}

QString ProjectChoiceCombo::projectId() const
{
    // Typed text that names no project counts as none.
    if (currentIndex() < 0 || itemText(currentIndex()) != currentText())
        return {};
    return currentData().toString();
}

void ProjectChoiceCombo::setProjectId(const QString &id)
{
    setCurrentIndex(qMax(0, findData(id)));
}

} // namespace sitesafe
