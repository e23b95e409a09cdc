// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/store/AwardFile.h"

#include <QWidget>

class QTextBrowser;

namespace jurybox::ui {

/// The award at a glance: name, edition, organiser, tiers, rounds, categories with their criteria and weights, the
/// size of the panel and the field, the state of the audit trail and any sign-off.
class AwardScreen : public QWidget {
    Q_OBJECT
public:
    AwardScreen(store::AwardFile& award, QWidget* parent = nullptr);
    void reload();

private:
    store::AwardFile& m_award;
    QTextBrowser* m_text;
};

} // namespace jurybox::ui
