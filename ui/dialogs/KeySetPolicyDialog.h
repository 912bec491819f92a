// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keys/KeySetPolicy.h"
#include "requests/Request.h"

#include <QDialog>

#include <memory>

class QPushButton;

namespace Ui {
class KeySetPolicyDialog;
}

namespace keyward::core {
class Vault;
}

namespace keyward::ui {

class RequestService;

// Creates a key set (SPEC §3) through SetKeySetPolicyCommand, or asks for a change of an existing
// set's policy as a two-person request (SPEC §4, OfficerRequestDrafts::policyChange): cryptoperiod,
// warning windows, maximum token TTL, clock skew, minimum overlap, default environment and the
// bundle signing kid. Says whether saving creates the set or requests the change, and who may.
class KeySetPolicyDialog : public QDialog {
    Q_OBJECT
public:
    KeySetPolicyDialog(RequestService& requests, const QString& keySet, QWidget* parent = nullptr);
    ~KeySetPolicyDialog() override;

    QPushButton* okButton() const;
    QString hint() const;
    core::KeySet keySet() const; // what the form says
    bool changesExistingSet() const { return m_exists; }

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    // A new set was created (directly: creating a set governs no key yet).
    void policySaved(const QString& keySet, bool created);
    // A change of an existing set's policy was submitted for approval.
    void requestSubmitted(const core::Request& request);

private:
    void loadSet(const QString& name);
    void validate();
    core::Status check(const core::KeySet& set) const;

    const std::unique_ptr<Ui::KeySetPolicyDialog> m_ui;
    RequestService& m_requests;
    core::Vault& m_vault;
    bool m_exists = false;
    core::KeySet m_loaded; // the set as stored, to tell whether the form changes anything
};

} // namespace keyward::ui
