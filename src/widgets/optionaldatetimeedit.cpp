#include "optionaldatetimeedit.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>

using namespace Qt::StringLiterals;

namespace sitesafe {

OptionalDateTimeEdit::OptionalDateTimeEdit(const QString &checkText, Precision precision, QWidget *parent)
    : QWidget(parent), m_check(new QCheckBox(checkText, this)), m_edit(new QDateTimeEdit(this))
{
    m_check->setObjectName(u"check"_s);
    m_edit->setObjectName(u"edit"_s);
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(precision == Precision::Minute ? u"yyyy-MM-dd HH:mm"_s : u"yyyy-MM-dd"_s);
    m_edit->setTimeSpec(Qt::LocalTime);
    m_edit->setEnabled(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_check);
    layout->addWidget(m_edit, 1);
    connect(m_check, &QCheckBox::toggled, this, [this](bool isOn) {
        m_edit->setEnabled(isOn);
        if (isOn && !m_wasSet && m_fallback.isValid())
            m_edit->setDateTime(m_fallback.toLocalTime());
        m_wasSet = m_wasSet || isOn;
        Q_EMIT changed();
    });
    connect(m_edit, &QDateTimeEdit::dateTimeChanged, this, &OptionalDateTimeEdit::changed);
}

void OptionalDateTimeEdit::setDateTime(const QDateTime &time)
{
    m_wasSet = time.isValid();
    m_loaded = time;
    if (time.isValid())
        m_edit->setDateTime(time.toLocalTime());
    m_check->setChecked(time.isValid());
}

QDateTime OptionalDateTimeEdit::dateTime() const
{
    if (!m_check->isChecked())
        return {};
    // Whole minutes: what the form shows is what is stored; an untouched loaded time keeps its seconds, so
    // saving an unchanged form changes nothing.
    QDateTime t = m_edit->dateTime();
    t.setTime(QTime(t.time().hour(), t.time().minute()));
    if (m_loaded.isValid() && m_loaded.secsTo(t.toUTC()) <= 0 && m_loaded.secsTo(t.toUTC()) > -60)
        return m_loaded;
    return t.toUTC();
}

void OptionalDateTimeEdit::setDate(QDate date)
{
    m_wasSet = date.isValid();
    if (date.isValid())
        m_edit->setDate(date);
    m_check->setChecked(date.isValid());
}

QDate OptionalDateTimeEdit::date() const
{
    return m_check->isChecked() ? m_edit->date() : QDate();
}

bool OptionalDateTimeEdit::isChecked() const
{
    return m_check->isChecked();
}

void OptionalDateTimeEdit::setChecked(bool isChecked)
{
    m_check->setChecked(isChecked);
}

} // namespace sitesafe
