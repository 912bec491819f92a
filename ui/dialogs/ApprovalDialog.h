// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "requests/Request.h"

#include <QDialog>
#include <QTimer>

#include <functional>
#include <memory>

class QPushButton;
class QTableWidget;

namespace Ui {
class ApprovalDialog;
}

namespace keyward::core {
class OfficerCredential;
class RequestEngine;
class Vault;
} // namespace keyward::core

namespace keyward::ui {

class MessageWidget;
class OfficerReauthWidget;

// Approve or reject one pending request (SPEC §4, §11). It shows exactly what will change — the
// signed effect as a before/after table — and the expiry; then the deciding officer chooses
// themself and types their own passphrase, which unwraps their personal key to sign the
// decision (the Argon2id part off the GUI thread, with a busy indicator). Every refusal comes from
// the core (RequestEngine) and is shown inline; the dialog stays open and nothing changes.
class ApprovalDialog : public QDialog {
    Q_OBJECT
public:
    ApprovalDialog(
        core::Vault& vault, core::RequestEngine& engine, qint64 requestId, QWidget* parent = nullptr);
    ~ApprovalDialog() override;

    const core::Request& request() const { return m_request; }
    QPushButton* approveButton() const;
    QPushButton* rejectButton() const;
    MessageWidget* messageWidget() const;
    OfficerReauthWidget* reauthWidget() const;
    QTableWidget* effectTable() const;
    QString summaryText() const;

public Q_SLOTS:
    void approve();
    void rejectRequest();

protected:
    void showEvent(QShowEvent* event) override;

Q_SIGNALS:
    // The request after the decision (executed, approved, still pending with one more approval,
    // or rejected).
    void requestDecided(const core::Request& request);

private:
    bool load();
    void showRequest();
    void updateButtons();
    QString preselectedOfficer() const;
    using Decision = std::function<core::Result<core::Request>(const core::OfficerCredential&)>;
    // Re-authenticates the chosen officer in the background, then runs `act` with their
    // credential; a refusal is shown under `refusedTitle` and the dialog stays open.
    void decide(const QString& refusedTitle, const Decision& act);
    // `seen`: the request's state when the officer pressed the button.
    void finishDecision(const QString& refusedTitle, core::RequestState seen, core::Result<core::Request> decided);

    const std::unique_ptr<Ui::ApprovalDialog> m_ui;
    core::Vault& m_vault;
    core::RequestEngine& m_engine;
    qint64 m_id;
    core::Request m_request;
    QTimer m_countdown;
};

} // namespace keyward::ui
