#pragma once

#include <QCoreApplication>

#include "caller.h"
#include "httpresponse.h"
#include "serverrequest.h"
#include "serversettings.h"

namespace sitesafe {

class Backend;
struct ServerConfig;

/// The photo store (sync-anchors §2.3, tus 1.0 semantics): content-addressed blobs under DATA_DIR/blobs,
/// resumable uploads under DATA_DIR/uploads with Upload-Offset, a sha256 Upload-Checksum per chunk (460 and
/// nothing kept on mismatch), the whole file hashed before it is published (422 and the upload dropped on
/// mismatch), deduplication by hash (Blob-Status: present), and downloads only for the 市县 of an attachment
/// naming the blob (or its uploader, or province roles). File names from clients are stored, never used as paths.
class BlobApi
{
    Q_DECLARE_TR_FUNCTIONS(BlobApi)

public:
    BlobApi(Backend &backend, const ServerConfig &config, const ServerSettings &settings);

    HttpResponse create(const Caller &caller, const ServerRequest &request);
    HttpResponse head(const Caller &caller, const QString &uploadId);
    HttpResponse patch(const Caller &caller, const ServerRequest &request);
    HttpResponse remove(const Caller &caller, const QString &uploadId);
    HttpResponse download(const Caller &caller, const ServerRequest &request);

    static bool isSha256(const QString &text);

private:
    QString blobPath(const QString &sha256) const;
    QString uploadPath(const QString &uploadId) const;

    Backend &m_backend;
    QString m_blobDir;
    QString m_uploadDir;
    ServerSettings m_settings;
};

} // namespace sitesafe
