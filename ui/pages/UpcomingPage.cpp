// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/UpcomingPage.h"

#include "widgets/EmptyStateWidget.h"

#include <QVBoxLayout>

namespace keyward::ui {

UpcomingPage::UpcomingPage(const QIcon& icon, const QString& title, const QString& description, QWidget* parent)
    : Page(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* empty = new EmptyStateWidget(icon, title,
                                       description + QStringLiteral("<br><br><i>")
                                           + tr("This page arrives in a later release of Keyward.")
                                           + QStringLiteral("</i>"),
                                       this);
    empty->setObjectName(QStringLiteral("emptyState"));
    layout->addWidget(empty);
}

} // namespace keyward::ui
