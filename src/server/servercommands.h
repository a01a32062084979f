#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace sitesafe {

/// The command line of sitesafe-server (dev-ca, init, user add, seed-demo, import, serve), kept in the
/// library so main.cpp only forwards to it. Returns the process exit code; errors go to `err` as sentences.
class ServerCommands
{
    Q_DECLARE_TR_FUNCTIONS(ServerCommands)

public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

private:
    static int devCa(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static int init(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static int userAdd(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static int seedDemo(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static int import(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static int serve(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace sitesafe
