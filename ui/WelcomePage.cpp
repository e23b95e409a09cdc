// SPDX-License-Identifier: Apache-2.0
#include "ui/WelcomePage.h"

#include "ui/OpenFiles.h"
#include "ui/dialogs/SettingsDialog.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace jurybox::ui {

WelcomePage::WelcomePage(QWidget* parent)
    : QWidget(parent) {
    setWindowTitle(tr("Welcome — Jurybox"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("<h1>Jurybox</h1><p>Judging for smart-city awards: judges score offline on their own "
                                "laptops, the secretariat merges their scorecards, tallies the winners, checks the "
                                "result and signs it off, and the ceremony gets its handbook.</p>"),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    // The welcome page gives way to the window an action opens; a cancelled file dialog leaves it (and the app) open.
    const auto button = [this](const QString& text, auto action) {
        auto* b = new QPushButton(text, this);
        connect(b, &QPushButton::clicked, this, [this, action] {
            if (action())
                close();
        });
        return b;
    };
    const auto role = [this](const QString& title, const QString& text, QPushButton* first, QPushButton* second) {
        auto* box = new QGroupBox(title, this);
        // The role's name stands out as a heading; what is inside keeps the page's font.
        QFont heading = font();
        heading.setBold(true);
        box->setFont(heading);
        QFont body = font();
        body.setBold(false); // explicitly, or the box's bold would be inherited
        auto* boxLayout = new QVBoxLayout(box);
        auto* label = new QLabel(text, box);
        label->setFont(body);
        label->setWordWrap(true);
        label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        boxLayout->addWidget(label, 1);
        for (QPushButton* b : {first, second}) {
            if (b) {
                b->setFont(body);
                boxLayout->addWidget(b);
            }
        }
        return box;
    };
    auto* roles = new QHBoxLayout;
    roles->addWidget(role(tr("Secretariat officer"),
                          tr("Sets up the award, imports the entries and the judges, records conflicts of interest, "
                             "assigns the judges and sends each one a package. Merges the returned packages, tallies, "
                             "checks the result, signs it off and exports it."),
                          button(tr("New award…"), [] { return OpenFiles::createNew(); }),
                          button(tr("Open an award…"), [] { return OpenFiles::chooseAndOpen(); })));
    roles->addWidget(role(tr("Judge"),
                          tr("Opens the package from the secretariat with the access code sent separately, reads "
                             "each entry, scores every criterion and writes a comment — offline; every mark is saved "
                             "at once. Submits, then sends the file back."),
                          button(tr("Open a judge package…"), [] { return OpenFiles::chooseAndOpen(); }), nullptr));
    roles->addWidget(role(tr("Ceremony organiser"),
                          tr("Receives the ceremony handbook (PDF or HTML, in English, Korean or Spanish) and the "
                             "result tables (CSV, Excel) from the secretariat."),
                          nullptr, nullptr));
    layout->addLayout(roles, 1);

    auto* demo =
        button(tr("Try it: open the demo award (the 2nd WeGO Awards 2014)"), [] { return OpenFiles::openDemo(); });
    demo->setDefault(true);
    demo->setAutoDefault(true);
    layout->addWidget(demo);

    const QStringList recent = OpenFiles::recentFiles();
    if (!recent.isEmpty()) {
        auto* label = new QLabel(tr("<b>Recent files</b>"), this);
        layout->addWidget(label);
        m_recent = new QListWidget(this);
        m_recent->setAccessibleName(tr("Recent files"));
        m_recent->addItems(recent);
        label->setBuddy(m_recent);
        connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
            if (OpenFiles::open(item->text()))
                close();
        });
        layout->addWidget(m_recent);
    }
    auto* settings = new QPushButton(tr("Settings (language)…"), this);
    connect(settings, &QPushButton::clicked, this, [this] { SettingsDialog::edit(this); });
    auto* bottom = new QHBoxLayout;
    bottom->addStretch(1);
    bottom->addWidget(settings);
    layout->addLayout(bottom);
    resize(900, 560);
}

} // namespace jurybox::ui
