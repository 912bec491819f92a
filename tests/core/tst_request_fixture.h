// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the key request suites: a key vault with a second officer (bob, approver), the
// request engine with the key executors, re-authentication as bob, and switching the officer the
// vault is open as (the engine acts as the current officer).

#include "VaultTestSupport.h"
#include "tst_key_fixture.h"

#include "keys/GenerateKeyCommand.h"
#include "requests/KeyRequestDrafts.h"
#include "requests/RequestEngine.h"
#include "requests/RequestExecutor.h"
#include "vault/OfficerCredential.h"

namespace keyward::test {

inline const char* const kAlicePassphrase = "correct horse battery staple";
inline const char* const kBobPassphrase = "bob's own approver passphrase";

struct RequestVault : KeyVault {
    RequestExecutors executors;
    std::unique_ptr<RequestEngine> engine;

    bool initWithApprover()
    {
        if (!init())
            return false;
        const Status added = vault->addOfficer(QStringLiteral("bob"), { Role::Approver },
            SecureBytes::fromView(kBobPassphrase), KdfParams::forTests());
        if (!added.ok()) {
            qWarning() << added.message();
            return false;
        }
        addKeyExecutors(executors);
        engine = std::make_unique<RequestEngine>(*vault, *provider, executors);
        return true;
    }

    // The vault re-opened as another officer (the engine acts as the current officer).
    bool reopenAs(const QString& officer, const char* passphrase)
    {
        const VaultLocation location = vault->location();
        engine.reset();
        provider.reset();
        vault.reset();
        Result<std::unique_ptr<Vault>> opened = Vault::open(location, officer, SecureBytes::fromView(passphrase), clock);
        if (!opened.ok()) {
            qWarning() << opened.message();
            return false;
        }
        vault = std::move(opened).value();
        provider = std::make_unique<VaultKeyProvider>(vault->database());
        engine = std::make_unique<RequestEngine>(*vault, *provider, executors);
        return true;
    }

    OfficerCredential bob() const
    {
        Result<OfficerCredential> credential = vault->authenticateOfficer(QStringLiteral("bob"), SecureBytes::fromView(kBobPassphrase));
        if (!credential.ok())
            qFatal("bob cannot authenticate: %s", qPrintable(credential.message()));
        return std::move(credential).value();
    }

    KeyRecord generate(const QString& kid, const QString& alg = QStringLiteral("ES256"),
                       const QString& set = QStringLiteral("payments-api"), const QString& size = QString())
    {
        GenerateKeyCommand::Params params { this->params(set), size };
        params.key.alg = alg;
        params.key.kid = kid;
        GenerateKeyCommand command(*vault, *provider, params);
        const Status status = command.run();
        if (!status.ok())
            qWarning() << status.message();
        return command.result();
    }

    KeyRecord key(const QString& kid, const QString& set = QStringLiteral("payments-api")) const
    {
        Result<KeyRecord> found = KeyStore(vault->database()).find(kid, set);
        if (!found.ok())
            qWarning() << found.message();
        return found.ok() ? *found : KeyRecord();
    }

    Result<Request> submit(const Result<RequestDraft>& draft)
    {
        if (!draft.ok())
            return draft.error();
        RequestDraft copy = draft.value();
        return engine->submit(std::move(copy));
    }

    Result<Request> requestRotation(const QString& kid, const QString& prePublished = QString(), qint64 overlapSecs = 0)
    {
        RotationParams params;
        params.kid = kid;
        params.reason = QStringLiteral("Quarterly rotation");
        params.prePublishedKid = prePublished;
        params.overlapSecs = overlapSecs;
        return submit(KeyRequestDrafts::rotation(params));
    }

    // Whether the key_material table still holds a row for the key: crypto-shred leaves none.
    bool materialRowExists(qint64 keyId) const
    {
        Result<qint64> rows = vault->database().queryInt64(
            QStringLiteral("SELECT COUNT(*) FROM key_material WHERE key_id = %1").arg(keyId));
        return !rows.ok() || *rows != 0;
    }

    bool hasAuditAction(const QString& action, const QString& subject) const
    {
        Result<QList<AuditEvent>> events = vault->audit().eventsForSubject(subject);
        if (!events.ok())
            return false;
        return std::any_of(events->cbegin(), events->cend(), [&](const AuditEvent& e) { return e.action == action; });
    }
};

} // namespace keyward::test
