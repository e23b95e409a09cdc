// SPDX-License-Identifier: Apache-2.0
#include "app/jurybox/JudgeScript.h"
#include "ui/MainWindow.h"
#include "ui/OpenFiles.h"
#include "ui/i18n/Translations.h"
#include "ui/screens/SubmissionsScreen.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTableView>
#include <QTimer>

#include <cstdio>

namespace {

/// For the benchmark suite: report the time from start to the first paint of the submissions table, then quit.
class FirstPaintProbe : public QObject {
public:
    explicit FirstPaintProbe(const QElapsedTimer& clock)
        : m_clock(clock) {}
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            std::fprintf(stderr, "jurybox: submissions table painted after %lld ms\n",
                         static_cast<long long>(m_clock.elapsed()));
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer& m_clock;
    bool m_done = false;
};

} // namespace

int main(int argc, char** argv) {
    QElapsedTimer clock;
    clock.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Jurybox"));
    QApplication::setOrganizationName(QStringLiteral("Jurybox"));
    QApplication::setApplicationVersion(QStringLiteral(JURYBOX_VERSION));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.jurybox.Jurybox")));
    // The language chosen in Settings, else the system's (QSettings needs the names above).
    jurybox::i18n::installTranslators(jurybox::i18n::chosenLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Judging system for smart-city awards"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"), QStringLiteral("Open the built-in demo award."));
    const QCommandLineOption probe(QStringLiteral("quit-after-first-paint"),
                                   QStringLiteral("Print the time to the first paint of the submissions table and "
                                                  "quit (benchmarks)."));
    parser.addOption(demo);
    parser.addOption(probe);
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("An award (.jurybox) or judge package "
                                                                        "(.jurypkg) to open."));
    parser.process(app);

    using jurybox::ui::OpenFiles;
    QWidget* window = nullptr;
    const QStringList files = parser.positionalArguments();
    if (QWidget* scripted = jurybox::app::startJudgeScript(files)) // a test hook, inert unless its variable is set
        window = scripted;
    else if (parser.isSet(demo))
        window = OpenFiles::openDemo();
    else if (!files.isEmpty())
        window = OpenFiles::open(files.front());
    else if (!OpenFiles::recentFiles().isEmpty() && !parser.isSet(probe))
        window = OpenFiles::open(OpenFiles::recentFiles().front());
    if (!window)
        window = OpenFiles::welcome();

    FirstPaintProbe paintProbe(clock);
    if (parser.isSet(probe)) {
        auto* main = qobject_cast<jurybox::ui::MainWindow*>(window);
        if (!main)
            return 1;
        main->submissions()->table()->viewport()->installEventFilter(&paintProbe);
    }
    return QApplication::exec();
}
