// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QString>

namespace keyward::ui {

// One of Keyward's own icons (resources/icons/<name>.svg, compiled in as :/icons/<name>.svg),
// drawn in the colours of the palette in use each time it is painted: the line glyphs take the
// palette's text colour (dark on a light window, light on a dark one, white in high contrast), the
// state badges (warning, error, success, info) take the matching theme::Tone. Widgets repaint on a
// palette change, so a switch to dark or high contrast recolours every icon without rebuilding it.
// Pixmaps taken once (QLabel::setPixmap) must be taken again on QEvent::PaletteChange.
QIcon themedIcon(const QString& name);
QIcon themedIcon(const char* name);

} // namespace keyward::ui
