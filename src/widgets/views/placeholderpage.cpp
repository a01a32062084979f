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
    // Centred by the spacers beside the column, not by a layout alignment: a layout item with an alignment gets
    // its one-line size hint and never its height for the width, so wrapped lines were cut off (issue 9).
    for (QLabel *label : {m_ui->titleLabel, m_ui->textLabel})
        label->setMaximumWidth(640);
}

PlaceholderPage::~PlaceholderPage() = default;

QString PlaceholderPage::text() const
{
    return m_ui->textLabel->text();
}

} // namespace sitesafe
