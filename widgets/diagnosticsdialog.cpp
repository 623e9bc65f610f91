#include "diagnosticsdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace atlas {

DiagnosticsDialog::DiagnosticsDialog(const QString &summary, const Diagnostics &diagnostics, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Problems in the dataset"));
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(summary, this);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(label);

    auto *table = new QTableWidget(static_cast<int>(diagnostics.size()), 4, this);
    table->setAccessibleName(tr("Problems"));
    table->setHorizontalHeaderLabels({ tr("Line:column"), tr("Severity"), tr("Field"), tr("Message") });
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->horizontalHeader()->setStretchLastSection(true);
    const QIcon errorIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (int row = 0; row < diagnostics.size(); ++row) {
        const Diagnostic &d = diagnostics.at(row);
        const bool isError = d.severity == Severity::Error;
        table->setItem(
            row, 0, new QTableWidgetItem(d.line > 0 ? QStringLiteral("%1:%2").arg(d.line).arg(d.column) : QString()));
        table->setItem(
            row, 1, new QTableWidgetItem(isError ? errorIcon : warningIcon, isError ? tr("error") : tr("warning")));
        table->setItem(row, 2, new QTableWidgetItem(d.path));
        table->setItem(row, 3, new QTableWidgetItem(d.message));
    }
    table->resizeColumnsToContents();
    layout->addWidget(table, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy All"), QDialogButtonBox::ActionRole);
    copy->setToolTip(tr("Copy every message as file:line:column text"));
    connect(copy, &QPushButton::clicked, this, [diagnostics] {
        QStringList lines;
        for (const Diagnostic &d : diagnostics)
            lines.append(d.toString());
        QApplication::clipboard()->setText(lines.join(u'\n') + u'\n');
    });
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 360);
}

} // namespace atlas
