// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What every two-person-rule command shares (SPEC §4, §8): the vault opened as --as with the
// request engine over the standard executors, re-authentication of that same officer for
// decisions, submitting a draft and showing a request.

#include "CliContext.h"

#include "keys/VaultKeyProvider.h"
#include "requests/RequestEngine.h"
#include "vault/OfficerCredential.h"

#include <memory>
#include <optional>

namespace keyward::cli {

class RequestSession {
    Q_DECLARE_TR_FUNCTIONS(keyward::cli::RequestSession)
public:
    // Opens the vault as the key commands do (activating due keys). `forDecision`: also
    // re-authenticates the officer with the passphrase that unlocked it (SPEC §4: the deciding
    // officer proves their passphrase at the moment of the decision; the CLI has it for this very
    // command, so it is not asked twice) and holds the credential for credential(). Null with
    // `exitCode` set (and the error reported) on failure.
    static std::unique_ptr<RequestSession> open(CliContext& context, int& exitCode, bool forDecision = false);
    // parseId(idText) and open(): what every command on one request starts with.
    static std::unique_ptr<RequestSession> openFor(CliContext& context, const QString& idText, qint64& id,
                                                   int& exitCode, bool forDecision = false);

    core::Vault& vault() { return *m_vault; }
    core::RequestEngine& engine() { return *m_engine; }
    core::KeyProvider& keys() { return *m_keys; }
    QString officer() const { return m_vault->currentOfficer().name; }

    // Only after open(..., forDecision = true).
    const core::OfficerCredential& credential() const { return *m_credential; }

private:
    RequestSession() = default;

    std::unique_ptr<core::Vault> m_vault;
    std::unique_ptr<core::VaultKeyProvider> m_keys;
    core::RequestExecutors m_executors;
    std::unique_ptr<core::RequestEngine> m_engine;
    std::optional<core::OfficerCredential> m_credential;
};

// "12" → 12; a usage error naming `listCommand` (reported, exitCode set) for anything but a
// positive integer.
std::optional<qint64> parseId(CliContext& context, const QString& text, const QString& listCommand, int& exitCode);
// --reason TEXT, required for every request (approvers read it); false with exitCode set when missing.
bool requireReason(CliContext& context, QString& reason, int& exitCode);
// --lifetime DURATION into draft.lifetimeSecs; false with exitCode set on a usage error.
bool applyLifetime(CliContext& context, core::RequestDraft& draft, int& exitCode);

// Submits `draft` (a drafting error is reported as refused), then shows the new request:
// --json the Request::toJson() object, else the summary and a note on stderr of who may approve.
int submitRequest(CliContext& context, RequestSession& session, core::Result<core::RequestDraft> draft);

// The readable summary of one request on stdout: kind, subject, state, requester, reason,
// expiry, approvals and rejections, the effect, schedule, execution and its outcome.
void printRequest(CliContext& context, const core::Request& request);
// One sentence naming what the request changes, from its signed effect.
QString describeEffect(const core::Request& request);
// SPEC §4: unreviewed break-glass acts stay flagged. A warning on stderr naming the open reviews
// (only those about `subject` when given), so listings never hide them.
void noteOpenReviews(CliContext& context, core::Vault& vault, const QString& subject = QString());
// Prints `request` as --json or the summary: what every request subcommand ends with.
void showRequest(CliContext& context, const core::Request& request);

} // namespace keyward::cli
