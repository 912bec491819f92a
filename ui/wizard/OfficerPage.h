// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;
class QProgressBar;

namespace keyward::ui {

class FirstRunWizard;
class MessageWidget;
class OfficerForm;

// A first-run wizard page for one officer. The second officer's page is the last one: its
// Finish starts the vault creation in the background and shows that it is working.
class OfficerPage : public QWizardPage {
    Q_OBJECT
public:
    enum class Kind { First, Second };

    OfficerPage(Kind kind, FirstRunWizard* wizard);

    OfficerForm* form() const { return m_form; }
    void setBusy(bool busy);
    void showError(const QString& message);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    Kind m_kind;
    FirstRunWizard* m_wizard;
    OfficerForm* m_form;
    MessageWidget* m_message;
    QProgressBar* m_progress = nullptr;
    QLabel* m_progressLabel = nullptr;
};

} // namespace keyward::ui
