#include "jurisdictioncombo.h"

#include <QSignalBlocker>

#include "models/referencelists.h"
#include "models/sqlworker.h"

namespace sitesafe {

JurisdictionCombo::JurisdictionCombo(SqlWorker &worker, bool offersProvince, const QString &preferred,
                                     QWidget *parent)
    : QComboBox(parent), m_wanted(preferred)
{
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    if (offersProvince)
        addItem(tr("Whole province"), QString());
    worker.post<QList<ReferenceLists::Choice>>(
        this, [](ReadConnection db) { return ReferenceLists::jurisdictions(db); },
        [this](const QList<ReferenceLists::Choice> &places) {
            const int before = currentIndex();
            {
                const QSignalBlocker blocker(this);
                for (const ReferenceLists::Choice &c : places)
                    addItem(c.label, c.code);
                setCurrentIndex(before);
            }
            const int wanted = findData(m_wanted);
            setCurrentIndex(wanted >= 0 ? wanted : qMax(0, before)); // emits when the choice changes
            // After the change of choice: a page that waits for the list reloads once, on loaded().
            m_isLoaded = true;
            Q_EMIT loaded();
        });
}

void JurisdictionCombo::select(const QString &code)
{
    m_wanted = code;
    if (m_isLoaded)
        setCurrentIndex(findData(code));
}

} // namespace sitesafe
