// SPDX-License-Identifier: Apache-2.0
#include "ui/dialogs/SettingsDialog.h"

#include "ui/i18n/Translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QTranslator>
#include <QVBoxLayout>

namespace jurybox::ui {

namespace {

QString nativeName(const QString& code) {
    for (const i18n::Language& l : i18n::languages())
        if (l.code == code)
            return l.nativeName;
    return code;
}

} // namespace

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_note(new QLabel(this))
    , m_initial(i18n::chosenLanguage()) {
    setWindowTitle(tr("Settings — Jurybox"));
    m_language->addItem(tr("System (%1)").arg(nativeName(i18n::languageFor(QLocale::system()))), QString());
    for (const i18n::Language& l : i18n::languages())
        m_language->addItem(l.nativeName, l.code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_initial)));
    m_language->setAccessibleName(tr("Language"));
    m_note->setWordWrap(true);

    auto* form = new QFormLayout;
    auto* label = new QLabel(tr("&Language:"), this);
    label->setBuddy(m_language);
    form->addRow(label, m_language);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    auto* handbook = new QLabel(tr("The ceremony handbook has its own language, chosen when it is exported "
                                   "(jurybox-cli export --language en|ko|es)."),
                                this);
    handbook->setWordWrap(true);
    layout->addWidget(handbook);
    layout->addStretch(1);
    // Own buttons rather than QDialogButtonBox's standard ones: their text would need Qt's translations installed.
    auto* buttons = new QDialogButtonBox(this);
    QPushButton* save = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    save->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateNote);
    updateNote();
    resize(480, 240);
}

QString SettingsDialog::chosenLanguage() const {
    return m_language->currentData().toString();
}

void SettingsDialog::updateNote() {
    static const char* const unchanged = QT_TR_NOOP("A new language applies the next time Jurybox starts.");
    static const char* const changed = QT_TR_NOOP("Jurybox will speak %1 the next time it starts.");
    const QString chosen = chosenLanguage();
    if (chosen == m_initial) {
        m_note->setText(tr(unchanged));
        return;
    }
    // Also in the language chosen, which the user may read better than the one on screen.
    const QString code = chosen.isEmpty() ? i18n::languageFor(QLocale::system()) : chosen;
    const auto translator = i18n::translator(code);
    const QString here = tr(changed).arg(m_language->currentText());
    const QString there =
        i18n::translate(translator.get(), metaObject()->className(), changed).arg(m_language->currentText());
    m_note->setText(there == here ? here : here + QLatin1Char('\n') + there);
}

void SettingsDialog::accept() {
    i18n::setChosenLanguage(chosenLanguage());
    QDialog::accept();
}

void SettingsDialog::edit(QWidget* parent) {
    SettingsDialog dialog(parent);
    dialog.exec();
}

} // namespace jurybox::ui
