#include "exportprogress.h"

#include <QProgressDialog>

namespace atlas {

ExportProgress ExportProgress::open(QWidget *parent, const QString &title, const QString &label)
{
    ExportProgress progress;
    progress.cancel = std::make_shared<std::atomic_bool>(false);
    auto *dialog = new QProgressDialog(label, QProgressDialog::tr("Cancel"), 0, 1000, parent);
    dialog->setWindowTitle(title);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(300);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    dialog->setValue(0);
    QObject::connect(dialog, &QProgressDialog::canceled, dialog, [cancel = progress.cancel] { cancel->store(true); });
    progress.dialog = dialog;
    progress.report = [dialog](double fraction) {
        QMetaObject::invokeMethod(
            dialog, [dialog, fraction] { dialog->setValue(static_cast<int>(fraction * 1000)); }, Qt::QueuedConnection);
    };
    return progress;
}

} // namespace atlas
