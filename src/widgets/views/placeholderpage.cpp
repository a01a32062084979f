#include "placeholderpage.h"

#include "ui_placeholderpage.h"

namespace sitesafe {

PlaceholderPage::PlaceholderPage(const QString &title, const QString &text, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::PlaceholderPage>())
{
    m_ui->setupUi(this);
    QFont font = m_ui->titleLabel->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    m_ui->titleLabel->setFont(font);
    m_ui->titleLabel->setText(title);
    m_ui->textLabel->setText(text);
    m_ui->textLabel->setMaximumWidth(640);
    m_ui->layout->setAlignment(m_ui->textLabel, Qt::AlignHCenter);
}

PlaceholderPage::~PlaceholderPage() = default;

QString PlaceholderPage::text() const
{
    return m_ui->textLabel->text();
}

} // namespace sitesafe
