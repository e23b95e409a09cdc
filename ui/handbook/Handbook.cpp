// SPDX-License-Identifier: Apache-2.0
#include "ui/handbook/Handbook.h"

#include "core/Error.h"
#include "ui/handbook/HandbookHtml.h"
#include "ui/handbook/HandbookPdf.h"

#include <QGuiApplication>

namespace jurybox::handbook {

std::optional<HandbookFormat> handbookFormatFor(const QString& path) {
    const QString lower = path.toLower();
    if (lower.endsWith(QStringLiteral(".pdf")))
        return HandbookFormat::Pdf;
    if (lower.endsWith(QStringLiteral(".html")) || lower.endsWith(QStringLiteral(".htm")))
        return HandbookFormat::Html;
    return std::nullopt;
}

void writeHandbook(const exports::HandbookModel& model, const QString& path, HandbookFormat format,
                   exports::Overwrite overwrite) {
    exports::checkWritable(path, overwrite);
    const QByteArray bytes =
        format == HandbookFormat::Pdf ? handbookPdf(model) : handbookHtml(model, HtmlFlavour::Standalone).toUtf8();
    exports::writeFileAtomically(path, bytes, overwrite);
}

void ensureGuiApplication() {
    if (qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return;
    if (QCoreApplication::instance())
        throw Error(QStringLiteral("rendering the handbook needs a QGuiApplication, and this program made a "
                                   "QCoreApplication"));
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Lives until the process ends: Qt keeps pointers to argc and argv, and destroying the application at exit would
    // race Qt's own global destructors.
    static int argc = 1;
    static char name[] = "jurybox";
    static char* argv[] = {name, nullptr};
    static QGuiApplication* application = new QGuiApplication(argc, argv);
    Q_UNUSED(application);
}

} // namespace jurybox::handbook
