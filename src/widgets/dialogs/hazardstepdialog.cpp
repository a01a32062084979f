#include "hazardstepdialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sitesafe {

HazardStepDialog::HazardStepDialog(const Options &options, QWidget *parent) : QDialog(parent), m_options(options)
{
    setWindowTitle(options.title);
    auto *layout = new QVBoxLayout(this);
    auto *prompt = new QLabel(options.prompt, this);
    prompt->setWordWrap(true);
    layout->addWidget(prompt);
    if (options.date.isValid()) {
        m_date = new QDateEdit(options.date, this);
        m_date->setObjectName(u"dateEdit"_s);
        m_date->setCalendarPopup(true);
        m_date->setDisplayFormat(u"yyyy-MM-dd"_s);
        layout->addWidget(m_date);
    }
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(u"noteEdit"_s);
    m_note->setTabChangesFocus(true);
    layout->addWidget(m_note);
    if (options.allowsPhotos) {
        auto *add = new QPushButton(tr("Add photos…"), this);
        m_photos = new QListWidget(this);
        m_photos->setObjectName(u"photoFiles"_s);
        m_photos->setMaximumHeight(90);
        connect(add, &QPushButton::clicked, this, [this] {
            addPhotoFiles(QFileDialog::getOpenFileNames(this, tr("Photos of the rectification"), QString(),
                                                        tr("Images (*.jpg *.jpeg *.png *.heic)")));
        });
        layout->addWidget(add, 0, Qt::AlignLeft);
        layout->addWidget(m_photos);
    }
    m_missing = new QLabel(this);
    m_missing->setStyleSheet(u"color:#b26a00"_s);
    layout->addWidget(m_missing);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    connect(m_note, &QPlainTextEdit::textChanged, this, &HazardStepDialog::updateOk);
    resize(460, 300);
    updateOk();
}

QString HazardStepDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

QDate HazardStepDialog::date() const
{
    return m_date ? m_date->date() : QDate();
}

QStringList HazardStepDialog::photoFiles() const
{
    QStringList files;
    for (int i = 0; m_photos && i < m_photos->count(); ++i)
        files << m_photos->item(i)->data(Qt::UserRole).toString();
    return files;
}

void HazardStepDialog::setNote(const QString &note)
{
    m_note->setPlainText(note);
}

void HazardStepDialog::addPhotoFiles(const QStringList &files)
{
    for (const QString &file : files) {
        auto *item = new QListWidgetItem(QFileInfo(file).fileName(), m_photos);
        item->setData(Qt::UserRole, file);
    }
}

void HazardStepDialog::updateOk()
{
    const bool isMissing = m_options.noteMode == NoteRequired && note().isEmpty();
    m_missing->setText(isMissing ? tr("The reason is needed.") : QString());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!isMissing);
}

} // namespace sitesafe
