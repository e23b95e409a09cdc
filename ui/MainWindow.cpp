// SPDX-License-Identifier: Apache-2.0
#include "ui/MainWindow.h"

#include "core/Error.h"
#include "core/audit/AuditLog.h"
#include "core/exchange/PackageMerge.h"
#include "core/exchange/PackageWriter.h"
#include "core/report/AwardListings.h"
#include "core/signoff/Signoff.h"
#include "core/store/AwardStore.h"
#include "core/store/JudgeStore.h"
#include "ui/OpenFiles.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/screens/AssignmentScreen.h"
#include "ui/screens/AwardScreen.h"
#include "ui/screens/CriteriaScreen.h"
#include "ui/screens/ExportScreen.h"
#include "ui/screens/JudgesScreen.h"
#include "ui/screens/ProgressScreen.h"
#include "ui/screens/ResultsScreen.h"
#include "ui/screens/SubmissionsScreen.h"
#include "ui/screens/TableScreen.h"
#include "ui/tasks/TaskRunner.h"
#include "ui/widgets/ErrorPresenter.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoStack>

namespace jurybox::ui {

MainWindow::MainWindow(std::unique_ptr<store::AwardFile> award, bool demo, QWidget* parent)
    : QMainWindow(parent)
    , m_award(std::move(award))
    , m_demo(demo)
    , m_undoStack(new QUndoStack(this))
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this)) {
    const Award a = store::AwardStore(m_award->db()).award();
    setWindowTitle(demo ? tr("%1 — demo, not saved — Jurybox").arg(a.name)
                        : tr("%1 — %2 — Jurybox").arg(a.name, QFileInfo(m_award->path()).fileName()));
    setAcceptDrops(true);

    auto* awardPage = new AwardScreen(*m_award, m_undoStack, this);
    m_awardScreen = awardPage;
    m_submissions = new SubmissionsScreen(*m_award, this);
    m_submissions->setUndoStack(m_undoStack);
    m_progress = new ProgressScreen(*m_award, this);
    m_results = new ResultsScreen(*m_award, this);
    store::AwardFile& file = *m_award;
    auto* criteria = m_criteria = new CriteriaScreen(file, m_undoStack, this);
    auto* judges = m_judges = new JudgesScreen(file, this);
    m_assignments = new AssignmentScreen(file, m_undoStack, this);
    auto* auditTrail = new TableScreen(
        tr("Audit trail"),
        [&file] {
            report::Table t{{QStringLiteral("id"), QStringLiteral("at"), QStringLiteral("actor"),
                             QStringLiteral("action"), QStringLiteral("summary")},
                            {}};
            for (const auto& e : audit::AuditLog(file.db()).events())
                t.rows.push_back({static_cast<std::int64_t>(e.id), e.at, e.actor, e.action, e.summary});
            return t;
        },
        this);

    addPage(tr("Award"), awardPage, [awardPage] { awardPage->reload(); });
    addPage(tr("Categories & criteria"), criteria, [criteria] { criteria->reload(); });
    addPage(tr("Submissions"), m_submissions, [this] { m_submissions->reload(); });
    addPage(tr("Judges"), judges, [judges] { judges->reload(); });
    addPage(tr("Conflicts & assignments"), m_assignments, [this] { m_assignments->reload(); });
    // Its counts walk the round's assignments and scorecards: not worth reading for a window that may never show it.
    const auto reloadProgress = [this] { m_progress->reload(); };
    addPage(tr("Progress"), m_progress, reloadProgress, FirstLoad::OnShow);
    addPage(tr("Results"), m_results, [this] { m_results->reload(); });
    addPage(tr("Audit trail"), auditTrail, [auditTrail] { auditTrail->reload(); });
    m_export = new ExportScreen(*m_award, this);
    addPage(tr("Export"), m_export, {});

    m_navigation->setFixedWidth(210);
    m_navigation->setAccessibleName(tr("Navigation"));
    m_navigation->setSpacing(2);
    // A page stale since a change reads core before it shows, so it never paints what core no longer holds.
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        reloadIfStale(row);
        m_pages->setCurrentIndex(row);
    });
    connect(m_submissions, &SubmissionsScreen::awardChanged, this, &MainWindow::reloadAll);
    connect(m_judges, &JudgesScreen::awardChanged, this, &MainWindow::reloadAll);
    // Finding conflicts adds possible marks only: the pages reload, the undo history stays valid.
    connect(m_assignments, &AssignmentScreen::awardChanged, this, &MainWindow::reloadPages);
    // Queued: a command is pushed from inside a model's setData(), where resetting models would pull the rug.
    connect(m_undoStack, &QUndoStack::indexChanged, this, &MainWindow::reloadPages, Qt::QueuedConnection);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    buildMenus();
    m_navigation->setCurrentRow(2);
    statusBar()->showMessage(demo ? tr("The demo award lives in memory: File › Save a copy… keeps it.")
                                  : tr("Drop returned .jurypkg files here to merge them."));
    resize(1280, 800);
    restoreGeometry(QSettings().value(QStringLiteral("window/geometry")).toByteArray());
}

