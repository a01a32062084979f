#pragma once

#include <QCache>
#include <QImage>
#include <QListWidget>

#include "models/hazarddetail.h"

namespace sitesafe {

class SqlWorker;

/// The photo thumbnails of one record. Photos on this computer show as thumbnails (decoded at thumbnail size on
/// the worker thread and cached by sha256); photos only the server holds show as a placeholder and are asked for
/// with photosWanted() as soon as they are shown (the sync engine downloads them, smallest first) and again when
/// the user activates one. onPhotoFetched() swaps a placeholder for the thumbnail, or shows why it failed.
/// Double-click or Enter on a thumbnail opens the photo in the system's viewer, or, after setOpensExternally(false),
/// emits photoOpened() so the owner shows its own viewer (EvidenceStrip).
class PhotoStrip final : public QListWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PhotoStrip)

public:
    enum class State {
        Local,       ///< on this computer
        Remote,      ///< only on the server
        Downloading, ///< asked for; waiting for photoFetched
        Failed,      ///< the last download failed; message() says why
    };
    Q_ENUM(State)

    explicit PhotoStrip(QWidget *parent = nullptr);
    ~PhotoStrip() override;

    /// Where thumbnails of downloaded photos are read (the store's blobs/ folder); call once.
    void setSource(SqlWorker *worker, const QString &blobRoot);
    /// Whether anyone can download (the pane's photosWanted is connected); otherwise remote photos just wait.
    void setCanDownload(bool canDownload) { m_canDownload = canDownload; }
    /// false: a local photo activated is announced with photoOpened() instead of opened in the system's viewer.
    void setOpensExternally(bool opensExternally) { m_opensExternally = opensExternally; }
    /// Shows `photos`, replacing what was shown, and asks for the ones only the server holds.
    void setPhotos(const QList<HazardPhoto> &photos);
    void clearPhotos();

    State state(const QString &sha256) const;
    /// The sentence of the last failed download of `sha256`.
    QString message(const QString &sha256) const;
    /// Photos shown that are not on this computer (not yet asked for, or failed).
    QStringList missingPhotos() const;
    /// The sha256 of every thumbnail cached (the loader need not decode these again).
    QSet<QString> cachedThumbnails() const;
    bool hasThumbnail(const QString &sha256) const;

public Q_SLOTS:
    /// Asks for `sha256s` again (the "Download" affordance).
    void download(const QStringList &sha256s);
    /// Asks for the selected photos that are not here, or for all of them when none is selected.
    void downloadMissing();
    /// Answer to photosWanted(), once per photo (SyncController::photoFetched).
    void onPhotoFetched(const QString &sha256, bool isAvailable, const QString &message);

Q_SIGNALS:
    void photosWanted(const QStringList &sha256s);
    /// A photo on this computer was activated (only when not opening externally); `row` as given to setPhotos().
    void photoOpened(int row);
    /// Some photo changed state (for the pane's message and button).
    void statusChanged();

private:
    enum Role { ShaRole = Qt::UserRole, StateRole, PathRole, MessageRole };
    QListWidgetItem *itemOf(const QString &sha256) const;
    void setState(QListWidgetItem *item, State state, const QString &message = {});
    void showThumbnail(QListWidgetItem *item, const QImage &thumbnail, const QString &path);
    void loadThumbnail(const QString &sha256);
    void open(QListWidgetItem *item);

    SqlWorker *m_worker = nullptr;
    QString m_blobRoot;
    bool m_canDownload = true;
    bool m_opensExternally = true;
    QCache<QString, QImage> m_thumbnails; ///< cost in KiB
};

} // namespace sitesafe
