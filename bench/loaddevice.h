#pragma once

#include <functional>
#include <memory>

#include <QDeadlineTimer>
#include <QObject>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QString>
#include <QStringList>

#include "loadstats.h"
#include "loadworkload.h"

class QNetworkAccessManager;
class QNetworkReply;

/// One simulated field device of load_bench: signs in over HTTPS with its own device id and its own
/// QNetworkAccessManager (its own keep-alive connection, like a laptop), then loops until the deadline: push one
/// DeviceWorkload batch, pull from its cursor until has_more is false, then think: wait `thinkMs` ± 50 % (uniform,
/// from a generator seeded with `seed` and the device's index, so devices drift apart and a run repeats) on a
/// PreciseTimer, which runs on the monotonic clock like the deadline; the first round starts after a uniform pause in
/// [0, thinkMs) so the devices do not begin in step. With thinkMs 0 the next round starts at once
/// (a saturation test). One request in flight at a time, so N devices keep at most N requests in flight. Lives on a
/// worker thread: call signIn() and run() through a queued invoke.
class LoadDevice : public QObject
{
    Q_OBJECT
public:
    struct Setup {
        QString baseUrl; ///< https://127.0.0.1:PORT
        QString caFile;
        QString userName;
        QString password;
        QStringList projectIds; ///< projects of the account's 市县
        QString startCursor; ///< where the device's pulls start (it has synced the reference data)
        int index = 0;
        int pullLimit = 2000;
        int thinkMs = 0; ///< mean pause between rounds; each pause is uniform in [thinkMs / 2, thinkMs * 3 / 2]
        quint64 seed = 1;
    };

    explicit LoadDevice(Setup setup);
    ~LoadDevice() override;

    void signIn();
    /// Rounds until `deadline` or `maxRounds`; the round in progress at the deadline finishes.
    void run(QDeadlineTimer deadline, int maxRounds);

    const LoadLog &log() const { return m_log; }
    const DeviceWorkload &workload() const { return *m_workload; }

Q_SIGNALS:
    void signedIn(bool isOk);
    void finished();

private:
    enum class Kind { SignIn, Push, Pull };
    using Handler = std::function<void(int status, const QByteArray &body)>;
    void send(Kind kind, const QByteArray &verb, const QString &path, const QByteArray &body, Handler handler);
    void round();
    void think();
    void push();
    void pull(int page);

    Setup m_setup;
    QString m_deviceId;
    QString m_token;
    QString m_cursor;
    QSslConfiguration m_tls;
    QNetworkAccessManager *m_network = nullptr; ///< child, made on the device's thread
    std::unique_ptr<DeviceWorkload> m_workload;
    LoadLog m_log;
    QRandomGenerator m_thinkRandom;
    QDeadlineTimer m_deadline;
    int m_maxRounds = 0;
};
