#pragma once

#include <memory>

#include <QWidget>

#include "models/hazarddetail.h"

namespace Ui {
class HazardDetailPane;
}

namespace sitesafe {

class PhotoStrip;
class SqlWorker;

/// The detail of one hazard beside the list: description, status, legal basis (edition, article, item text,
/// marked "unverified wording" with a tooltip when the catalog has not checked it against the official text),
/// deadlines, responsible party, photo thumbnails and the event timeline (superseded events greyed, with the
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
    void clear();
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
    void updatePhotoStatus();

    std::unique_ptr<Ui::HazardDetailPane> m_ui;
    SqlWorker *m_worker = nullptr;
    QString m_blobRoot;
    QDate m_today;
    QString m_requestedId;
    HazardDetail m_detail;
};

} // namespace sitesafe
