#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace sitesafe::cli {

/// Exit codes shared by every command: 0 success, 1 the work failed (message on stderr), 2 wrong usage.
enum ExitCode { Success = 0, Failure = 1, Usage = 2 };

/// One sub-command of sitesafe-cli: parses its own options and wires library objects together.
class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    virtual void addOptions(QCommandLineParser &parser) const = 0;
    /// Runs after parsing succeeded; returns an ExitCode.
    virtual int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) const = 0;
    /// Whether the command takes positional arguments (a file, a sub-command); the others refuse any.
    virtual bool takesArguments() const { return false; }
};

} // namespace sitesafe::cli
