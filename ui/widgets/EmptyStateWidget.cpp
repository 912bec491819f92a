// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/EmptyStateWidget.h"
#include "widgets/ThemeColours.h"

#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace keyward::ui {

EmptyStateWidget::EmptyStateWidget(const QIcon& icon, const QString& title, const QString& description,
                                   QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(title, this))
    , m_description(new QLabel(description, this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 48, 48, 48);
    layout->setSpacing(14);
    layout->addStretch(2);

    auto* iconLabel = new QLabel(this);
    iconLabel->setObjectName(QStringLiteral("emptyStateIcon"));
    iconLabel->setPixmap(icon.pixmap(72, 72));
    iconLabel->setAlignment(Qt::AlignCenter);
    layout->addWidget(iconLabel);

    m_title->setObjectName(QStringLiteral("emptyStateTitle"));
    m_title->setAlignment(Qt::AlignCenter);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);

    m_description->setObjectName(QStringLiteral("emptyStateDescription"));
    m_description->setAlignment(Qt::AlignCenter);
    m_description->setWordWrap(true);
    m_description->setMaximumWidth(560);
    theme::setTone(m_description, theme::Tone::Muted);
    layout->addWidget(m_description, 0, Qt::AlignHCenter);
    layout->addStretch(3);
}

QString EmptyStateWidget::title() const { return m_title->text(); }
QString EmptyStateWidget::description() const { return m_description->text(); }

} // namespace keyward::ui
