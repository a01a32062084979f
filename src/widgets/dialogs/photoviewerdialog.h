#pragma once

#include <QDialog>
#include <QList>

#include "evidence/evidencephoto.h"

class QGraphicsPixmapItem;
class QGraphicsScene;
class QGraphicsView;
class QLabel;
class QToolButton;

namespace sitesafe {

/// Shows the photos of one record one at a time, large: the watermarked rendition (or the untouched original, by
/// the "Original" toggle), with what is known of it beside it: capture time in China time, GPS position, the
/// evidence flags as sentences and the full sha256. Zoom with + / - / the wheel, 0 fits the window, 1 shows actual
/// pixels; Left / Right (or Page Up / Page Down) go to the previous / next photo; Esc closes.
class PhotoViewerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PhotoViewerDialog)

public:
    PhotoViewerDialog(QList<EvidencePhoto> photos, int index, QWidget *parent = nullptr);
    ~PhotoViewerDialog() override;

    int currentIndex() const { return m_index; }
    /// Current magnification (1 = one image pixel per screen pixel).
    double zoom() const;
    bool isFitToWindow() const { return m_isFit; }
    bool isShowingOriginal() const { return m_isShowingOriginal; }
    /// The description beside the picture, as plain text (for tests and copying).
    QString description() const;

public Q_SLOTS:
    void showPhoto(int index);
    void next();
    void previous();
    void zoomIn();
    void zoomOut();
    void fitToWindow();
    void actualSize();
    void setShowingOriginal(bool isOriginal);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void setZoom(double zoom);
    void updateDescription();
    void updateButtons();

    QList<EvidencePhoto> m_photos;
    int m_index = -1;
    bool m_isFit = true;
    bool m_isShowingOriginal = false;
    QGraphicsScene *m_scene = nullptr;
    QGraphicsView *m_view = nullptr;
    QGraphicsPixmapItem *m_item = nullptr;
    QLabel *m_description = nullptr;
    QString m_descriptionText; ///< with the hash whole, for description()
    QLabel *m_position = nullptr;
    QToolButton *m_previousButton = nullptr;
    QToolButton *m_nextButton = nullptr;
    QToolButton *m_originalButton = nullptr;
};

} // namespace sitesafe
