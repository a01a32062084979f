#pragma once

#include <QImage>
#include <QList>
#include <QPair>
#include <QUrl>

#include "core/error.h"
#include "storage/noticesourcereader.h"

namespace sitesafe {

class BlobStore;

/// The body of a notice as rich text for QTextDocument, with the images it names (photo thumbnails, signatures,
/// the QR code) under `notice-image:` resource names. Chinese wording fixed by the kind of notice (see
/// NoticeRenderer for why it is not translated).
class NoticeHtml
{
public:
    struct Page {
        QString html;
        QList<QPair<QUrl, QImage>> images;
    };

    /// An error only when the QR code cannot be drawn (the codec module, CodecLibrary, cannot be loaded).
    static Result<Page> build(const NoticeSource &source, const BlobStore &blobs, const QUrl &link);
    /// 限期整改通知书 …: the title of each kind of notice.
    static QString title(const QString &kind);
};

} // namespace sitesafe
