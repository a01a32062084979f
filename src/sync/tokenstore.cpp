#include "tokenstore.h"

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace sitesafe {

TokenStore::TokenStore(QString account, QObject *parent) : QObject(parent), m_account(std::move(account)) {}

QString TokenStore::serviceName()
{
    return u"SiteSafe sync"_s;
}

Error TokenStore::keychainError(int code, const QString &detail) const
{
    switch (code) {
    case QKeychain::NoBackendAvailable:
        return {u"keychain.unavailable"_s,
                tr("No password keychain is running on this computer (%1). You stay signed in until SiteSafe "
                   "closes; the sign-in is not written to disk.")
                    .arg(detail)};
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return {u"keychain.denied"_s, tr("The keychain refused access (%1). You stay signed in until SiteSafe "
                                         "closes.")
                                          .arg(detail)};
    default:
        return {u"keychain.error"_s,
                tr("The keychain failed (%1). You stay signed in until SiteSafe closes.").arg(detail)};
    }
}

// The jobs have no parent: libsecret answers a job asynchronously and calls back into it, so a job deleted with
// this store while its answer is on the way (sign out, then quit at once) crashed the program. Unparented, a job
// lives until it has its answer and then deletes itself (autoDelete); the connection's context `this` keeps
// the callback from running once the store is gone.
void TokenStore::save(const QString &refreshToken, std::function<void(const Status &)> done)
{
    m_memoryToken = refreshToken;
    auto *job = new QKeychain::WritePasswordJob(serviceName());
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(m_account);
    job->setTextData(refreshToken);
    connect(job, &QKeychain::Job::finished, this, [this, job, done](QKeychain::Job *) {
        if (job->error() == QKeychain::NoError) {
            m_persistenceError.reset();
            done(Status::ok());
            return;
        }
        m_persistenceError = keychainError(job->error(), job->errorString());
        done(*m_persistenceError);
    });
    job->start();
}

void TokenStore::load(std::function<void(const std::optional<QString> &, const Status &)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName());
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(m_account);
    connect(job, &QKeychain::Job::finished, this, [this, job, done](QKeychain::Job *) {
        if (job->error() == QKeychain::NoError) {
            m_memoryToken = job->textData();
            done(m_memoryToken, Status::ok());
        } else if (job->error() == QKeychain::EntryNotFound) {
            done(m_memoryToken, Status::ok());
        } else {
            m_persistenceError = keychainError(job->error(), job->errorString());
            done(m_memoryToken, *m_persistenceError);
        }
    });
    job->start();
}

void TokenStore::remove(std::function<void(const Status &)> done)
{
    m_memoryToken.reset();
    auto *job = new QKeychain::DeletePasswordJob(serviceName());
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(m_account);
    connect(job, &QKeychain::Job::finished, this, [job, done](QKeychain::Job *) {
        done(job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound
                 ? Status::ok()
                 : Status(Error{u"keychain.error"_s, job->errorString()}));
    });
    job->start();
}

} // namespace sitesafe
