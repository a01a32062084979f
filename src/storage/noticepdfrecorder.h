#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include "core/error.h"

namespace sitesafe {

/// The PDF drawn for a notice that arrived without one, with the hashes that go with it.
struct NoticePdfRecord {
    QString noticeId;
    QString contentHash;
    QString pdfSha256;
    qint64 size = 0;
    QString relativePath; ///< in the blob store
    QString attachmentId;
};

/// Records the PDFs of notices written as server data without them (the demo data set, whose notices are drawn
/// after the rows are written): content_hash and pdf_sha256 on the notice, the blobs row and the notice_pdf
/// attachment, all as pulled data (no outbox entry), in one transaction for the whole list.
class NoticePdfRecorder
{
    Q_DECLARE_TR_FUNCTIONS(NoticePdfRecorder)

public:
    explicit NoticePdfRecorder(QSqlDatabase db) : m_db(std::move(db)) {}

    /// Ids of the issued notices that have no PDF yet, oldest first.
    Result<QStringList> noticesWithoutPdf();
    Status record(const QList<NoticePdfRecord> &records, const QDateTime &at);

private:
    QSqlDatabase m_db;
};

} // namespace sitesafe
