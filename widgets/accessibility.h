#pragma once

class QLineEdit;

namespace atlas {

/**
 * Small helpers that give Qt's own parts of a control what screen readers need, where Qt leaves
 * it out. Stateless; call them on the GUI thread (docs/accessibility.md).
 */
class Accessibility
{
public:
    /// Turns on @p edit's clear button and names it ("Clear"): Qt draws it as an unnamed icon.
    static void enableClearButton(QLineEdit *edit);
};

} // namespace atlas
