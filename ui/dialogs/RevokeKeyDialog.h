// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keys/KeyRecord.h"
#include "keys/RevokeKeyCommand.h"
#include "requests/Request.h"

#include <QDialog>

#include <memory>

class QPushButton;

namespace Ui {
class RevokeKeyDialog;
}

namespace keyward::ui {

class RequestService;

// Emergency revocation of one key (SPEC §3, §4) through RevokeKeyCommand. The dialog states the
// exact effect before the officer confirms: out of every JWKS at once, no longer primary, never
// reactivated, and a break-glass review a second officer must countersign. For the primary it also
// offers "Also request a rotation to:" a pre-published successor or a new key like this one
// (RevokeAndRotateCommand): revocation and request in one step, the request approved as any other.
class RevokeKeyDialog : public QDialog {
    Q_OBJECT
public:
    RevokeKeyDialog(RequestService& requests, const core::KeyRecord& key, QWidget* parent = nullptr);
    ~RevokeKeyDialog() override;

    QPushButton* okButton() const;
    QString hint() const;
    QString effectText() const;

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    void keyRevoked(const core::KeyRecord& record, qint64 reviewId);
    // After keyRevoked, when the rotation option was chosen: the pending rotation request.
    void rotationRequested(const core::Request& request);
    // The key changed underneath (another Keyward program): nothing was done and the dialog
    // closed; `message` says what changed, for the page's message bar.
    void refusedAsStale(const QString& message);

private:
    void fillSuccessors();
    void validate();
    bool rotating() const;
    core::RevokeKeyCommand::Params revokeParams() const;

    const std::unique_ptr<Ui::RevokeKeyDialog> m_ui;
    RequestService& m_requests;
    core::KeyRecord m_key;
};

} // namespace keyward::ui
