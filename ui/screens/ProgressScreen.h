// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/store/AwardFile.h"

#include <QWidget>

class QLabel;

namespace jurybox::ui {

class ProgressModel;

/// How far the judging is: per judge and per category, submitted / assigned as bars; late judges in red.
class ProgressScreen : public QWidget {
    Q_OBJECT
public:
    /// Empty until the first reload(), which the workspace leaves until the page is shown.
    ProgressScreen(store::AwardFile& award, QWidget* parent = nullptr);
    /// Reads the current round's counts from core.
    void reload();
    ProgressModel* judges() const { return m_judges; }

private:
    store::AwardFile& m_award;
    ProgressModel* m_judges;
    ProgressModel* m_categories;
    QLabel* m_summary;
};

} // namespace jurybox::ui
