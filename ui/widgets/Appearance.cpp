// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/Appearance.h"

#include "widgets/ThemeColours.h"

#include <QAction>
#include <QApplication>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace keyward::ui::appearance {

namespace {

const QString highContrastSettingKey = QStringLiteral("ui/highContrast");
// The style and palette in use before high contrast was switched on, to switch back to.
const char* const desktopStyleProperty = "keywardDesktopStyle";
const char* const desktopPaletteProperty = "keywardDesktopPalette";

QPalette paletteFrom(const QColor& window, const QColor& text, const QColor& base, const QColor& button,
                     const QColor& highlight, const QColor& highlightedText, const QColor& link,
                     const QColor& placeholder, const QColor& disabledText)
{
    QPalette p(button, window);
    for (QPalette::ColorGroup group : { QPalette::Active, QPalette::Inactive, QPalette::Disabled }) {
        const QColor& fg = group == QPalette::Disabled ? disabledText : text;
        p.setColor(group, QPalette::Window, window);
        p.setColor(group, QPalette::WindowText, fg);
        p.setColor(group, QPalette::Base, base);
        p.setColor(group, QPalette::AlternateBase, base == window ? base : base.lighter(115));
        p.setColor(group, QPalette::Text, fg);
        p.setColor(group, QPalette::Button, button);
        p.setColor(group, QPalette::ButtonText, fg);
        p.setColor(group, QPalette::BrightText, highlight);
        p.setColor(group, QPalette::Highlight, group == QPalette::Disabled ? disabledText : highlight);
        p.setColor(group, QPalette::HighlightedText, highlightedText);
        p.setColor(group, QPalette::Link, link);
        p.setColor(group, QPalette::LinkVisited, link);
        p.setColor(group, QPalette::PlaceholderText, placeholder);
        p.setColor(group, QPalette::ToolTipBase, base);
        p.setColor(group, QPalette::ToolTipText, text);
    }
    return p;
}

// Fusion draws a line edit's frame a shade darker than the window: black on black in high
// contrast. A light frame shows where to type, the highlight (yellow) where the focus is.
QString highContrastStyleSheet()
{
    return QStringLiteral("QLineEdit, QPlainTextEdit, QAbstractSpinBox { border: 1px solid #c8c8c8; border-radius: 2px;"
                          " padding: 1px 2px; }"
                          "QLineEdit:focus, QPlainTextEdit:focus, QAbstractSpinBox:focus { border: 2px solid #ffff00; }");
}

} // namespace

QPalette highContrastPalette()
{
    QPalette p = paletteFrom(Qt::black, Qt::white, Qt::black, Qt::black, QColor(0xff, 0xff, 0x00), Qt::black,
                             QColor(0x00, 0xff, 0xff), QColor(0xc8, 0xc8, 0xc8), QColor(0xa8, 0xa8, 0xa8));
    // Frames and separators (Fusion draws them from these) as visible as the text.
    for (QPalette::ColorGroup group : { QPalette::Active, QPalette::Inactive, QPalette::Disabled }) {
        p.setColor(group, QPalette::Light, Qt::white);
        p.setColor(group, QPalette::Midlight, QColor(0xc8, 0xc8, 0xc8));
        p.setColor(group, QPalette::Mid, QColor(0xc8, 0xc8, 0xc8));
        p.setColor(group, QPalette::Dark, Qt::white);
        p.setColor(group, QPalette::Shadow, Qt::white);
        p.setColor(group, QPalette::AlternateBase, QColor(0x1a, 0x1a, 0x1a));
    }
    return p;
}

QPalette darkPalette()
{
    return paletteFrom(QColor(0x2b, 0x2b, 0x2b), QColor(0xe8, 0xe8, 0xe8), QColor(0x1e, 0x1e, 0x1e),
                       QColor(0x3a, 0x3a, 0x3a), QColor(0x2f, 0x65, 0xb8), Qt::white, QColor(0x8a, 0xb4, 0xf8),
                       QColor(0xa0, 0xa0, 0xa0), QColor(0x80, 0x80, 0x80));
}

bool highContrastChosen(const QSettings& settings) { return settings.value(highContrastSettingKey, false).toBool(); }

bool highContrastChosen() { return highContrastChosen(QSettings()); }

void applyHighContrast(bool on)
{
    QObject* app = QCoreApplication::instance();
    if (on) {
        if (!app->property(desktopStyleProperty).isValid()) {
            app->setProperty(desktopStyleProperty, QApplication::style()->name());
            app->setProperty(desktopPaletteProperty, QApplication::palette());
        }
        // Fusion draws every frame, focus ring and selection from the palette.
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(highContrastPalette());
        qApp->setStyleSheet(highContrastStyleSheet());
        theme::announcePaletteChange();
        return;
    }
    if (!app->property(desktopStyleProperty).isValid())
        return; // never switched on
    if (qApp->styleSheet() == highContrastStyleSheet())
        qApp->setStyleSheet(QString());
    QApplication::setStyle(QStyleFactory::create(app->property(desktopStyleProperty).toString()));
    QApplication::setPalette(app->property(desktopPaletteProperty).value<QPalette>());
    app->setProperty(desktopStyleProperty, QVariant());
    app->setProperty(desktopPaletteProperty, QVariant());
    theme::announcePaletteChange();
}

HighContrastAction::HighContrastAction(QObject* parent)
    : QAction(tr("&High contrast"), parent)
{
    setObjectName(QStringLiteral("highContrastAction"));
    setCheckable(true);
    setChecked(theme::isHighContrast());
    setToolTip(tr("White text on black, yellow selection and focus"));
    connect(this, &QAction::toggled, this, [this](bool on) {
        if (on == theme::isHighContrast())
            return;
        applyHighContrast(on);
        QSettings settings;
        settings.setValue(highContrastSettingKey, on);
        settings.sync();
        Q_EMIT switched(on ? tr("High contrast is on: white on black, with a yellow frame around the focus.")
                           : tr("High contrast is off."));
    });
}

} // namespace keyward::ui::appearance
