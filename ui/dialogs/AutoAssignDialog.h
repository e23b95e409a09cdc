// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

#include <cstdint>

class QSpinBox;

namespace jurybox::ui {

/// Asks for auto-assign's judges per entry (K) and seed, saying what will happen and that it can be undone.
class AutoAssignDialog : public QDialog {
    Q_OBJECT
public:
    AutoAssignDialog(const QString& round, int judges, int eligibleEntries, int existing, QWidget* parent = nullptr);

    int perSubmission() const;
    std::uint64_t seed() const;

private:
    QSpinBox* m_perSubmission;
    QSpinBox* m_seed;
};

} // namespace jurybox::ui
