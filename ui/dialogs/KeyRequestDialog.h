// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keys/KeyRecord.h"
#include "requests/Request.h"
#include "requests/RequestEngine.h"

#include <QDialog>
#include <QJsonObject>

#include <memory>

class QPushButton;

namespace Ui {
class KeyRequestDialog;
}

namespace keyward::ui {

class RequestService;
class ShredSampleList;

// Requests a retirement, a destruction (with its waiting period, 1–30 days, default 7) or a
// private-key export (encrypted PKCS#8, or a JWE-wrapped JWK to a recipient's public key) of one
// key (SPEC §4). A destruction of an encryption key lists the archived samples only it decrypts,
// for the officer to name as the request's crypto-shred (SPEC §6). States the exact effect; OK submits through the RequestEngine and a refusal of
// the core (e.g. a retirement before the gate) is shown here, changing nothing.
class KeyRequestDialog : public QDialog {
    Q_OBJECT
public:
    enum class Kind { Retirement, Destruction, PrivateExport };

    KeyRequestDialog(RequestService& requests, const core::KeyRecord& key, Kind kind, QWidget* parent = nullptr);
    ~KeyRequestDialog() override;

    Kind kind() const { return m_kind; }
    QPushButton* okButton() const;
    QString hint() const; // why OK is disabled, empty when it is enabled
    QString effectText() const;
    QString messageText() const; // the refusal shown after OK, if any
    // The draft the form describes (shape checks only, as KeyRequestDrafts does them).
    core::Result<core::RequestDraft> draft() const;

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    void requestSubmitted(const core::Request& request);
    // The key changed underneath (another Keyward program): nothing was done and the dialog
    // closed; `message` says what changed, for the page's message bar.
    void refusedAsStale(const QString& message);

private:
    void loadRecipient();
    void updateEffect();
    void validate();
    QString retirementGateStatus() const;

    const std::unique_ptr<Ui::KeyRequestDialog> m_ui;
    RequestService& m_requests;
    core::KeyRecord m_key;
    Kind m_kind;
    QJsonObject m_recipient; // public members only
    QString m_recipientProblem;
    QString m_recipientThumbprint;
    ShredSampleList* m_shred = nullptr; // destruction only
    QString m_shredProblem; // the samples could not be read
};

} // namespace keyward::ui
