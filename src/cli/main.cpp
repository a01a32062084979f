// sitesafe-cli: the headless face of the SiteSafe libraries. Parses arguments and wires objects; nothing else.
#include <memory>
#include <vector>

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTranslator>

#include "backupcommand.h"
#include "checkcommand.h"
#include "democommand.h"
#include "diagnosticscommand.h"
#include "exportcommand.h"
#include "noticecommand.h"
#include "reportcommand.h"
#include "synccommand.h"
#include "verifynoticecommand.h"

using namespace Qt::StringLiterals;
using namespace sitesafe::cli;

namespace {
void printOverview(QTextStream &stream, const std::vector<std::unique_ptr<Command>> &commands)
{
    stream << QCoreApplication::translate("main", "Usage: sitesafe-cli COMMAND [options]   (sitesafe-cli COMMAND --help)")
           << "\n\n"
           << QCoreApplication::translate("main", "Commands:") << '\n';
    for (const auto &c : commands)
        stream << u"  %1 %2"_s.arg(c->name(), -8).arg(c->summary()) << '\n';
    stream << Qt::flush;
}
} // namespace

int main(int argc, char *argv[])
{
    // Drawing notices (notice render, the demo's notice PDFs) and any PDF export needs fonts, hence a QGuiApplication, on the offscreen
    // platform so no display is needed; the other commands stay plain console programs.
    const QByteArray first = argc > 1 ? QByteArray(argv[1]) : QByteArray();
    bool draws = first == "notice" || first == "demo";
    for (int i = 1; i < argc; ++i) // ledgers and reports written as PDF
        draws = draws || QByteArray(argv[i]).toLower().endsWith(".pdf");
    if (draws && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application = draws ? std::make_unique<QGuiApplication>(argc, argv)
                                                           : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
    // Ledgers and reports are official Chinese documents whatever the shell's language: their value labels (status,
    // measure, kind, from core's DomainLabels) come from the same zh_CN catalogue as the desktop's.
    if (first == "export" || first == "report") {
        auto *documents = new QTranslator(&app);
        if (documents->load(u":/i18n/sitesafe_zh_CN.qm"_s))
            QCoreApplication::installTranslator(documents);
    }
    QCoreApplication::setApplicationName(u"sitesafe-cli"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SITESAFE_VERSION));

    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<DemoCommand>());
    commands.push_back(std::make_unique<CheckCommand>());
    commands.push_back(std::make_unique<SyncCommand>());
    commands.push_back(std::make_unique<NoticeCommand>());
    commands.push_back(std::make_unique<VerifyNoticeCommand>());
    commands.push_back(std::make_unique<ExportCommand>());
    commands.push_back(std::make_unique<ReportCommand>());
    commands.push_back(std::make_unique<BackupCommand>());
    commands.push_back(std::make_unique<RestoreCommand>());
    commands.push_back(std::make_unique<DiagnosticsCommand>());

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = app.arguments();
    if (args.size() < 2 || args[1] == u"--help" || args[1] == u"-h" || args[1] == u"help") {
        printOverview(args.size() < 2 ? err : out, commands);
        return args.size() < 2 ? Usage : Success;
    }
    if (args[1] == u"--version" || args[1] == u"-v") {
        out << "sitesafe-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return Success;
    }
    for (const auto &command : commands) {
        if (command->name() != args[1])
            continue;
        QCommandLineParser parser;
        parser.setApplicationDescription(command->summary());
        parser.addHelpOption();
        command->addOptions(parser);
        QStringList commandArgs = args;
        commandArgs.removeAt(1);
        commandArgs[0] = args[0] + u" "_s + command->name();
        if (!parser.parse(commandArgs)) {
            err << parser.errorText() << "\n\n" << parser.helpText() << Qt::flush;
            return Usage;
        }
        if (parser.isSet(u"help"_s)) {
            out << parser.helpText() << Qt::flush;
            return Success;
        }
        if (!command->takesArguments() && !parser.positionalArguments().isEmpty()) {
            err << QCoreApplication::translate("main", "Unexpected argument: %1").arg(parser.positionalArguments().first())
                << "\n\n" << parser.helpText() << Qt::flush;
            return Usage;
        }
        return command->run(parser, out, err);
    }
    err << QCoreApplication::translate("main", "Unknown command: %1").arg(args[1]) << "\n\n";
    printOverview(err, commands);
    return Usage;
}
