// SPDX-License-Identifier: Apache-2.0
#include "core/task/TaskControl.h"

#include "core/Error.h"
#include "core/db/Database.h"

namespace jurybox::task {

TaskControl::TaskControl(db::Database* database)
    : m_database(database) {}

TaskControl::~TaskControl() {
    if (!m_database || !cancelled())
        return;
    m_database->clearInterrupt();
    // Every write is a scoped Transaction, so once the work has ended none should be open; one is only when the
    // interrupt also stopped its ROLLBACK (a statement of the work was still running then). Finish it here.
    if (m_database->inTransaction()) {
        try {
            m_database->exec("ROLLBACK");
        } catch (const Error&) {
            // Closing the connection rolls back too; nothing more can be done here.
        }
    }
}

void TaskControl::cancel() {
    m_cancelled.store(true, std::memory_order_release);
    if (m_database)
        m_database->interrupt();
}

void TaskControl::checkpoint() const {
    if (cancelled())
        throw Cancelled(QStringLiteral("cancelled"));
}

void TaskControl::setTotal(int steps) {
    const std::lock_guard lock(m_mutex);
    m_state.total = steps;
}

void TaskControl::beginStep(const QString& what) {
    checkpoint();
    const std::lock_guard lock(m_mutex);
    m_state.step = what;
}

void TaskControl::endStep() {
    const std::lock_guard lock(m_mutex);
    ++m_state.done;
}

TaskControl::State TaskControl::state() const {
    const std::lock_guard lock(m_mutex);
    return m_state;
}

} // namespace jurybox::task
