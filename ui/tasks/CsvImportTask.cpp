// SPDX-License-Identifier: Apache-2.0
#include "ui/tasks/CsvImportTask.h"

#include "core/Error.h"
#include "core/import/AwardImport.h"
#include "ui/tasks/TaskRunner.h"
#include "ui/widgets/ErrorPresenter.h"

#include <QFileInfo>
#include <QObject>

namespace jurybox::ui {

bool importInWorker(QWidget* parent, store::AwardFile& award, const import::ImportSources& sources,
                    const QString& file) {
    try {
        TaskRunner::run(parent, QObject::tr("Importing %1").arg(QFileInfo(file).fileName()), &award.db(),
                        [&](task::TaskControl&) { import::importCsv(award, sources); });
    } catch (const Cancelled&) {
        ErrorPresenter::present(parent, QObject::tr("Import cancelled"),
                                QObject::tr("The import was cancelled: nothing was changed."));
        return false;
    } catch (const Error& e) {
        ErrorPresenter::present(parent, QObject::tr("Import refused — nothing was changed"), e.message());
        return false;
    }
    return true;
}

} // namespace jurybox::ui
