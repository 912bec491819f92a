// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The palettes Keyward can be shown in besides the desktop's own, and the officer's choice of
// high contrast (issue 16). Qt 6.4 has no portable way to ask a Linux desktop whether high
// contrast is on, so it is a setting ("ui/highContrast", View ▸ High contrast) and a command-line
// option (--high-contrast) instead. High contrast uses the Fusion style, which draws everything
// from the palette: white on black, yellow selection and focus.

#include <QAction>
#include <QPalette>

class QSettings;

namespace keyward::ui::appearance {

// White on black, yellow highlight and focus, cyan links; disabled text still 7:1.
QPalette highContrastPalette();
// A dark desktop palette (as Fusion draws a dark theme): the tests' and screenshots' dark.
QPalette darkPalette();

bool highContrastChosen(const QSettings& settings);
bool highContrastChosen();
// Shows the whole application in high contrast (on), or back in the desktop's palette (off).
void applyHighContrast(bool on);

// View ▸ High contrast: checked while the application is in high contrast; toggling it applies
// at once and stores the choice for the next start.
class HighContrastAction : public QAction {
    Q_OBJECT
public:
    explicit HighContrastAction(QObject* parent = nullptr);

Q_SIGNALS:
    // After a choice was applied and stored: a sentence for the window's message bar.
    void switched(const QString& message);
};

} // namespace keyward::ui::appearance
