// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// State and hint colours that stay readable on the palette in use: a light desktop, a dark one or
// the high-contrast theme (View ▸ High contrast). Each tone has a shade per kind of palette, at
// least 4.5:1 against the window and base colours (7:1 in high contrast); "muted" is mixed from
// the palette's own text and window colours. Use these instead of a hex colour chosen on a light
// background. tst_theme checks every tone against every palette with the WCAG formula below.

#include <QApplication>
#include <QColor>
#include <QPalette>
#include <QString>

#include <cmath>
#include <functional>

class QWidget;

namespace keyward::ui::theme {

enum class Tone { Muted, Danger, Warning, Success, Info };

// WCAG 2.1 relative luminance and contrast ratio (1:1 … 21:1).
inline double relativeLuminance(const QColor& c)
{
    const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

inline double contrastRatio(const QColor& a, const QColor& b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

inline bool isDark(const QPalette& palette = QApplication::palette())
{
    return palette.color(QPalette::Window).lightness() < 128;
}

// A high-contrast palette is pure black on white or white on black (ours, and the desktops'
// high-contrast themes). Qt 6.4 cannot ask a Linux desktop whether high contrast is on, so the
// palette itself tells; no light or dark theme reaches 19:1 (Fusion's light one is 18:1).
inline bool isHighContrast(const QPalette& palette = QApplication::palette())
{
    return contrastRatio(palette.color(QPalette::WindowText), palette.color(QPalette::Window)) >= 19.0;
}

// Black or white, whichever reads better on `background` (marks inside a filled badge).
inline QColor onColour(const QColor& background)
{
    return contrastRatio(background, Qt::black) >= contrastRatio(background, Qt::white) ? QColor(Qt::black)
                                                                                       : QColor(Qt::white);
}

// `amount` of `b` over `a`.
inline QColor mix(const QColor& a, const QColor& b, double amount)
{
    return QColor::fromRgbF(float(a.redF() * (1 - amount) + b.redF() * amount),
                            float(a.greenF() * (1 - amount) + b.greenF() * amount),
                            float(a.blueF() * (1 - amount) + b.blueF() * amount));
}

// A tone's shade on each kind of background.
struct Shades {
    QColor onLight, onDark, onLightHighContrast, onDarkHighContrast;
};

inline Shades shadesOf(Tone tone)
{
    switch (tone) {
    case Tone::Danger:
        return { QColor(0xb0, 0x2a, 0x2a), QColor(0xff, 0x8a, 0x80), QColor(0x9e, 0x00, 0x00), QColor(0xff, 0x99, 0x99) };
    case Tone::Warning:
        return { QColor(0x8a, 0x5a, 0x00), QColor(0xff, 0xd5, 0x4f), QColor(0x5c, 0x3d, 0x00), QColor(0xff, 0xff, 0x00) };
    case Tone::Success:
        return { QColor(0x27, 0x6b, 0x2b), QColor(0x81, 0xc7, 0x84), QColor(0x00, 0x5a, 0x00), QColor(0x7d, 0xff, 0x7d) };
    case Tone::Info:
    case Tone::Muted: // mixed from the palette instead (colour())
        break;
    }
    return { QColor(0x1f, 0x5f, 0xa8), QColor(0x8a, 0xb4, 0xf8), QColor(0x00, 0x3f, 0x8f), QColor(0x99, 0xcc, 0xff) };
}

inline QColor colour(Tone tone, const QPalette& palette = QApplication::palette())
{
    const bool dark = isDark(palette);
    const bool highContrast = isHighContrast(palette);
    const QColor text = palette.color(QPalette::WindowText);
    if (tone == Tone::Muted) // 70% text, 30% window: quieter than the text, still above 4.5:1;
        return highContrast ? text : mix(text, palette.color(QPalette::Window), 0.3); // none in high contrast
    const Shades shades = shadesOf(tone);
    if (highContrast)
        return dark ? shades.onDarkHighContrast : shades.onLightHighContrast;
    return dark ? shades.onDark : shades.onLight;
}

// A pale wash of a tone over the window colour: the background of a message bar or a card.
inline QColor wash(Tone tone, const QPalette& palette = QApplication::palette())
{
    if (isHighContrast(palette))
        return palette.color(QPalette::Window); // a border says it instead
    return mix(palette.color(QPalette::Window), colour(tone, palette), isDark(palette) ? 0.16 : 0.10);
}

// `html` in the tone's colour, for rich-text labels.
inline QString span(Tone tone, const QString& html)
{
    return QStringLiteral("<span style='color:%1'>%2</span>").arg(colour(tone).name(), html);
}

// A boxed note beside a form (a hint, a warning): the tone's wash and border, the palette's text.
inline QString noteStyle(Tone tone, const QPalette& palette = QApplication::palette())
{
    return QStringLiteral("background: %1; border: 1px solid %2; border-radius: 4px; padding: 8px; color: %3;")
        .arg(wash(tone, palette).name(), colour(tone, palette).name(), palette.color(QPalette::WindowText).name());
}

// "color: #rrggbb;" for a style sheet.
inline QString colourStyle(Tone tone) { return QStringLiteral("color: %1;").arg(colour(tone).name()); }

// Runs `apply` now and again whenever the palette changes (View ▸ High contrast, a desktop
// switching to dark): for colours baked into a style sheet or a pixmap. `apply` must be cheap and
// set only what differs (setting a style sheet re-polishes, which can report a palette change).
void followPalette(QWidget* widget, std::function<void()> apply);
// The widget's text in `tone` (plus `extraStyle`, more style sheet declarations), kept in the
// tone of whichever palette is in use.
void setTone(QWidget* widget, Tone tone, const QString& extraStyle = {});
// Tells every widget that the application palette changed. Qt 6.4 sends widgets only a
// PaletteChange, and none to those whose style sheet fixed their palette.
void announcePaletteChange();

} // namespace keyward::ui::theme
