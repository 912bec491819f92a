// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

namespace keyward::ui {

// First page of the first-run wizard: what is about to be created, and where.
class WelcomePage : public QWizardPage {
    Q_OBJECT
public:
    WelcomePage(const QString& vaultDir, QWidget* parent = nullptr);
};

} // namespace keyward::ui
