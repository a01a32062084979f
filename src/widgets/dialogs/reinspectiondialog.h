#pragma once

#include <QDialog>

#include "models/hazarddetail.h"

class QLabel;
class QPlainTextEdit;
class QRadioButton;

namespace sitesafe {

/// 复查: the ORIGINAL photo of the hazard beside the NEW one taken at the re-inspection, so the re-inspector judges
/// the same spot; passed or failed, a note (required when it failed: what is still wrong) and the new photos.
class ReinspectionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReinspectionDialog)

public:
    explicit ReinspectionDialog(const HazardDetail &detail, QWidget *parent = nullptr);

    bool isPassed() const;
    QString note() const;
    QStringList photoFiles() const { return m_files; }
    /// Shows `files` as the new photos (the first beside the original).
    void setPhotoFiles(const QStringList &files);
    void setPassed(bool isPassed);

private:
    void updateOk();
    static QPixmap picture(const QString &filePath, const QImage &fallback, const QSize &size);

    QLabel *m_original = nullptr;
    QLabel *m_new = nullptr;
    QLabel *m_newCaption = nullptr;
    QRadioButton *m_pass = nullptr;
    QRadioButton *m_fail = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QLabel *m_missing = nullptr;
    QPushButton *m_ok = nullptr;
    QStringList m_files;
};

} // namespace sitesafe
