// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/MessageWidget.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QToolButton>

namespace keyward::ui {

namespace {

struct Palette {
    const char* icon;
    const char* background;
    const char* border;
};

Palette paletteFor(MessageWidget::Type type)
{
    switch (type) {
    case MessageWidget::Type::Positive:
        return { ":/icons/success.svg", "#e6f4ea", "#2e8b57" };
    case MessageWidget::Type::Warning:
        return { ":/icons/warning.svg", "#fdf4dc", "#e0a100" };
    case MessageWidget::Type::Error:
        return { ":/icons/error.svg", "#fbe9e7", "#c0392b" };
    case MessageWidget::Type::Information:
        break;
    }
    return { ":/icons/info.svg", "#e8f1fb", "#2d7dd2" };
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
    m_close->setIcon(QIcon(QStringLiteral(":/icons/close.svg")));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Close this message"));
    m_close->setAccessibleName(tr("Close message"));
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    connect(m_close, &QToolButton::clicked, this, &MessageWidget::hideMessage);
    connect(m_text, &QLabel::linkActivated, this, &MessageWidget::linkActivated);
    setFrameShape(QFrame::StyledPanel);
    applyStyle();
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
    const Palette p = paletteFor(m_type);
    m_icon->setPixmap(QIcon(QString::fromLatin1(p.icon)).pixmap(20, 20));
    // Scoped to this object so child labels keep the normal text colour.
    setStyleSheet(QStringLiteral("keyward--ui--MessageWidget { background: %1; border: 1px solid %2; "
                                 "border-radius: 4px; } QLabel { color: #1d2733; }")
                      .arg(QString::fromLatin1(p.background), QString::fromLatin1(p.border)));
}

} // namespace keyward::ui
