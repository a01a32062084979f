#pragma once

#include <QCoreApplication>
#include <QObject>

#include "core/error.h"

class QPrinter;

namespace sitesafe {

/// Prints a notice's stored PDF byte for byte. Qt 6.4 on Debian has no Qt PDF module to rasterise a PDF, and
/// re-rendering would print a document other than the one served (its hash would differ), so: a printer set to
/// "print to file" gets the stored bytes in that file; a real printer gets them through CUPS (`lp`), which takes
/// PDF as it is. Where neither works (no CUPS) the sentence says to open the PDF and print it from the viewer.
class NoticePrinter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoticePrinter)

public:
    explicit NoticePrinter(QObject *parent = nullptr)
        : QObject(parent)
    { }

    /// Starts printing `pdf` (named `title` in the queue) on the printer chosen in a QPrintDialog. Ok means sent
    /// or written; finished() reports the spooler's answer for a real printer.
    Status print(const QByteArray &pdf, const QString &title, const QPrinter &printer);

Q_SIGNALS:
    /// The print spooler accepted the job (or why not), as a sentence.
    void finished(bool isOk, const QString &message);
};

} // namespace sitesafe
