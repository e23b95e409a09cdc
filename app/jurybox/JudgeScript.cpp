// SPDX-License-Identifier: Apache-2.0
#include "app/jurybox/JudgeScript.h"

#include "ui/OpenFiles.h"
#include "ui/judge/JudgeWindow.h"

#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFile>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace jurybox::app {

QWidget* startJudgeScript(const QStringList& files) {
    const QString script = qEnvironmentVariable("JURYBOX_TEST_JUDGE_SCRIPT");
    if (script.isEmpty() || files.isEmpty())
        return nullptr;
    QFile file(script);
    if (!file.open(QIODevice::ReadOnly))
        return nullptr;
    auto lines = std::make_shared<QList<QByteArray>>(file.readAll().trimmed().split('\n'));
    auto* window = qobject_cast<ui::JudgeWindow*>(
        ui::OpenFiles::openPackage(files.front(), qEnvironmentVariable("JURYBOX_TEST_ACCESS_CODE")));
    if (!window)
        return nullptr;
    auto* timer = new QTimer(window);
    auto next = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, window, [window, timer, lines, next] {
        if (*next >= lines->size()) {
            timer->stop();
            std::printf("script done\n");
            std::fflush(stdout);
            QCoreApplication::quit();
            return;
        }
        const QList<QByteArray> f = lines->at((*next)++).split('\t');
        const std::size_t input = f.value(1).toUInt();
        if (f.size() != 3 || !window->showEntry(QString::fromUtf8(f[0])) || input >= window->markInputs().size()) {
            std::fprintf(stderr, "jurybox: bad script line %d\n", *next);
            QCoreApplication::exit(1);
            return;
        }
        window->markInputs()[input]->setValue(f[2].toDouble()); // saved on valueChanged, as when typed
        std::printf("saved %d\n", *next);
        std::fflush(stdout);
    });
    timer->start(0);
    return window;
}

} // namespace jurybox::app
