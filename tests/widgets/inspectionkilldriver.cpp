// A real desktop client walking a checklist, for the kill test (inspectionkill_test.cpp): opens the runner on a
// data folder offscreen, answers items with key clicks (P, F, N chosen by a seeded generator) and prints
// "answered <item_code> <result>" after each answer is written, flushed, so the test knows what must survive a
// SIGKILL. A hazard form opened by a failed criterion is dismissed. Runs until killed (or everything is answered).
// Usage: inspection_kill_driver <data folder> <inspection id> <seed>
#include <cstdio>
#include <random>

#include <QApplication>
#include <QTest>
#include <QTreeView>

#include "core/clock.h"
#include "models/checklistmodel.h"
#include "session/datafoldersession.h"
#include "storage/datastore.h"
#include "widgets/dialogs/hazardformdialog.h"
#include "widgets/views/checklistrunner.h"

using namespace sitesafe;
using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4) {
        std::fputs("usage: inspection_kill_driver <data folder> <inspection id> <seed>\n", stderr);
        return 2;
    }
    auto opened = DataStore::open(args.at(1));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    std::unique_ptr<DataStore> store = std::move(opened).value();
    DataFolderSession session(*store, Clock::system());
    ChecklistRunner runner(session, args.at(2));
    runner.resize(1366, 768);
    runner.show();
    if (!QTest::qWaitFor([&] { return runner.model()->isLoaded(); }, 20000)) {
        std::fputs("the checklist never loaded\n", stderr);
        return 1;
    }
    std::mt19937 random(args.at(3).toUInt());
    const QList<QPair<Qt::Key, QString>> keys {
        {Qt::Key_P, u"pass"_s}, {Qt::Key_F, u"fail"_s}, {Qt::Key_N, u"not_applicable"_s}};
    while (runner.model()->firstUnanswered() >= 0) {
        const auto &[key, result] = keys.at(int(random() % keys.size()));
        const int item = runner.currentItem();
        const QString code = runner.model()->item(item).code;
        QStringList before; // every item's result: one key can answer linked items of another sheet too
        for (int i = 0; i < runner.model()->itemCount(); ++i)
            before.append(runner.model()->item(i).result);
        runner.list()->setFocus();
        QTest::keyClick(runner.list(), key);
        if (HazardFormDialog *form = runner.hazardForm())
            form->reject();
        QCoreApplication::processEvents();
        if (runner.model()->item(item).result != result) {
            std::fprintf(stderr, "%s was not answered: %s\n", qPrintable(code), qPrintable(runner.messageText()));
            return 1;
        }
        for (int i = 0; i < runner.model()->itemCount(); ++i) {
            const ChecklistItem &answered = runner.model()->item(i);
            if (answered.result != before.at(i) || i == item)
                std::printf("answered %s %s\n", qPrintable(answered.code), qPrintable(answered.result));
        }
        std::fflush(stdout);
        if (result == u"fail"_s)
            QTest::keyClick(runner.list(), Qt::Key_J); // a fail stays on its item
    }
    std::puts("done");
    std::fflush(stdout);
    QTest::qWait(60000); // the test kills it; an unattended run ends on its own
    return 0;
}
