#pragma once

#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include "attachmentrepository.h"
#include "core/error.h"
#include "core/fielddata.h"
#include "core/referencedata.h"

namespace sitesafe {

/// One problem listed on a notice: the hazard with the wording of its legal basis and its photos.
struct NoticeSourceItem {
    Hazard hazard;
    QString criteriaTitle;    ///< the edition's title, e.g. 《房屋市政工程生产安全重大事故隐患判定标准（2024版）》
    QString criteriaDocument; ///< 建质规〔2024〕5号
    int articleNumber = 0;    ///< 第八条
    QString articleTitle;
    QString itemText;         ///< the official wording of the criteria item; empty for a general hazard
    QList<AttachmentRow> photos;
    QString reinspection;     ///< reinspected_pass | reinspected_fail | empty: the latest re-inspection result
};

/// Everything a notice document shows, read from the store in one place so the renderer stays a pure function.
struct NoticeSource {
    Notice notice;
    Project project;
    QString jurisdictionName; ///< 海口市; the issuing body is named after it
    Enterprise recipient;
    std::optional<Inspection> inspection;
    QList<NoticeSourceItem> items;
    QList<AttachmentRow> signatures; ///< the inspection's signature attachments
    QString originalNumber;          ///< 复查/复工意见书: the number of the notice answered
};

/// Reads the rows a notice names (project, recipient, inspection, hazards with their criteria wording, photos and
/// signatures), and finds notices by the hash of their PDF for the verifier.
class NoticeSourceReader
{
    Q_DECLARE_TR_FUNCTIONS(NoticeSourceReader)

public:
    explicit NoticeSourceReader(QSqlDatabase db) : m_db(std::move(db)) {}

    /// The source of `notice` (which need not be stored yet: the issuer reads it before inserting). A missing
    /// project or hazard is an error; a missing recipient or inspection leaves its fields empty.
    Result<NoticeSource> read(const Notice &notice);
    /// The id of the notice whose issued PDF has this sha256; nullopt when none has.
    Result<std::optional<QString>> noticeWithPdf(const QString &sha256);

private:
    QSqlDatabase m_db;
};

} // namespace sitesafe
