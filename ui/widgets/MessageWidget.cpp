// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/MessageWidget.h"

#include "widgets/ThemeColours.h"
#include "widgets/ThemedIcon.h"

#include <QApplication>

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QToolButton>

namespace keyward::ui {

namespace {

struct Look {
    const char* icon;
    theme::Tone tone;
};

Look lookFor(MessageWidget::Type type)
{
    switch (type) {
    case MessageWidget::Type::Positive:
        return { "success", theme::Tone::Success };
    case MessageWidget::Type::Warning:
        return { "warning", theme::Tone::Warning };
    case MessageWidget::Type::Error:
        return { "error", theme::Tone::Danger };
    case MessageWidget::Type::Information:
        break;
    }
    return { "info", theme::Tone::Info };
}

} // namespace

MessageWidget::MessageWidget(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_close(new QToolButton(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 8, 6, 8);
    layout->setSpacing(10);
    m_icon->setObjectName(QStringLiteral("messageIcon"));
    m_icon->setFixedSize(20, 20);
    m_text->setObjectName(QStringLiteral("messageText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::AutoText);
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_close->setObjectName(QStringLiteral("messageCloseButton"));
    m_close->setIcon(themedIcon("close"));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Close this message"));
    m_close->setAccessibleName(tr("Close message"));
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    connect(m_close, &QToolButton::clicked, this, &MessageWidget::hideMessage);
    connect(m_text, &QLabel::linkActivated, this, &MessageWidget::linkActivated);
    setFrameShape(QFrame::StyledPanel);
    theme::followPalette(this, [this] { applyStyle(); });
    hide();
}

void MessageWidget::showMessage(const QString& text, Type type)
{
    m_type = type;
    m_text->setText(text);
    applyStyle();
    setAccessibleDescription(text);
    show();
}

void MessageWidget::hideMessage()
{
    m_text->clear();
    hide();
}

QString MessageWidget::text() const { return m_text->text(); }

void MessageWidget::setCloseButtonVisible(bool visible) { m_close->setVisible(visible); }

void MessageWidget::applyStyle()
{
    // A wash of the message's tone over the window, its border in the tone, the text in the
    // palette's own text colour: readable on a light, dark or high-contrast palette alike.
    const Look look = lookFor(m_type);
    const QPalette palette = QApplication::palette();
    m_icon->setPixmap(themedIcon(look.icon).pixmap(20, 20));
    // Scoped to this object so child labels keep the normal text colour.
    const QString sheet = QStringLiteral("keyward--ui--MessageWidget { background: %1; border: %2px solid %3; "
                                         "border-radius: 4px; } QLabel { color: %4; }")
                              .arg(theme::wash(look.tone, palette).name())
                              .arg(theme::isHighContrast(palette) ? 2 : 1)
                              .arg(theme::colour(look.tone, palette).name(),
                                   palette.color(QPalette::WindowText).name());
    if (styleSheet() != sheet)
        setStyleSheet(sheet);
}

} // namespace keyward::ui
