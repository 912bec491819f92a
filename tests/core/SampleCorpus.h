// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A vault with one encryption key per JWE algorithm (and curve) and a corpus of sample files made
// by Keyward's own encrypt path: every alg × enc × serialization that fits the key, plus one file
// per negative kind, each with the SPEC §6 outcome it must give. Shared by the samples suites.

#include "VaultTestSupport.h"
#include "tst_key_fixture.h"

#include "common/Base64Url.h"
#include "crypto/Digest.h"
#include "jose/JweEncryptor.h"
#include "keys/GenerateKeyCommand.h"
#include "keys/KeyTransition.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

namespace keyward::test {

using namespace keyward::core::jose;

struct CorpusKey {
    const char* kid;
    const char* alg;
    const char* size;
    QStringList encs; // the encs this key's CEK size allows (dir), else all
};

inline const QStringList& allEncs()
{
    static const QStringList encs = {QStringLiteral("A128GCM"), QStringLiteral("A192GCM"), QStringLiteral("A256GCM"),
                                     QStringLiteral("A128CBC-HS256"), QStringLiteral("A192CBC-HS384"), QStringLiteral("A256CBC-HS512")};
    return encs;
}

inline QList<CorpusKey> corpusKeys()
{
    return {
        {"rsa-oaep", "RSA-OAEP", "2048", {}},
        {"rsa-oaep-256", "RSA-OAEP-256", "2048", {}},
        {"rsa-oaep-384", "RSA-OAEP-384", "2048", {}},
        {"rsa-oaep-512", "RSA-OAEP-512", "2048", {}},
        {"ecdh-p256", "ECDH-ES", "P-256", {}},
        {"ecdh-p384", "ECDH-ES", "P-384", {}},
        {"ecdh-p521", "ECDH-ES", "P-521", {}},
        {"ecdh-x25519", "ECDH-ES", "X25519", {}},
        {"ecdh-a128kw", "ECDH-ES+A128KW", "P-256", {}},
        {"ecdh-a192kw", "ECDH-ES+A192KW", "P-384", {}},
        {"ecdh-a256kw", "ECDH-ES+A256KW", "X25519", {}},
        {"a128kw", "A128KW", "", {}},
        {"a192kw", "A192KW", "", {}},
        {"a256kw", "A256KW", "", {}},
        {"a128gcmkw", "A128GCMKW", "", {}},
        {"a192gcmkw", "A192GCMKW", "", {}},
        {"a256gcmkw", "A256GCMKW", "", {}},
        {"dir-128", "dir", "128", {QStringLiteral("A128GCM")}},
        {"dir-192", "dir", "192", {QStringLiteral("A192GCM")}},
        {"dir-256", "dir", "256", {QStringLiteral("A256GCM"), QStringLiteral("A128CBC-HS256")}},
    };
}

struct SampleCorpus {
    KeyVault kv;
    QTemporaryDir files;
    QHash<QString, Jwk> keys; // kid → private key (for encrypting)
    QHash<QString, KeyRecord> records;
    QHash<QString, QString> expected; // file path → outcome

    QString path(const QString& relative) const { return files.path() + QLatin1Char('/') + relative; }

    bool generate(const QString& kid, const QString& alg, const QString& size, const QString& set = QStringLiteral("archive"))
    {
        GenerateKeyCommand::Params params;
        params.key = kv.params(set);
        params.key.use = KeyUse::Enc;
        params.key.alg = alg;
        params.key.kid = kid;
        params.size = size;
        GenerateKeyCommand command(*kv.vault, *kv.provider, params);
        Status ran = command.run();
        if (!ran.ok()) {
            qWarning() << kid << ran.message();
            return false;
        }
        Result<Jwk> key = kv.provider->loadPrivate(command.result().id);
        if (!key.ok())
            return false;
        keys.insert(kid, *key);
        records.insert(kid, command.result());
        return true;
    }

    QByteArray encrypt(const Jwk& key, const QString& alg, const QString& enc, JweSerialization serialization = JweSerialization::Compact,
                       bool compress = false, const QByteArray& plaintext = QByteArrayLiteral("archived payment record #42"))
    {
        JweRecipientSpec r;
        r.key = key.type() == KeyType::Oct ? key : key.publicOnly();
        r.alg = alg;
        std::vector<JweRecipientSpec> list;
        list.push_back(std::move(r));
        JweEncryptOptions o;
        o.enc = enc;
        o.serialization = serialization;
        o.compress = compress;
        Result<QByteArray> jwe = JweEncryptor::encrypt(plaintext, list, o);
        if (!jwe.ok())
            qWarning() << alg << enc << jwe.message();
        return jwe.ok() ? *jwe : QByteArray();
    }

    bool write(const QString& relative, const QByteArray& content, const QString& outcome = QString())
    {
        const QString full = path(relative);
        QDir().mkpath(QFileInfo(full).absolutePath());
        if (!writeFile(full, content))
            return false;
        if (!outcome.isEmpty())
            expected.insert(full, outcome);
        return true;
    }

    static bool writeFile(const QString& full, const QByteArray& content)
    {
        QFile f(full);
        return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
    }

    // A compact JWE with its protected header replaced (the rest kept): header-level attacks.
    static QByteArray withProtectedHeader(const QByteArray& compact, const QJsonObject& header)
    {
        QList<QByteArray> parts = compact.split('.');
        parts[0] = base64url::encode(QJsonDocument(header).toJson(QJsonDocument::Compact));
        return parts.join('.');
    }
    static QJsonObject protectedHeaderOf(const QByteArray& compact)
    {
        Result<QByteArray> decoded = base64url::decode(compact.split('.').first());
        return decoded.ok() ? QJsonDocument::fromJson(*decoded).object() : QJsonObject();
    }

    // Every key, every fitting enc, every serialization: all must be ok.
    bool buildPositive()
    {
        const QList<std::pair<JweSerialization, const char*>> serializations = {
            {JweSerialization::Compact, "compact"}, {JweSerialization::Flattened, "flattened"}, {JweSerialization::General, "general"}};
        for (const CorpusKey& k : corpusKeys()) {
            const QString kid = QLatin1String(k.kid);
            if (!generate(kid, QLatin1String(k.alg), QLatin1String(k.size)))
                return false;
            const QStringList encs = k.encs.isEmpty() ? allEncs() : k.encs;
            for (const QString& enc : encs) {
                for (const auto& [serialization, name] : serializations) {
                    const QByteArray jwe = encrypt(keys.value(kid), QLatin1String(k.alg), enc, serialization);
                    if (jwe.isEmpty())
                        return false;
                    write(QStringLiteral("own/%1/%2-%3.jwe").arg(kid, enc, QLatin1String(name)), jwe, QStringLiteral("ok"));
                }
            }
        }
        return true;
    }
};

} // namespace keyward::test
