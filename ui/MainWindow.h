// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/store/AwardFile.h"

#include <QMainWindow>

#include <memory>

class QTabWidget;

namespace jurybox::ui {

/// The secretariat's window over one open award: one tab per kind of record.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(std::unique_ptr<store::AwardFile> award, const QString& title, QWidget* parent = nullptr);
    ~MainWindow() override;

private:
    void addListingTab(const QString& label, int listing);

    std::unique_ptr<store::AwardFile> m_award;
    QTabWidget* m_tabs = nullptr;
};

} // namespace jurybox::ui
