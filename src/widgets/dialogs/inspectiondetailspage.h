#pragma once

#include <QDate>
#include <QWizardPage>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace sitesafe {

class SqlWorker;

/// The wizard's second page: kind (全覆盖 with its round 1 or 2, 专项, 复查, 双随机, 督查), the inspection date (the
/// session's today by default) and the inspectors — the signed-in user first, then at least one more, typed or
/// chosen from names seen in earlier inspections. A label says before anything is saved that the law requires two
/// or more law-enforcement officers; while fewer than two different names are there, Next stays disabled and the
/// page shows InspectionRepository::validate's sentence.
class InspectionDetailsPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InspectionDetailsPage)

public:
    InspectionDetailsPage(SqlWorker &worker, QDate today, const QString &actor, QWidget *parent = nullptr);
    ~InspectionDetailsPage() override;

    bool isComplete() const override;
    QString kind() const;
    int round() const;
    QDate date() const;
    QStringList inspectors() const;
    /// Adds a name (trimmed; an empty or repeated one is ignored).
    void addInspector(const QString &name);
    /// The sentence shown while the page is not complete; empty when it is.
    QString problem() const;

    QComboBox *kindCombo() const { return m_kindCombo; }
    QComboBox *roundCombo() const { return m_roundCombo; }
    QDateEdit *dateEdit() const { return m_dateEdit; }
    QLineEdit *inspectorEdit() const { return m_inspectorEdit; }
    QListWidget *inspectorList() const { return m_inspectorList; }
    QLabel *problemLabel() const { return m_problemLabel; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void update();

    QComboBox *m_kindCombo = nullptr;
    QComboBox *m_roundCombo = nullptr;
    QDateEdit *m_dateEdit = nullptr;
    QListWidget *m_inspectorList = nullptr;
    QLineEdit *m_inspectorEdit = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QLabel *m_problemLabel = nullptr;
};

} // namespace sitesafe
