// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoVaultSeeder.h"

#include "RequestService.h"
#include "demo/DemoEvidenceSeeder.h"
#include "demo/DemoKeySeeder.h"
#include "demo/DemoRequestSeeder.h"
#include "demo/DemoTrustSeeder.h"
#include "demo/DemoSampleSeeder.h"
#include "requests/OfficerRequestDrafts.h"
#include "vault/OfficerCredential.h"

namespace keyward::ui {

using core::Role;

DemoVaultSeeder::DemoVaultSeeder(const core::Clock& clock)
    : m_clock(clock)
{
}

QList<DemoVaultSeeder::DemoOfficer> DemoVaultSeeder::officers()
{
    return {
        { QStringLiteral("alice"), { Role::Admin, Role::KeyOfficer }, QStringLiteral("alice-demo-passphrase") },
        { QStringLiteral("bob"), { Role::Approver }, QStringLiteral("bob-demo-passphrase") },
        { QStringLiteral("carol"), { Role::Auditor }, QStringLiteral("carol-demo-passphrase") },
    };
}

core::Status DemoVaultSeeder::seed(const core::VaultLocation& location) const
{
    const DemoOfficer first = officers().constFirst();
    auto created = core::Vault::create(location, first.name, first.roles,
                                       core::SecureBytes::fromView(first.passphrase.toUtf8()), demoKdf(), m_clock);
    if (!created)
        return created.error();
    core::Vault& vault = *created.value();
    const DemoOfficer approver = officers().at(1);
    // alice created the vault; bob (the approver) is the bootstrap's second officer, added at once.
    KEYWARD_TRY(vault.addOfficer(approver.name, approver.roles, core::SecureBytes::fromView(approver.passphrase.toUtf8()),
                                 demoKdf()));
    // The Keys page: a realistic inventory in every state, seeded through the real commands.
    KEYWARD_TRY(core::seedDemoKeys(vault, m_clock));
    // The Trust map: workloads and a gateway log (stale trust, a rotation still converging).
    KEYWARD_TRY(core::seedDemoTrust(vault, m_clock));
    // The Requests page: every request state, approved and rejected with bob's real signatures.
    KEYWARD_TRY(core::seedDemoRequests(vault, approver.name, core::SecureBytes::fromView(approver.passphrase.toUtf8())));
    // The Samples page: archived statements and backups beside the vault, imported and tested.
    KEYWARD_TRY(core::seedDemoSamples(vault, location.dir + QStringLiteral("-samples")));
    // After the bootstrap every further officer is a two-person request (SPEC §2), so the demo
    // adds them the same way: alice asks, bob approves.
    KEYWARD_TRY(seedOfficers(vault));
    // Evidence: a bundle-signing key for payments-api, named by an approved policy change.
    KEYWARD_TRY(core::seedDemoEvidence(vault, approver.name, core::SecureBytes::fromView(approver.passphrase.toUtf8())));
    vault.lock();
    return {};
}

core::Status DemoVaultSeeder::seedOfficers(core::Vault& vault) const
{
    const QList<DemoOfficer> all = officers();
    const DemoOfficer& approver = all.at(1);
    RequestService requests(vault);
    for (qsizetype i = 2; i < all.size(); ++i) {
        const DemoOfficer& officer = all.at(i);
        // Officers choose their own passphrases (issue #12): alice gets half A, bob half B, and the
        // new officer enrolls with both and the demo passphrase, as a real one would.
        core::SecureBytes halfA;
        auto draft = core::OfficerRequestDrafts::officerEnrollment(vault, officer.name, officer.roles,
                                                                   QStringLiteral("Internal audit reads the audit log"),
                                                                   &halfA);
        if (!draft)
            return draft.error();
        auto submitted = requests.engine().submit(std::move(draft).value());
        if (!submitted)
            return submitted.error();
        auto credential =
            vault.authenticateOfficer(approver.name, core::SecureBytes::fromView(approver.passphrase.toUtf8()));
        if (!credential)
            return credential.error();
        auto approved = requests.engine().approve(submitted->id, credential.value());
        if (!approved)
            return approved.error();
        if (approved->state != core::RequestState::Executed)
            return core::Error(core::ErrorCode::Internal, approved->executionError);
        auto bob = core::Vault::open(vault.location(), approver.name,
                                     core::SecureBytes::fromView(approver.passphrase.toUtf8()), m_clock);
        if (!bob)
            return bob.error();
        auto halfB = bob.value()->enrollmentHalf(officer.name);
        if (!halfB)
            return halfB.error();
        bob.value()->lock();
        auto enrolled = core::Vault::enroll(vault.location(), officer.name, halfA, halfB.value(),
                                            core::SecureBytes::fromView(officer.passphrase.toUtf8()), demoKdf(), m_clock);
        if (!enrolled)
            return enrolled.error();
        enrolled.value()->lock();
    }
    return {};
}

} // namespace keyward::ui
