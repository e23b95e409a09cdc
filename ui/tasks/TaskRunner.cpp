// SPDX-License-Identifier: Apache-2.0
#include "ui/tasks/TaskRunner.h"

#include "ui/tasks/TaskDialog.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>

namespace jurybox::ui {

void TaskRunner::runInWorker(QWidget* parent, const QString& title, db::Database* database,
                             const std::function<void(task::TaskControl&)>& work) {
    task::TaskControl control(database);
    std::exception_ptr error;
    TaskDialog dialog(title, parent);
    QEventLoop loop;
    QFutureWatcher<void> watcher;
    QObject::connect(&watcher, &QFutureWatcher<void>::finished, &loop, &QEventLoop::quit);
    QObject::connect(&dialog, &TaskDialog::cancelRequested, &dialog, [&] {
        control.cancel();
        dialog.showCancelling();
    });
    QTimer reveal;
    reveal.setSingleShot(true);
    reveal.setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5 % early
    QObject::connect(&reveal, &QTimer::timeout, &loop, &QEventLoop::quit);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &dialog, [&] { dialog.showState(control.state()); });

    watcher.setFuture(QtConcurrent::run([&] {
        try {
            work(control);
        } catch (...) {
            error = std::current_exception();
        }
    }));
    // First phase: paint but hold the user's input back, so a click cannot reach the award while the worker has it.
    reveal.start(kShowAfterMs);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!watcher.isFinished()) {
        dialog.showState(control.state());
        dialog.show();
        poll.start(50);
        loop.exec();
    }
    watcher.waitForFinished();
    if (error)
        std::rethrow_exception(error);
}

} // namespace jurybox::ui
