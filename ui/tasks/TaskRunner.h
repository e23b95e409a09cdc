// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/task/TaskControl.h"

#include <QString>

#include <functional>
#include <optional>
#include <type_traits>

class QWidget;

namespace jurybox::db {
class Database;
}

namespace jurybox::ui {

/// Runs long core work (an import, a merge, an export, reading a big award) in a worker thread while the GUI thread
/// keeps painting. For the first 300 ms user input waits, so quick work never flashes a dialog; after that a modal
/// TaskDialog shows the steps and offers Cancel, which interrupts the award's connection (the transaction rolls back)
/// and refuses the next step. Either way nothing but the worker touches the connection until it has ended.
/// run() returns when the worker has ended: its result, or its exception (Cancelled after a cancel) rethrown here on
/// the GUI thread, so callers catch and present errors as they did when the work ran in place.
class TaskRunner {
public:
    /// How long work runs before its dialog appears.
    static constexpr int kShowAfterMs = 300;

    template <typename Work>
    static auto run(QWidget* parent, const QString& title, db::Database* database, Work work) {
        using Result = std::invoke_result_t<Work&, task::TaskControl&>;
        if constexpr (std::is_void_v<Result>) {
            runInWorker(parent, title, database, work);
        } else {
            std::optional<Result> result;
            runInWorker(parent, title, database, [&](task::TaskControl& control) { result.emplace(work(control)); });
            return std::move(*result);
        }
    }

private:
    static void runInWorker(QWidget* parent, const QString& title, db::Database* database,
                            const std::function<void(task::TaskControl&)>& work);
};

} // namespace jurybox::ui
