#pragma once

#include <memory>

#include <QWidget>

class QLabel;

#include "models/hazarddetail.h"

namespace Ui {
class HazardDetailPane;
}

namespace sitesafe {

class HazardActions;
class HazardTimelineView;
class PhotoStrip;
class SqlWorker;

/// The detail of one hazard beside the list: description, status, legal basis (edition, article, item text,
/// marked "unverified wording" with a tooltip when the catalog has not checked it against the official text),
/// deadlines, responsible party, photo thumbnails, the steps of the loop that can be taken (HazardActions) and the
/// event timeline (HazardTimelineView: who, when in 北京时间, evidence, clock doubt; superseded events greyed, with the
/// reason). Reads on a worker connection; showing another hazard while one loads simply wins. Photos only the
/// server holds are asked for with photosWanted() (connect it to SyncController::fetchPhotos, and
/// SyncController::photoFetched to onPhotoFetched()); see PhotoStrip.
class HazardDetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HazardDetailPane)

public:
    explicit HazardDetailPane(QWidget *parent = nullptr);
    ~HazardDetailPane() override;

    /// Where to read from; call once before showHazard().
    void setSource(SqlWorker *worker, const QString &blobRoot, QDate today);
    void showHazard(const QString &hazardId);
    /// Reads the hazard shown again (after a step was recorded).
    void reload();
    void clear();
    /// The steps that can be taken on the hazard shown: buttons above the detail (the main steps, the others under
    /// "More"), kept enabled or disabled with the reason as the hazard changes; their messages show in a bar.
    void setActions(HazardActions *actions);
    /// The message bar's text (what a step did, or why it had no effect); empty when hidden.
    QString actionMessage() const;
    HazardTimelineView *timeline() const;
    const HazardDetail &detail() const { return m_detail; }
    QString summaryText() const;
    int photoCount() const;
    int timelineCount() const;
    PhotoStrip *photoStrip() const;
    /// The tooltip of the "unverified wording" mark shown beside a legal basis whose item is uncertain.
    QString uncertainToolTip() const;

public Q_SLOTS:
    /// A photo asked for with photosWanted() is on this computer now, or `message` says why not.
    void onPhotoFetched(const QString &sha256, bool isAvailable, const QString &message);

Q_SIGNALS:
    void projectRequested(const QString &projectId);
    void loaded(const QString &hazardId);
    /// Photos shown here that only the server holds, most wanted first (the ones on screen).
    void photosWanted(const QStringList &sha256s);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void render();
    void showActionMessage(const QString &text, bool isWarning);
    void updatePhotoStatus();

    std::unique_ptr<Ui::HazardDetailPane> m_ui;
    SqlWorker *m_worker = nullptr;
    QString m_blobRoot;
    QDate m_today;
    QString m_requestedId;
    HazardActions *m_actions = nullptr;
    QWidget *m_actionBar = nullptr;
    QLabel *m_actionMessage = nullptr;
    HazardDetail m_detail;
};

} // namespace sitesafe
