#pragma once

#include <QWizardPage>

#include "models/inspectionchoices.h"

class QLabel;
class QListWidget;

namespace sitesafe {

class SqlWorker;

/// The wizard's last page: the checklists to walk. First the major-hazard criteria of the edition in force on the
/// inspection date (with its document number, e.g. 建质规〔2024〕5号), then the 19 JGJ 59-2011 score sheets with those
/// relevant to the project's 危大工程 and equipment ticked (ChecklistSelection). Space ticks and unticks. Finish
/// saves the draft; an error stays on this page as a sentence.
class InspectionChecklistPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InspectionChecklistPage)

public:
    explicit InspectionChecklistPage(SqlWorker &worker, QWidget *parent = nullptr);
    ~InspectionChecklistPage() override;

    void initializePage() override;
    bool validatePage() override;
    bool isComplete() const override;

    /// True once the editions and the project's works have been read for the current project and date.
    bool isReady() const { return m_isReady; }
    /// The ticked codes: the criteria edition first ("V2024"), then the sheets in order ("B.1", "B.14" …).
    QStringList checkedCodes() const;
    /// The edition in force on the inspection date; empty when none was.
    QString editionCode() const { return m_editionCode; }
    QListWidget *list() const { return m_list; }
    QLabel *editionLabel() const { return m_editionLabel; }
    QLabel *errorLabel() const { return m_errorLabel; }

private:
    struct Loaded {
        QList<InspectionChoices::Edition> editions;
        InspectionChoices::ProjectWorks works;
    };
    void fill(const Loaded &loaded, QDate date);

    SqlWorker &m_worker;
    QLabel *m_editionLabel = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_errorLabel = nullptr;
    QString m_editionCode;
    bool m_isReady = false;
    quint64 m_generation = 0;
};

} // namespace sitesafe
