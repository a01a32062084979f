#pragma once

#include <QComboBox>

#include "storage/readconnection.h"

namespace sitesafe {

/// The project of a ledger form: every project by name, typed to filter (any part of the name matches).
class ProjectChoiceCombo final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectChoiceCombo)

public:
    /// Reads the project names from `db` (one small query).
    explicit ProjectChoiceCombo(ReadConnection db, QWidget *parent = nullptr);

    /// Empty while none is chosen.
    QString projectId() const;
    void setProjectId(const QString &id);
};

} // namespace sitesafe
