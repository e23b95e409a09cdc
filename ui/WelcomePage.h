// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QListWidget;

namespace jurybox::ui {

/// The first thing a new user sees (and what `jurybox` shows when there is no recent file): what the three roles do
/// with Jurybox — secretariat officer, judge, ceremony organiser — each with the action that starts their work, the
/// demo award one click away, the recent files, and Settings (the language). Closes itself once a file opens.
class WelcomePage : public QWidget {
    Q_OBJECT
public:
    explicit WelcomePage(QWidget* parent = nullptr);

    /// The recent files, when there are any (nullptr otherwise).
    QListWidget* recentList() const { return m_recent; }

private:
    QListWidget* m_recent = nullptr;
};

} // namespace jurybox::ui
