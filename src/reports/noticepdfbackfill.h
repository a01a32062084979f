#pragma once

#include <functional>

#include <QCoreApplication>
#include <QUrl>

#include "core/error.h"

namespace sitesafe {

class DataStore;

/// Draws the PDFs of the notices a store holds without one (the demo data set's notices, written as rows) and
/// records them as if they had come with the data: content hash, pdf_sha256, the blob and its notice_pdf
/// attachment. Attachment ids are made from the notice id, so the same data set gets the same ids on any day, and
/// a PDF drawn later (pdfOf) has the same bytes as one drawn with the data set.
class NoticePdfBackfill
{
    Q_DECLARE_TR_FUNCTIONS(NoticePdfBackfill)

public:
    /// The number of PDFs drawn. `progress(done, total)` is called after each one.
    static Result<int> run(DataStore &store, const QUrl &verificationBase,
                           const std::function<void(int, int)> &progress = {});
    /// The notice's PDF: the stored one (NoticeIssuer::storedPdf), or, for an issued notice that never had one
    /// recorded (the province-scale demo draws its notices when first opened, issue 13), drawn and recorded now.
    static Result<QByteArray> pdfOf(DataStore &store, const QUrl &verificationBase, const QString &noticeId);
};

} // namespace sitesafe
