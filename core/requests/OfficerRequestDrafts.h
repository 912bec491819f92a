// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Builders of RequestDrafts for officer and policy changes (SPEC §2: after the bootstrap every
// officer change is a two-person request; SPEC §4: policy changes too).

#include "common/SecureBytes.h"
#include "requests/RequestEngine.h"
#include "vault/KdfParams.h"
#include "vault/Role.h"
#include "keys/KeySetPolicy.h"

#include <QCoreApplication>

namespace keyward::core {

class OfficerRequestDrafts {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::OfficerRequestDrafts)
public:
    // The new officer types their passphrase now; their keyslot is sealed now (Argon2id with
    // `kdf`) and waits in the request's attachment until approval adds it to keyslots.json.
    static Result<RequestDraft> officerAdd(Vault& vault, const QString& name, const QList<Role>& roles,
                                           const SecureBytes& newPassphrase, const KdfParams& kdf,
                                           const QString& reason);
    // Officers choose their own passphrases (issue #12): the request admits `name` by enrollment.
    // `halfA` receives half A as text for the new officer ("keyward-half-a.…"), derived from the
    // current officer's (the requester's) signing key; the approver derives half B when approving.
    // Shown once; Vault::enrollmentHalf gives it again to the same officer.
    static Result<RequestDraft> officerEnrollment(Vault& vault, const QString& name, const QList<Role>& roles,
                                                  const QString& reason, SecureBytes* halfA);
    static Result<RequestDraft> officerRemoval(const QString& name, const QString& reason);
    static Result<RequestDraft> roleChange(const QString& name, const QList<Role>& roles, const QString& reason);
    static Result<RequestDraft> policyChange(const KeySet& set, const QString& reason);
};

} // namespace keyward::core
