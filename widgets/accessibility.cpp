#include "accessibility.h"

#include <QAction>
#include <QCoreApplication>
#include <QLineEdit>

namespace atlas {

void Accessibility::enableClearButton(QLineEdit *edit)
{
    edit->setClearButtonEnabled(true);
    // The button shows the action's icon only; its text is what screen readers read. The action's
    // object name is Qt's (qlineedit.cpp) and has been the same since Qt 5.2.
    if (auto *clear = edit->findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction"))) {
        clear->setText(QCoreApplication::translate("atlas::Accessibility", "Clear"));
        clear->setToolTip(QCoreApplication::translate("atlas::Accessibility", "Clear the text"));
    }
}

} // namespace atlas
