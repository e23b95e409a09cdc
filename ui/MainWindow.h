// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/store/AwardFile.h"

#include <QMainWindow>

#include <functional>
#include <memory>
#include <vector>

class QListWidget;
class QStackedWidget;
class QUndoStack;

namespace jurybox::ui {

class AssignmentScreen;
class SubmissionsScreen;
class ResultsScreen;
class ProgressScreen;
class ExportScreen;
class CriteriaScreen;
class JudgesScreen;
class AwardScreen;

/// The secretariat's workspace over one open award: side navigation over the pages, the package actions
/// (create, merge — also by dropping .jurypkg files on the window) and a copy through SQLite's backup API.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    /// `title` names the award in the window title; `demo` says it lives in memory and is not saved.
    MainWindow(std::unique_ptr<store::AwardFile> award, bool demo, QWidget* parent = nullptr);
    ~MainWindow() override;

    store::AwardFile& award() { return *m_award; }
    SubmissionsScreen* submissions() const { return m_submissions; }
    ResultsScreen* results() const { return m_results; }
    ProgressScreen* progress() const { return m_progress; }
    ExportScreen* exportScreen() const { return m_export; }
    AwardScreen* awardScreen() const { return m_awardScreen; }
    CriteriaScreen* criteria() const { return m_criteria; }
    JudgesScreen* judges() const { return m_judges; }
    AssignmentScreen* assignments() const { return m_assignments; }
    /// The Edit menu's history: every undoable change to the award is a command pushed here.
    QUndoStack* undoStack() const { return m_undoStack; }
    /// Shows the page with this navigation label ("Submissions", "Results", …).
    void showPage(const QString& label);
    QStringList pageLabels() const;

    /// Merges the packages and reports what changed; returns how many were rejected.
    int mergePackages(const QStringList& paths);
    /// Writes a package for every judge into the folder and shows the access codes once.
    void createPackages(const QString& folder);
    /// Freezes the tally as the Results page shows it (method, trim, quorum), recorded as `by`; false when refused.
    bool signOff(const QString& by);
    /// Reloads every page after a change made outside the undo stack (import, merge, sign-off), which also clears the
    /// Edit history: undoing an older edit must never overwrite such a change.
    void reloadAll();

Q_SIGNALS:
    /// A page read core again (at a change if it is the page shown, else when it is next shown).
    void pageReloaded(const QString& label);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    /// Whether a page read core as it was built, or reads it first when it is shown.
    enum class FirstLoad { Built, OnShow };
    /// `reload` reads the page again from core; empty for a page that reads core only when asked (Export).
    void addPage(const QString& label, QWidget* page, std::function<void()> reload, FirstLoad first = FirstLoad::Built);
    void buildMenus();
    /// After a change: every page is stale, and the page shown reloads at once; the others reload when shown.
    void reloadPages();
    void reloadIfStale(int page);
    void saveCopy();
    void signOffInteractively();
    /// Asks whether to back up before a change (merge); false when the user cancels.
    bool offerBackup(const QString& before);

    std::unique_ptr<store::AwardFile> m_award;
    bool m_demo;
    QUndoStack* m_undoStack;
    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    SubmissionsScreen* m_submissions = nullptr;
    ResultsScreen* m_results = nullptr;
    ProgressScreen* m_progress = nullptr;
    ExportScreen* m_export = nullptr;
    AwardScreen* m_awardScreen = nullptr;
    CriteriaScreen* m_criteria = nullptr;
    JudgesScreen* m_judges = nullptr;
    AssignmentScreen* m_assignments = nullptr;
    struct Reloader {
        std::function<void()> reload;
        bool stale = false;
    };
    /// One per page, in navigation order.
    std::vector<Reloader> m_reloaders;
};

} // namespace jurybox::ui
