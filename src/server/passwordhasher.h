#pragma once

#include <QByteArray>
#include <QString>

namespace sitesafe {

/// libsodium's argon2id (crypto_pwhash_str) for passwords and randombytes_buf for tokens. The hash string
/// carries its own salt and cost parameters, so the cost can be raised later without breaking old hashes.
class PasswordHasher
{
public:
    /// An argon2id hash string; empty if libsodium fails (out of memory).
    static QString hash(const QString &password);
    static bool verify(const QString &hash, const QString &password);
    /// A random opaque token: 32 bytes from the OS generator, base64url.
    static QString randomToken();
    /// How tokens are stored: hex sha256 (tokens are random, so no salt or slow hash is needed).
    static QString tokenHash(const QString &token);
};

} // namespace sitesafe
