// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;

namespace jurybox::ui {

/// File › Settings…: the interface language (System, English, 한국어, Español), kept in QSettings and applied the next
/// time Jurybox starts — the dialog says so. Each language is listed in its own name, so a user lost in a language
/// they cannot read still finds theirs.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget* parent = nullptr);

    QComboBox* languageBox() const { return m_language; }
    /// When the choice applies (and that sentence in the language chosen).
    QLabel* note() const { return m_note; }
    /// The code chosen in the box ("" for the system's language).
    QString chosenLanguage() const;
    void accept() override;

    /// Shows the dialog (modal) over a window.
    static void edit(QWidget* parent);

private:
    void updateNote();

    QComboBox* m_language;
    QLabel* m_note;
    QString m_initial;
};

} // namespace jurybox::ui
