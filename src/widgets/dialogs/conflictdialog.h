#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QDialog>

#include "storage/conflictrepository.h"
#include "storage/database.h"

class QUndoStack;

namespace Ui {
class ConflictDialog;
}

namespace sitesafe {

/// Resolves one sync conflict: shows the record, the field, the value before either change and both versions
/// side by side, and lets the user keep theirs, keep the server's or type a new value. OK applies the choice as
/// a ResolveConflictCommand on the given undo stack and closes; when the store refuses, the reason is shown and
/// the dialog stays open. Keyboard: Alt+M / Alt+S / Alt+E choose, Enter applies, Esc cancels.
class ConflictDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictDialog)

public:
    /// Where the resolution goes: the store written (must outlive the dialog), the undo stack, who resolves (audit log), and what to
    /// call after every redo/undo of the resolution (refresh, errors).
    struct Target {
        Database *database = nullptr;
        QUndoStack *undoStack = nullptr;
        QString actor;
        std::function<void(const Status &)> changed;
    };

    ConflictDialog(ConflictRecord conflict, Target target, QWidget *parent = nullptr);
    ~ConflictDialog() override;

    const ConflictRecord &conflict() const { return m_conflict; }
    /// The choice made (std::nullopt until one is).
    std::optional<ConflictRepository::Choice> choice() const;
    QString editedValue() const;
    /// The refusal shown under the choices (empty when none).
    QString errorMessage() const;

    void accept() override;

private:
    void updateButtons();

    std::unique_ptr<Ui::ConflictDialog> m_ui;
    ConflictRecord m_conflict;
    Target m_target;
};

} // namespace sitesafe
