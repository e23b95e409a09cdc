// SPDX-License-Identifier: Apache-2.0
#include "ui/i18n/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

#include <algorithm>

namespace jurybox::i18n {

const std::vector<Language>& languages() {
    static const std::vector<Language> all{{QStringLiteral("en"), QStringLiteral("English")},
                                           {QStringLiteral("ko"), QStringLiteral("한국어")},
                                           {QStringLiteral("es"), QStringLiteral("Español")}};
    return all;
}

bool isSupported(const QString& code) {
    return std::any_of(languages().begin(), languages().end(), [&code](const Language& l) { return l.code == code; });
}

QString languageFor(const QLocale& locale) {
    const QString code = QLocale::languageToCode(locale.language());
    return isSupported(code) ? code : QStringLiteral("en");
}

QLocale localeFor(const QString& code, const QLocale& system) {
    const QLocale language(code);
    if (system.language() == language.language())
        return system;
    return language;
}

std::unique_ptr<QTranslator> translator(const QString& code) {
    auto t = std::make_unique<QTranslator>();
    if (!isSupported(code) || !t->load(QStringLiteral(":/i18n/jurybox_%1.qm").arg(code)))
        return nullptr;
    return t;
}

QString chosenLanguage() {
    const QString code = QSettings().value(QStringLiteral("language")).toString();
    return isSupported(code) ? code : QString();
}

void setChosenLanguage(const QString& code) {
    QSettings().setValue(QStringLiteral("language"), isSupported(code) ? code : QString());
}

QString installTranslators(const QString& choice) {
    // Owned here so that a second call (tests switch languages) can take the first call's out again.
    static std::unique_ptr<QTranslator> jurybox;
    static std::unique_ptr<QTranslator> qt;
    for (auto* t : {&jurybox, &qt}) {
        if (*t)
            QCoreApplication::removeTranslator(t->get());
        t->reset();
    }
    QString code = isSupported(choice) ? choice : languageFor(QLocale::system());
    const QLocale locale = localeFor(code);
    QLocale::setDefault(locale);
    qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt.get());
    else
        qt.reset();
    jurybox = translator(code);
    if (jurybox)
        QCoreApplication::installTranslator(jurybox.get());
    return code;
}

QString translate(const QTranslator* translator, const char* context, const char* source, int n,
                  const QLocale& locale) {
    QString text = translator ? translator->translate(context, source, nullptr, n) : QString();
    if (text.isEmpty())
        text = QString::fromUtf8(source);
    if (n >= 0)
        text.replace(QStringLiteral("%n"), locale.toString(n));
    return text;
}

} // namespace jurybox::i18n
