#pragma once

#include "figureexport.h"

#include <QString>

#include <atomic>
#include <memory>

class QProgressDialog;
class QWidget;

namespace atlas {

/**
 * The modal progress dialog of an export running on a worker thread: 0…1 progress reported from
 * that thread reaches the dialog through the event loop, and Cancel sets the shared flag the
 * export polls. The dialog appears only if the export takes longer than a moment.
 */
struct ExportProgress {
    QProgressDialog *dialog = nullptr;
    FigureExport::Progress report; ///< safe to call from any thread while the dialog exists
    std::shared_ptr<std::atomic_bool> cancel;

    static ExportProgress open(QWidget *parent, const QString &title, const QString &label);
};

} // namespace atlas
