// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoEvidenceSeeder.h"

#include "keys/GenerateKeyCommand.h"
#include "keys/KeyStore.h"
#include "keys/VaultKeyProvider.h"
#include "requests/OfficerRequestDrafts.h"
#include "requests/RequestEngine.h"
#include "vault/OfficerCredential.h"
#include "vault/Vault.h"

namespace keyward::core {

Status seedDemoEvidence(Vault& vault, const QString& approver, const SecureBytes& approverPassphrase)
{
    VaultKeyProvider provider(vault.database());
    GenerateKeyCommand::Params params;
    params.key.keySet = QStringLiteral("payments-api");
    params.key.alg = QStringLiteral("EdDSA");
    params.key.kid = QStringLiteral("payments-bundle-2026");
    params.key.owner = QStringLiteral("security-team");
    params.key.expiresAt = vault.clock().now().addDays(365);
    GenerateKeyCommand generate(vault, provider, params);
    KEYWARD_TRY(generate.run());

    Result<std::optional<KeySet>> set = KeyStore(vault.database()).keySet(params.key.keySet);
    if (!set.ok())
        return set.error();
    if (!set->has_value())
        return Error(ErrorCode::NotFound, QStringLiteral("payments-api"));
    KeySet named = **set;
    named.bundleSigningKid = params.key.kid;
    Result<RequestDraft> draft
        = OfficerRequestDrafts::policyChange(named, QStringLiteral("Sign the published payments-api JWKS bundle"));
    if (!draft.ok())
        return draft.error();
    RequestExecutors executors = RequestExecutors::standard();
    RequestEngine engine(vault, provider, executors);
    Result<Request> submitted = engine.submit(*draft);
    if (!submitted.ok())
        return submitted.error();
    Result<OfficerCredential> credential = vault.authenticateOfficer(approver, approverPassphrase);
    if (!credential.ok())
        return credential.error();
    Result<Request> approved = engine.approve(submitted->id, *credential);
    if (!approved.ok())
        return approved.error();
    if (approved->state != RequestState::Executed)
        return Error(ErrorCode::Internal, approved->executionError);
    return {};
}

} // namespace keyward::core
