// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The evidence suites' vault: alice (admin, key-officer, approver), carol (auditor), bob
// (approver); key set payments-api with a primary ES256 signing key, an enc key, a revoked key and
// an EdDSA bundle-signing key named by the set's policy (set while alice was alone, so no request).

#include "../core/RequestTestSupport.h"

#include "evidence/EvidenceFiles.h"
#include "keys/KeyStore.h"
#include "keys/RevokeKeyCommand.h"

#include <QDir>
#include <QDirIterator>

namespace keyward::test {

struct EvidenceVault : RequestVault {
    bool initEvidence()
    {
        if (!init(false) || !createKeySet())
            return false;
        const auto withAlg = [](const char* alg) {
            return [alg](NewKeyParams& p) { p.alg = QString::fromLatin1(alg); };
        };
        if (!generateKey(QStringLiteral("pay-sig-1")).ok()
            || !generateKey(QStringLiteral("pay-enc-1"), withAlg("RSA-OAEP-256")).ok()
            || !generateKey(QStringLiteral("pay-leaked"), withAlg("ES384")).ok()
            || !generateKey(QStringLiteral("pay-bundle-1"), withAlg("EdDSA")).ok())
            return false;
        KeySet set;
        set.name = QStringLiteral("payments-api");
        set.bundleSigningKid = QStringLiteral("pay-bundle-1");
        const Status named = SetKeySetPolicyCommand(*vault, set).run();
        if (!named.ok()) {
            qWarning() << named.message();
            return false;
        }
        RevokeKeyCommand revoke(*vault, { QStringLiteral("pay-leaked"), QStringLiteral("payments-api"),
                                          QStringLiteral("found in a public repository"), std::nullopt });
        if (!revoke.run().ok())
            return false;
        for (const auto& [name, roles] : { std::pair { QStringLiteral("carol"), QList<Role> { Role::Auditor } },
                                           std::pair { QStringLiteral("bob"), QList<Role> { Role::Approver } } }) {
            if (!vault->addOfficer(name, roles, passphraseOf(name), KdfParams::forTests()).ok())
                return false;
        }
        return true;
    }

    QString out(const QString& name) const { return dir.path() + QLatin1Char('/') + name; }
};

// Every file below `dir`, as (relative name, bytes).
inline QList<std::pair<QString, QByteArray>> filesIn(const QString& dir)
{
    QList<std::pair<QString, QByteArray>> files;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            files.append({ QDir(dir).relativeFilePath(path), file.readAll() });
    }
    return files;
}

// A JSON member named like a private JWK member anywhere in the bytes ("d": ..., "k": ...).
inline QString privateMemberText(const QByteArray& bytes)
{
    for (const QString& member : EvidenceFiles::privateMembers()) {
        if (bytes.contains("\"" + member.toLatin1() + "\":") || bytes.contains("\"" + member.toLatin1() + "\" :"))
            return member;
    }
    return QString();
}

} // namespace keyward::test
