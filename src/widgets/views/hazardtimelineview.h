#pragma once

#include <QTreeWidget>

#include "core/timetrust.h"
#include "models/hazarddetail.h"

namespace sitesafe {

/// A hazard's event timeline, oldest first: when (北京时间, with ⚠ when the recording device's clock was in doubt),
/// the step (DomainLabels::hazardEvent), who with their role, the note (new deadline, listing level, reason), and
/// the thumbnails of the photos taken as evidence of that step. Events the fold did not apply (superseded, or
/// withdrawn by their author) stay visible, greyed and in italics, with the reason beside the note and as tool
/// tip: the history is evidence, nothing is hidden.
class HazardTimelineView final : public QTreeWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HazardTimelineView)

public:
    enum Column { When, Event, By, Note, Evidence, ColumnCount };

    explicit HazardTimelineView(QWidget *parent = nullptr);

    void setEntries(const QList<HazardTimelineEntry> &entries);
    /// A stored UTC time as Beijing time, "yyyy-MM-dd HH:mm" (China keeps no daylight saving time).
    static QString beijingTime(const QString &storedTime);
    /// Why a stamped time is in doubt, in words: "the device clock was 2 h 5 min behind the server's …".
    static QString timeDoubtText(const TimeTrust &trust);
    /// "wang (Supervisor)"; the name alone for rows recorded before roles were kept.
    static QString actorText(const QString &actor, const QString &role);

private:
    static QPixmap evidenceStrip(const QList<HazardPhoto> &photos, int height);
};

} // namespace sitesafe
