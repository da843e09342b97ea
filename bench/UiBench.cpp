// tend_ui_bench: typing in the Contacts filter on a big notebook (issue 12: each keystroke answered
// within 16 ms). Types a name one key at a time into the real ContactsView and times, per key, the
// key press until the list shows the new filter and has been painted — the search-as-you-type
// pause excluded, which it reports on its own. Runs on any Qt platform (offscreen by default).
// Usage: tend_ui_bench NOTEBOOK [TEXT]     (NOTEBOOK: e.g. one made by `tend demo`)

#include "Notebook.h"
#include "models/ContactTableModel.h"
#include "views/ContactsView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace tend;

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() < 2) {
        std::fprintf(stderr, "usage: tend_ui_bench NOTEBOOK [TEXT]\n");
        return 2;
    }
    const QString text = arguments.size() > 2 ? arguments.at(2) : u"Grace Hopper"_s;
    auto notebook = Notebook::open(arguments.at(1));
    if (!notebook) {
        std::fprintf(stderr, "tend_ui_bench: %s\n", qPrintable(notebook.error().message));
        return 1;
    }
    QUndoStack undoStack;
    gui::ContactsView view(**notebook, &undoStack);
    view.resize(1100, 760);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        return 1;
    auto *pause = view.findChild<QTimer *>(u"searchDelay"_s);
    const int pauseMs = pause ? pause->interval() : 0;
    if (pause)
        pause->setInterval(0); // the pause is idle time, not work: time what follows it
    int resets = 0;
    QObject::connect(view.model(), &QAbstractItemModel::modelReset, [&resets] { ++resets; });

    std::printf("typing \"%s\" into Contacts of %s (%lld contacts)\n", qPrintable(text), qPrintable(arguments.at(1)),
                (*notebook)->size() ? (long long)(*notebook)->size()->contacts : -1LL);
    std::printf("%-16s %10s %8s\n", "filter", "ms", "rows");
    QList<double> times;
    view.searchField()->setFocus();
    for (const QChar key : text) {
        const int before = resets;
        const bool filterChanges = QString(view.searchField()->text() + key).trimmed() != view.model()->query().search;
        QElapsedTimer timer;
        timer.start();
        QTest::keyClick(view.searchField(), key.toLatin1());
        while (filterChanges && resets == before)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        QCoreApplication::processEvents(); // the paints the key and the new rows asked for
        QCoreApplication::sendPostedEvents(nullptr, QEvent::UpdateRequest);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        times.append(ms);
        std::printf("%-16s %10.2f %8d\n", qPrintable(view.searchField()->text()), ms, view.model()->rowCount());
    }
    // Where a keystroke's time goes: the page the list loads, and the two counts under it.
    for (const QString &filter : {text.left(1), text}) {
        ContactQuery query = view.model()->query();
        query.search = filter;
        QElapsedTimer timer;
        timer.start();
        query.limit = 200;
        (void)(*notebook)->contacts(query);
        const double page = double(timer.nsecsElapsed()) / 1e6;
        timer.restart();
        (void)(*notebook)->contactCount(query);
        const double count = double(timer.nsecsElapsed()) / 1e6;
        timer.restart();
        (void)(*notebook)->contactCount(ContactQuery());
        const double total = double(timer.nsecsElapsed()) / 1e6;
        std::printf("  \"%s\": first page %.2f ms, count %.2f ms, count of all %.2f ms\n", qPrintable(filter), page,
                    count, total);
    }
    std::sort(times.begin(), times.end());
    const double median = times.at(times.size() / 2);
    std::printf("keystroke → filtered list painted: median %.2f ms, worst %.2f ms (target 16 ms: %s); "
                "the pause before a filter applies is %d ms\n",
                median, times.constLast(), times.constLast() <= 16 ? "ok" : "SLOW", pauseMs);
    return times.constLast() <= 16 ? 0 : 1;
}