MainWindow::~MainWindow() {
    // The pages and the undo stack work on the award, which closes before QWidget deletes the children: let the pages
    // go first (a field losing focus applies its edit), and keep the stack's clear() from reloading anything.
    m_undoStack->blockSignals(true);
    delete takeCentralWidget();
}

void MainWindow::addPage(const QString& label, QWidget* page, std::function<void()> reload, FirstLoad first) {
    m_navigation->addItem(label);
    m_pages->addWidget(page);
    m_reloaders.push_back({std::move(reload), first == FirstLoad::OnShow});
}

QStringList MainWindow::pageLabels() const {
    QStringList out;
    for (int i = 0; i < m_navigation->count(); ++i)
        out << m_navigation->item(i)->text();
    return out;
}

void MainWindow::showPage(const QString& label) {
    const int row = static_cast<int>(pageLabels().indexOf(label));
    if (row >= 0)
        m_navigation->setCurrentRow(row);
}

void MainWindow::reloadAll() {
    m_undoStack->clear();
    reloadPages();
}

void MainWindow::reloadPages() {
    // A change can reach any page (a status shows in Results, an assignment in Progress, every write in the audit
    // trail), but reloading them all cost up to a second per edit at 10,000 entries: only the page shown reads core
    // now.
    for (Reloader& r : m_reloaders)
        r.stale = static_cast<bool>(r.reload);
    reloadIfStale(m_pages->currentIndex());
}

