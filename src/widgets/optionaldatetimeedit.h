#pragma once

#include <QDateTime>
#include <QWidget>

class QCheckBox;
class QDateTimeEdit;

namespace sitesafe {

/// A time that may not have happened yet (reported to the bureau, entered on the national platform, the
/// investigation closed): a check box "done" and the date-time (or date) beside it, in local time. Unchecked
/// means none; checking it the first time fills in `fallback` (the session's now) for the user to correct.
class OptionalDateTimeEdit final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OptionalDateTimeEdit)

public:
    enum class Precision { Minute, Day };

    OptionalDateTimeEdit(const QString &checkText, Precision precision, QWidget *parent = nullptr);

    /// The time to fill in when first checked.
    void setFallback(const QDateTime &fallback) { m_fallback = fallback; }
    /// Invalid: unchecked.
    void setDateTime(const QDateTime &time);
    /// The time entered (UTC), or invalid when unchecked.
    QDateTime dateTime() const;
    void setDate(QDate date);
    QDate date() const;
    bool isChecked() const;
    void setChecked(bool isChecked);
    QCheckBox *checkBox() const { return m_check; }
    QDateTimeEdit *edit() const { return m_edit; }

Q_SIGNALS:
    void changed();

private:
    QCheckBox *m_check = nullptr;
    QDateTimeEdit *m_edit = nullptr;
    QDateTime m_fallback;
    QDateTime m_loaded; ///< the time given to setDateTime(), kept to the millisecond while the minute shown stays
    bool m_wasSet = false;
};

} // namespace sitesafe
