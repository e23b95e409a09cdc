// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLocale>
#include <QString>
#include <QTranslator>

#include <memory>
#include <vector>

// The languages Jurybox speaks, and their Qt Linguist translations (.qm files compiled from
// resources/translations/*.ts and embedded under :/i18n).
namespace jurybox::i18n {

/// A language with a translation: its code ("ko") and its name in itself ("한국어"), as a menu offers it.
struct Language {
    QString code;
    QString nativeName;
};

/// English (the source language), Korean and Spanish.
const std::vector<Language>& languages();

/// True for "en", "ko" and "es".
bool isSupported(const QString& code);

/// The supported language closest to a locale (its language; English when there is no translation).
QString languageFor(const QLocale& locale);

/// The locale whose dates and numbers go with a language: the system's own when it speaks that language
/// (es_MX stays Mexican), else the language's main country.
QLocale localeFor(const QString& code, const QLocale& system = QLocale::system());

/// Jurybox's translator for a language, or nullptr when it has none (English has one, for its plural forms).
std::unique_ptr<QTranslator> translator(const QString& code);

/// The interface language chosen in Settings (QSettings "language"): a language code, or empty to follow the system.
QString chosenLanguage();
void setChosenLanguage(const QString& code);

/// Puts the interface in a language (empty: the system's): installs Jurybox's translator, and Qt's own for its
/// standard dialogs when the system has it, and makes the language's locale the default for dates and numbers.
/// Replaces what an earlier call installed. Returns the language used.
QString installTranslators(const QString& choice);

/// The translated text of one message with a given translator (nullptr or no translation: the source text), for
/// text rendered in a language other than the interface's (the handbook). n >= 0 picks the plural form and fills
/// %n with n written in `locale`.
QString translate(const QTranslator* translator, const char* context, const char* source, int n = -1,
                  const QLocale& locale = QLocale::c());

} // namespace jurybox::i18n
