// SPDX-License-Identifier: Apache-2.0
#include "core/Error.h"
#include "core/award/DemoAward.h"
#include "core/store/AwardStore.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Jurybox"));
    QApplication::setOrganizationName(QStringLiteral("Jurybox"));
    QApplication::setApplicationVersion(QStringLiteral(JURYBOX_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Judging system for smart-city awards"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"), QStringLiteral("Open the built-in demo award."));
    parser.addOption(demo);
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("An award file (.jurybox) to open."));
    parser.process(app);

    try {
        std::unique_ptr<jurybox::store::AwardFile> award;
        const QStringList files = parser.positionalArguments();
        if (parser.isSet(demo) || files.isEmpty())
            award = std::make_unique<jurybox::store::AwardFile>(jurybox::award::createDemoAward({}));
        else
            award = std::make_unique<jurybox::store::AwardFile>(jurybox::store::AwardFile::open(files.front()));
        const QString title = jurybox::store::AwardStore(award->db()).award().name;
        jurybox::ui::MainWindow window(std::move(award), title);
        window.show();
        return QApplication::exec();
    } catch (const jurybox::Error& e) {
        QMessageBox::critical(nullptr, QStringLiteral("Jurybox"), e.message());
        return 1;
    }
}
