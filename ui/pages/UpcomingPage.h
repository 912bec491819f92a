// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pages/Page.h"

namespace keyward::ui {

// A page whose feature arrives in a later release: says what it will do, shows no fake data.
class UpcomingPage : public Page {
    Q_OBJECT
public:
    UpcomingPage(const QIcon& icon, const QString& title, const QString& description, QWidget* parent = nullptr);
};

} // namespace keyward::ui
