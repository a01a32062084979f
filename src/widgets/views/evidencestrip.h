#pragma once

#include <QList>
#include <QWidget>

#include "evidence/evidencephoto.h"
#include "evidence/photocontext.h"

class QLabel;
class QProgressBar;
class QPushButton;

namespace sitesafe {

class DataFolderSession;
class EvidenceWorker;
class PhotoStrip;

/// The evidence photos of one record, for embedding in any form that records something on site (the checklist
/// runner's item, the hazard form, an inspection):
///
///     auto *strip = new EvidenceStrip(session, u"hazards"_s, hazardId,
///                                     PhotoContext{inspection.startedAt, projectName, inspectorName, {}}, this);
///
/// `ownerEntity` is the table of the owner record ("hazards", "inspections", "inspection_answers" …) and `ownerId`
/// its id; `context` is what the photos are compared with and watermarked with (its timeTrust is refreshed from
/// the session at every import). It shows the record's thumbnails (PhotoStrip), takes files from "Add photos…"
/// (JPEG, PNG, HEIC) or dropped on it, imports them off the UI thread with a progress bar (EvidenceWorker) and
/// shows every refusal as a sentence; flagged photos are kept. Double-click or Enter opens PhotoViewerDialog.
/// The session must outlive the strip.
class EvidenceStrip final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidenceStrip)

public:
    EvidenceStrip(DataFolderSession &session, QString ownerEntity, QString ownerId, PhotoContext context,
                  QWidget *parent = nullptr);
    ~EvidenceStrip() override;

    /// The photos shown, oldest first.
    const QList<EvidencePhoto> &photos() const { return m_photos; }
    int photoCount() const { return int(m_photos.size()); }
    bool isImporting() const { return m_isImporting; }
    /// The sentences of the last import's refusals (empty when every file was taken).
    QString message() const;
    PhotoStrip *thumbnails() const { return m_strip; }

public Q_SLOTS:
    /// Imports `paths` (what "Add photos…" and a drop do).
    void addFiles(const QStringList &paths);
    /// Opens the file dialog.
    void choosePhotos();
    /// Opens the viewer on photo `index`.
    void openViewer(int index);
    /// Reads the record's photos again.
    void reload();
    void cancelImport();

Q_SIGNALS:
    /// The photos shown changed (loaded, or one added).
    void photosChanged(int count);
    /// An import ended: how many files were taken and refused.
    void importFinished(int importedCount, int failedCount);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void showPhotos(const QList<EvidencePhoto> &photos);
    void onPhotoFetched(const QString &sha256, bool isAvailable, const QString &message);

    DataFolderSession &m_session;
    EvidenceWorker *m_worker = nullptr;
    QList<EvidencePhoto> m_photos;
    QStringList m_failures;
    bool m_isImporting = false;
    PhotoStrip *m_strip = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace sitesafe
