// bare_window: the reference of the start-up budget (DESIGN.md §5: the client's start-up to an interactive main
// window ≤ 1.5 × a bare QMainWindow program's). A QApplication, a QMainWindow with a menu bar and a label, the
// client's first size, shown; it says "interactive <monotonic ns>" on stderr exactly as the client does with
// SITESAFE_REPORT_INTERACTIVE=1 (the same InteractiveProbe source file, compiled in) and then waits to be ended.
#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>

#include "widgets/interactiveprobe.h"

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(u"bare QMainWindow"_s);
    window.menuBar()->addMenu(u"&File"_s)->addAction(u"&Quit"_s, &app, &QApplication::quit);
    window.setCentralWidget(new QLabel(u"A bare QMainWindow"_s, &window));
    window.resize(1366, 768);
    sitesafe::InteractiveProbe::watch(&window);
    window.show();
    return app.exec();
}
