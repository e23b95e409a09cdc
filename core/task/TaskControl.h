// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <atomic>
#include <mutex>

namespace jurybox::db {
class Database;
}

namespace jurybox::task {

/// Shared by long work running in a worker thread (an import, a merge, an export) and the thread that waits for it:
/// the work names its steps (a file, a package, an export target) and the waiter may ask it to stop. Every member is
/// thread-safe. Cancelling interrupts the connection the work writes, so its transaction rolls back; the interrupt
/// is lifted when the control is destroyed, after the work has ended.
class TaskControl {
public:
    /// `database`: the connection the work uses, or nullptr for work that only reads files.
    explicit TaskControl(db::Database* database = nullptr);
    ~TaskControl();
    TaskControl(const TaskControl&) = delete;
    TaskControl& operator=(const TaskControl&) = delete;

    /// Asks the work to stop: the running statement is interrupted and the next step refused.
    void cancel();
    bool cancelled() const { return m_cancelled.load(std::memory_order_acquire); }
    /// Throws Cancelled when cancel() was called: work calls it between steps.
    void checkpoint() const;

    /// How many steps the work has; 0 while unknown (the progress bar then shows activity, not a fraction).
    void setTotal(int steps);
    /// Starts a step: throws Cancelled after cancel(), otherwise names the step for whoever shows the progress.
    void beginStep(const QString& what);
    /// Ends the step begun last.
    void endStep();

    struct State {
        int done = 0;
        int total = 0;
        QString step;
    };
    State state() const;

private:
    db::Database* m_database;
    std::atomic<bool> m_cancelled = false;
    mutable std::mutex m_mutex;
    State m_state;
};

} // namespace jurybox::task
