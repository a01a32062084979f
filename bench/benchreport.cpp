#include "benchreport.h"

#include <algorithm>

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSysInfo>
#include <QTextStream>
#include <QThread>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace {
QString firstLine(const QString &file, const char *prefix)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return QString::fromUtf8(line.mid(line.indexOf(':') + 1)).simplified();
    }
    return {};
}
} // namespace

QString BenchReport::machine()
{
    return u"%1, %2 logical CPUs, MemTotal %3; %4; Qt %5; SQLite %6"_s.arg(firstLine(u"/proc/cpuinfo"_s, "model name"))
        .arg(QThread::idealThreadCount())
        .arg(firstLine(u"/proc/meminfo"_s, "MemTotal"), QSysInfo::prettyProductName(), QString::fromLatin1(qVersion()),
             QString::fromLatin1(sqlite3_libversion()));
}

QString BenchReport::loadAverage()
{
    QFile f(u"/proc/loadavg"_s);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).section(u' ', 0, 2) : QString();
}

double BenchReport::median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : (v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2);
}

double BenchReport::percentile(QList<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[std::min<qsizetype>(v.size() - 1, qsizetype(p * double(v.size() - 1) + 0.5))];
}

QJsonObject BenchReport::budgetRow(const QString &budget, const QString &measured, const QString &reference,
                                   double ratio, std::optional<bool> pass)
{
    return {{u"budget"_s, budget},
            {u"measured"_s, measured},
            {u"reference"_s, reference},
            {u"ratio"_s, ratio},
            {u"pass"_s, pass ? QJsonValue(*pass) : QJsonValue()}};
}

void BenchReport::fail(const QString &what)
{
    QTextStream(stderr) << QCoreApplication::applicationName() << ": " << what << Qt::endl;
    ::exit(1);
}

bool BenchReport::writeJson(const QString &file, const QJsonObject &json)
{
    QFile f(file);
    if (f.open(QIODevice::WriteOnly) && f.write(QJsonDocument(json).toJson(QJsonDocument::Indented)) >= 0)
        return true;
    QTextStream(stderr) << "cannot write " << file << ": " << f.errorString() << Qt::endl;
    return false;
}
