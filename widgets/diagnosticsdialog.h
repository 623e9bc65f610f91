#pragma once

#include "diagnostic.h"

#include <QDialog>

namespace atlas {

/**
 * Shows the diagnostics of a file that could not be opened (or opened with warnings): a short
 * summary and a table of position, severity and message that can be copied. Modal, owned by
 * its parent window.
 */
class DiagnosticsDialog : public QDialog
{
    Q_OBJECT

public:
    DiagnosticsDialog(const QString &summary, const Diagnostics &diagnostics, QWidget *parent = nullptr);
};

} // namespace atlas
