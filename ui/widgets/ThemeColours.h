// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// State and hint colours that stay readable on the palette in use: a light desktop, a dark one or
// a high-contrast theme. Each tone has a light-background and a dark-background shade (both at
// least 4.5:1 against their background); "muted" is mixed from the palette's own text and window
// colours. Use these instead of a hex colour chosen on a light background.

#include <QApplication>
#include <QColor>
#include <QPalette>
#include <QString>

namespace keyward::ui::theme {

enum class Tone { Muted, Danger, Warning, Success, Info };

inline bool isDark(const QPalette& palette = QApplication::palette())
{
    return palette.color(QPalette::Window).lightness() < 128;
}

inline QColor colour(Tone tone, const QPalette& palette = QApplication::palette())
{
    const bool dark = isDark(palette);
    switch (tone) {
    case Tone::Muted: {
        // 70% text, 30% window: quieter than the text, still well above 4.5:1.
        const QColor text = palette.color(QPalette::WindowText);
        const QColor window = palette.color(QPalette::Window);
        return QColor::fromRgbF(text.redF() * 0.7f + window.redF() * 0.3f, text.greenF() * 0.7f + window.greenF() * 0.3f,
                                text.blueF() * 0.7f + window.blueF() * 0.3f);
    }
    case Tone::Danger:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x2a, 0x2a);
    case Tone::Warning:
        return dark ? QColor(0xff, 0xd5, 0x4f) : QColor(0x8a, 0x5a, 0x00);
    case Tone::Success:
        return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x2e, 0x7d, 0x32);
    case Tone::Info:
        return dark ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x1f, 0x5f, 0xa8);
    }
    return palette.color(QPalette::WindowText);
}

// "color: #rrggbb;" for a style sheet.
inline QString colourStyle(Tone tone) { return QStringLiteral("color: %1;").arg(colour(tone).name()); }

} // namespace keyward::ui::theme
