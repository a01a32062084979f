#pragma once

#include <QDate>
#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;

namespace sitesafe {

/// Asks for what one step of the hazard loop needs: a note (required for a reason, optional otherwise), a date
/// (the new deadline of an extension) and image files as evidence (a rectification report). OK stays disabled until
/// what is required is there, and a line says what is missing.
class HazardStepDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HazardStepDialog)

public:
    enum NoteMode { NoteOptional, NoteRequired };
    struct Options {
        QString title;
        QString prompt;
        NoteMode noteMode = NoteOptional;
        bool allowsPhotos = false;
        QDate date; ///< invalid: no date asked; else the date offered first
    };

    explicit HazardStepDialog(const Options &options, QWidget *parent = nullptr);

    QString note() const;
    QDate date() const;
    QStringList photoFiles() const;
    void setNote(const QString &note);
    void addPhotoFiles(const QStringList &files);

private:
    void updateOk();

    Options m_options;
    QPlainTextEdit *m_note = nullptr;
    QDateEdit *m_date = nullptr;
    QListWidget *m_photos = nullptr;
    QLabel *m_missing = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace sitesafe