void MainWindow::reloadIfStale(int page) {
    if (page < 0 || static_cast<std::size_t>(page) >= m_reloaders.size())
        return;
    Reloader& r = m_reloaders[static_cast<std::size_t>(page)];
    if (!r.stale)
        return;
    r.stale = false;
    r.reload();
    Q_EMIT pageReloaded(m_navigation->item(page)->text());
}

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open…"), QKeySequence::Open, this, [] { OpenFiles::chooseAndOpen(); });
    file->addAction(tr("Open the &demo award"), this, [] { OpenFiles::openDemo(); });
    QMenu* recent = file->addMenu(tr("Open &recent"));
    connect(recent, &QMenu::aboutToShow, recent, [recent] {
        recent->clear();
        for (const QString& path : OpenFiles::recentFiles())
            recent->addAction(path, [path] { OpenFiles::open(path); });
        if (recent->isEmpty())
            recent->addAction(QObject::tr("(none yet)"))->setEnabled(false);
    });
    file->addSeparator();
    file->addAction(tr("&Create judge packages…"), this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder for the judge packages"));
        if (!folder.isEmpty())
            createPackages(folder);
    });
    file->addAction(tr("&Merge returned packages…"), this, [this] {
        const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Returned judge packages"), QString(),
                                                                tr("Judge packages (*.jurypkg)"));
        if (!paths.isEmpty() && offerBackup(tr("merging %n package(s)", nullptr, static_cast<int>(paths.size()))))
            mergePackages(paths);
    });
    file->addSeparator();
    file->addAction(tr("Save a &copy…"), QKeySequence::SaveAs, this, [this] { saveCopy(); });
    file->addAction(tr("&Sign off the tally…"), this, [this] { signOffInteractively(); });
    file->addAction(tr("Se&ttings…"), this, [this] { SettingsDialog::edit(this); });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    QAction* redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    // Ctrl+Shift+Z on every platform, besides the platform's own redo keys (Ctrl+Y on Windows).
    QList<QKeySequence> redoKeys{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)};
    for (const QKeySequence& key : QKeySequence::keyBindings(QKeySequence::Redo))
        if (!redoKeys.contains(key))
            redoKeys << key;
    redo->setShortcuts(redoKeys);
    edit->addAction(undo);
    edit->addAction(redo);
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Jurybox"), this, [this] {
        QMessageBox::about(this, tr("About Jurybox"),
                           tr("<h3>Jurybox %1</h3><p>Judging for smart-city awards: offline scorecards, merged, "
                              "tallied, checked and signed off.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

int MainWindow::mergePackages(const QStringList& paths) {
    const int total = static_cast<int>(paths.size());
    std::vector<exchange::MergeReport> reports;
    const auto mergeAll = [&](task::TaskControl& control) {
        control.setTotal(total);
        const std::vector<QString> packages(paths.begin(), paths.end());
        exchange::PackageMerger merger(*m_award);
        // One transaction per package, the next packages verified on other threads meanwhile.
        merger.mergeEach(
            packages, [&](std::size_t i) { control.beginStep(QFileInfo(packages[i]).fileName()); },
            [&](exchange::MergeReport&& r) {
                // The merger reports a package it could not finish as rejected: after Cancel, that is the cancel.
                // One it committed is merged, even when Cancel came just after.
                if (!r.accepted)
                    control.checkpoint();
                reports.push_back(std::move(r));
                control.endStep();
            });
    };
    bool cancelled = false;
    try {
        TaskRunner::run(this, tr("Merging %n package(s)", nullptr, total), &m_award->db(), mergeAll);
    } catch (const Cancelled&) {
        // Each package is its own transaction: those before the cancel are merged, the one in progress rolled back.
        cancelled = true;
    }
    QStringList lines;
    int rejected = 0;
    for (const exchange::MergeReport& r : reports) {
        if (r.accepted)
            lines << tr("%1 (judge %2): %3 new, %4 updated, %5 unchanged, %6 ignored")
                         .arg(r.package, r.judgeRef)
                         .arg(r.added)
                         .arg(r.updated)
                         .arg(r.unchanged)
                         .arg(r.ignored);
        else {
            ++rejected;
            lines << tr("%1: REJECTED — %2; nothing from it was merged").arg(r.package, r.reason);
        }
    }
    if (cancelled) {
        const int notMerged = total - static_cast<int>(reports.size());
        rejected += notMerged;
        lines << tr("CANCELLED — %n package(s) not merged", nullptr, notMerged);
    }
    reloadAll();
    if (rejected)
        ErrorPresenter::present(this, cancelled ? tr("Merge cancelled") : tr("Merge report"),
                                lines.join(QLatin1Char('\n')));
    else
        statusBar()->showMessage(lines.join(QStringLiteral(" · ")), 15000);
    return rejected;
}

void MainWindow::createPackages(const QString& folder) {
    QStringList codes;
    try {
        for (const Judge& j : store::JudgeStore(m_award->db()).all()) {
            exchange::PackageOptions o;
            o.judgeRef = j.ref;
            o.outPath = QDir(folder).filePath(j.ref + QStringLiteral(".jurypkg"));
            o.overwrite = true;
            const auto r = exchange::writePackage(*m_award, o);
            codes << QStringLiteral("%1\t%2\t%3").arg(j.ref, j.name, r.accessCode);
        }
    } catch (const Error& e) {
        ErrorPresenter::present(this, tr("Packages not written"), e.message());
        return;
    }
    reloadAll();
    QMessageBox box(this);
    box.setWindowTitle(tr("Access codes"));
    box.setText(tr("Packages written to %1. Send each judge the code separately from the file:").arg(folder));
    box.setDetailedText(codes.join(QLatin1Char('\n')));
    QPushButton* copy = box.addButton(tr("Copy codes"), QMessageBox::ActionRole);
    box.addButton(QMessageBox::Close);
    box.exec();
    if (box.clickedButton() == static_cast<QAbstractButton*>(copy))
        QApplication::clipboard()->setText(codes.join(QLatin1Char('\n')));
}

void MainWindow::signOffInteractively() {
    bool ok = false;
    const QString by = QInputDialog::getText(this, tr("Sign off the tally"),
                                             tr("Your name, recorded with the sign-off (method: %1):")
                                                 .arg(tally::toString(m_results->currentOptions().method)),
                                             QLineEdit::Normal, QString(), &ok);
    if (!ok || !offerBackup(tr("signing off")))
        return;
    signOff(by);
}

bool MainWindow::signOff(const QString& by) {
    try {
        const auto s = signoff::signOff(*m_award, m_results->currentOptions(), by);
        reloadAll();
        statusBar()->showMessage(tr("Signed off: %1").arg(s.describe()), 15000);
        return true;
    } catch (const Error& e) {
        ErrorPresenter::present(this, tr("Not signed off"), e.message());
        return false;
    }
}

bool MainWindow::offerBackup(const QString& before) {
    const auto answer =
        QMessageBox::question(this, tr("Back up first?"), tr("Make a backup copy of the award before %1?").arg(before),
                              QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Yes);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Yes)
        saveCopy();
    return true;
}

void MainWindow::saveCopy() {
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save a copy of the award"), QString(), tr("Jurybox awards (*.jurybox)"));
    if (path.isEmpty())
        return;
    try {
        m_award->db().backupTo(path);
        statusBar()->showMessage(tr("Saved a copy as %1").arg(path), 10000);
    } catch (const Error& e) {
        ErrorPresenter::present(this, tr("Copy not saved"), e.message());
    }
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    for (const QUrl& url : event->mimeData()->urls())
        if (url.toLocalFile().endsWith(QStringLiteral(".jurypkg"))) {
            event->acceptProposedAction();
            return;
        }
}

void MainWindow::dropEvent(QDropEvent* event) {
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls())
        if (url.toLocalFile().endsWith(QStringLiteral(".jurypkg")))
            paths << url.toLocalFile();
    if (!paths.isEmpty() && offerBackup(tr("merging %n package(s)", nullptr, static_cast<int>(paths.size()))))
        mergePackages(paths);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
    QMainWindow::closeEvent(event);
}

} // namespace jurybox::ui
