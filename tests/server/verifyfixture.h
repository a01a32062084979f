#pragma once

#include <memory>

#include "serverprocess.h"
#include "syncclient.h"
#include "testclient.h"

/// A notice as a client issued and pushed it: what the QR code would carry.
struct PushedNotice {
    QString id;
    QString projectId;
    QString number;
    QString contentHash;
};

/// The real sitesafe-server over TLS on 127.0.0.1 with the demo reference data, and one client laptop (signed
/// in as zhangwei) that issues notices with NoticeRepository::insertIssued and pushes them through a real sync.
/// Its number block is a notice_number_blocks row as a pull would have written it.
class VerifyFixture
{
public:
    VerifyFixture();

    /// Issues a notice of `kind` (content hash by NoticeHash) and syncs until the server applied it. Two named
    /// inspectors (李娜, 王强) and issued_by zhangwei: personal data the page must never show.
    PushedNotice pushNotice(const QString &kind = QStringLiteral("rectification"));
    /// Voids it on the client (with a reason) and syncs.
    void voidNotice(const QString &id);

    ServerProcess &server() { return m_server; }
    SyncClient &laptop() { return m_laptop; }
    /// A TLS client trusting only the server's test CA.
    std::unique_ptr<TestClient> web() const;
    /// The path of the verification page for `id` and `hash`.
    static QString pagePath(const QString &id, const QString &hash);

    /// Names that appear on the notices pushed here and never on the page.
    static QStringList personalData();

private:
    void addBlock(const QString &kind);

    ServerProcess m_server;
    SyncClient m_laptop;
    QStringList m_blockKinds;
};
