// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/ThemeColours.h"

#include <QEvent>
#include <QLabel>
#include <QWidget>

namespace keyward::ui::theme {

namespace {

// A child of the widget it watches: goes with it.
class PaletteFollower : public QObject {
public:
    PaletteFollower(QWidget* widget, std::function<void()> apply)
        : QObject(widget)
        , m_apply(std::move(apply))
    {
        widget->installEventFilter(this);
        m_apply();
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        const QEvent::Type type = event->type();
        if ((type == QEvent::ApplicationPaletteChange || type == QEvent::PaletteChange) && !m_applying) {
            m_applying = true; // a style sheet set here re-polishes and may report a change again
            m_apply();
            m_applying = false;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_apply;
    bool m_applying = false;
};

} // namespace

void followPalette(QWidget* widget, std::function<void()> apply) { new PaletteFollower(widget, std::move(apply)); }

void setTone(QWidget* widget, Tone tone, const QString& extraStyle)
{
    followPalette(widget, [widget, tone, extraStyle] {
        const QString sheet = extraStyle.isEmpty() ? colourStyle(tone) : colourStyle(tone) + QLatin1Char(' ') + extraStyle;
        if (widget->styleSheet() != sheet)
            widget->setStyleSheet(sheet);
    });
}

void announcePaletteChange()
{
    QEvent changed(QEvent::ApplicationPaletteChange);
    for (QWidget* widget : QApplication::allWidgets()) {
        QCoreApplication::sendEvent(widget, &changed);
        // A rich-text label colours its links when its text is set, and setting the same text
        // again does nothing: set it anew so the links take the new palette's link colour.
        if (auto* label = qobject_cast<QLabel*>(widget); label && label->text().contains(QLatin1String("<a "))) {
            const QString text = label->text();
            label->clear();
            label->setText(text);
        }
    }
}

} // namespace keyward::ui::theme
