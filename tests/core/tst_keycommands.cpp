// SPDX-License-Identifier: GPL-3.0-or-later
// Entering keys into the inventory: generate, import, register — each SPEC §3 refusal (with the
// database proven unchanged), and private material kept out of audit details and JSON output.

#include "tst_key_fixture.h"

#include "crypto/EvpSign.h"
#include "jose/JoseAlgorithms.h"
#include "jose/KeyGenerator.h"
#include "keys/GenerateKeyCommand.h"
#include "keys/ImportKeyCommand.h"
#include "keys/KeyInventory.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace keyward::core;
using namespace keyward::test;

namespace {

QByteArray jwkText(const Jwk& key, bool withPrivate)
{
    return QJsonDocument(withPrivate ? key.toPrivateJson() : key.toPublicJson()).toJson(QJsonDocument::Compact);
}

Jwk generated(const QString& alg, const KeySpec& spec)
{
    Result<Jwk> key = KeyGenerator::generate(spec, alg);
    return key.ok() ? *key : Jwk();
}

} // namespace

class TestKeyCommands : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void generate_data();
    void generate();
    void generateRefusals_data();
    void generateRefusals();
    void importJwkKeepsAlgOrFlagsNone();
    void importJwks();
    void importPem_data();
    void importPem();
    void importEncryptedWrongPassphrase();
    void importRefusals_data();
    void importRefusals();
    void sameMaterialAcrossSets();
    void registerPublicOnly();
    void providerSigns();
    void privateMaterialNeverLeaks();
};

void TestKeyCommands::generate_data()
{
    QTest::addColumn<QString>("alg");
    QTest::addColumn<QString>("size");
    QTest::addColumn<QString>("kty");
    QTest::addColumn<QString>("curveOrSize");
    QTest::addColumn<int>("strength");
    QTest::addColumn<QString>("use");
    QTest::newRow("RS256 2048") << "RS256" << "2048" << "RSA" << "2048" << 112 << "sig";
    QTest::newRow("PS384 3072") << "PS384" << "" << "RSA" << "3072" << 128 << "sig";
    QTest::newRow("RSA-OAEP-256 4096") << "RSA-OAEP-256" << "4096" << "RSA" << "4096" << 128 << "enc";
    QTest::newRow("ES256") << "ES256" << "" << "EC" << "P-256" << 128 << "sig";
    QTest::newRow("ES384") << "ES384" << "" << "EC" << "P-384" << 192 << "sig";
    QTest::newRow("ES512") << "ES512" << "" << "EC" << "P-521" << 256 << "sig";
    QTest::newRow("EdDSA") << "EdDSA" << "" << "OKP" << "Ed25519" << 128 << "sig";
    QTest::newRow("ECDH-ES X25519") << "ECDH-ES" << "X25519" << "OKP" << "X25519" << 128 << "enc";
    QTest::newRow("ECDH-ES+A256KW P-384") << "ECDH-ES+A256KW" << "P-384" << "EC" << "P-384" << 192 << "enc";
    QTest::newRow("A128KW") << "A128KW" << "" << "oct" << "128" << 128 << "enc";
    QTest::newRow("A192GCMKW") << "A192GCMKW" << "" << "oct" << "192" << 192 << "enc";
    QTest::newRow("A256KW") << "A256KW" << "" << "oct" << "256" << 256 << "enc";
    QTest::newRow("dir 256") << "dir" << "256" << "oct" << "256" << 256 << "enc";
}

void TestKeyCommands::generate()
{
    QFETCH(QString, alg);
    QFETCH(QString, size);
    QFETCH(QString, kty);
    QFETCH(QString, curveOrSize);
    QFETCH(int, strength);
    QFETCH(QString, use);
    KeyVault kv;
    QVERIFY(kv.init());
    const qint64 eventsBefore = kv.auditCount();
    GenerateKeyCommand::Params params { kv.params(), size };
    params.key.alg = alg;
    GenerateKeyCommand command(*kv.vault, *kv.provider, params);
    QVERIFY(command.validate().ok());
    const Status status = command.run();
    QVERIFY2(status.ok(), qPrintable(status.message()));
    const KeyRecord& key = command.result();
    QCOMPARE(key.alg, alg);
    QCOMPARE(key.keyType, kty);
    QCOMPARE(key.curveOrSize, curveOrSize);
    QCOMPARE(key.strengthBits, strength);
    QCOMPARE(keyUseName(key.use), use);
    QCOMPARE(key.kid, key.thumbprint); // RFC 7638 default
    QCOMPARE(key.state, KeyState::Active);
    QVERIFY(key.primary);
    QVERIFY(key.hasPrivate);
    QCOMPARE(key.createdByProduct, QStringLiteral("Keyward " KEYWARD_VERSION));
    QCOMPARE(key.publicJwk.value(QStringLiteral("alg")).toString(), alg);
    QVERIFY(!mentionsPrivateMembers(QJsonDocument(key.publicJwk).toJson()));

    // Stored, private part behind the provider, set auto-created: two events, chain intact.
    Result<KeyRecord> stored = KeyStore(kv.vault->database()).find(key.kid);
    QVERIFY(stored.ok());
    QCOMPARE(stored->thumbprint, key.thumbprint);
    Result<Jwk> priv = kv.provider->loadPrivate(key.id);
    QVERIFY(priv.ok());
    QVERIFY(priv->hasPrivate());
    QCOMPARE(priv->thumbprintBase64Url(), key.thumbprint);
    QCOMPARE(kv.auditCount(), eventsBefore + 2);
    Result<QList<AuditEvent>> events = kv.vault->audit().eventsForSubject(key.kid);
    QVERIFY(events.ok());
    QCOMPARE(events->size(), 1);
    QCOMPARE(events->first().action, QStringLiteral("key.generated"));
    QCOMPARE(events->first().details.value(QStringLiteral("set")).toString(), QStringLiteral("payments-api"));
    QVERIFY(!mentionsPrivateMembers(QJsonDocument(events->first().details).toJson()));
    Result<QList<AuditEvent>> setEvents = kv.vault->audit().eventsForSubject(QStringLiteral("payments-api"));
    QVERIFY(setEvents.ok());
    QCOMPARE(setEvents->size(), 1);
    QCOMPARE(setEvents->first().action, QStringLiteral("keyset.created"));
    QVERIFY(setEvents->first().details.value(QStringLiteral("auto_created")).toBool());
    QVERIFY(kv.chainIntact());
}

void TestKeyCommands::generateRefusals_data()
{
    QTest::addColumn<QString>("alg");
    QTest::addColumn<QString>("size");
    QTest::addColumn<QString>("use");
    QTest::addColumn<int>("expiresInDays");
    QTest::addColumn<int>("activatesInDays"); // 0: at once
    QTest::addColumn<QString>("set");
    QTest::addColumn<QString>("owner");
    QTest::addColumn<ErrorCode>("code");
    const QString set = QStringLiteral("payments-api");
    const QString owner = QStringLiteral("team-payments");
    QTest::newRow("RSA 1024 weak") << "RS256" << "1024" << "" << 365 << 0 << set << owner << ErrorCode::WeakKey;
    QTest::newRow("RSA 2000 odd size") << "RS256" << "5000" << "" << 365 << 0 << set << owner << ErrorCode::InvalidArgument;
    QTest::newRow("RSA1_5 for a new key") << "RSA1_5" << "" << "" << 365 << 0 << set << owner << ErrorCode::DeprecatedAlg;
    QTest::newRow("none") << "none" << "" << "" << 365 << 0 << set << owner << ErrorCode::PolicyRefused;
    QTest::newRow("HS256") << "HS256" << "" << "" << 365 << 0 << set << owner << ErrorCode::UnsupportedAlg;
    QTest::newRow("unknown alg") << "XS999" << "" << "" << 365 << 0 << set << owner << ErrorCode::UnsupportedAlg;
    QTest::newRow("ES256 for enc") << "ES256" << "" << "enc" << 365 << 0 << set << owner << ErrorCode::KeyMismatch;
    QTest::newRow("RSA-OAEP for sig") << "RSA-OAEP" << "" << "sig" << 365 << 0 << set << owner << ErrorCode::KeyMismatch;
    QTest::newRow("ES256 with a size") << "ES256" << "P-384" << "" << 365 << 0 << set << owner << ErrorCode::InvalidArgument;
    QTest::newRow("expiry in the past") << "ES256" << "" << "" << -1 << 0 << set << owner << ErrorCode::Refused;
    QTest::newRow("expiry before activation") << "ES256" << "" << "" << 10 << 20 << set << owner << ErrorCode::Refused;
    QTest::newRow("bad set name") << "ES256" << "" << "" << 365 << 0 << "../etc" << owner << ErrorCode::InvalidArgument;
    QTest::newRow("no owner") << "ES256" << "" << "" << 365 << 0 << set << "  " << ErrorCode::InvalidArgument;
}

void TestKeyCommands::generateRefusals()
{
    QFETCH(QString, alg);
    QFETCH(QString, size);
    QFETCH(QString, use);
    QFETCH(int, expiresInDays);
    QFETCH(int, activatesInDays);
    QFETCH(QString, set);
    QFETCH(QString, owner);
    QFETCH(ErrorCode, code);
    KeyVault kv;
    QVERIFY(kv.init());
    const QString before = kv.snapshot();
    GenerateKeyCommand::Params params { kv.params(set), size };
    params.key.alg = alg;
    params.key.owner = owner;
    params.key.use = use.isEmpty() ? std::nullopt : keyUseFromName(use);
    params.key.expiresAt = kv.clock.now().addDays(expiresInDays);
    if (activatesInDays)
        params.key.activatesAt = kv.clock.now().addDays(activatesInDays);
    GenerateKeyCommand command(*kv.vault, *kv.provider, params);
    QCOMPARE(command.validate().code(), code);
    const Status status = command.run();
    QVERIFY(!status.ok());
    QCOMPARE(status.code(), code);
    QVERIFY(!status.message().isEmpty());
    QCOMPARE(kv.snapshot(), before);
}

void TestKeyCommands::importJwkKeepsAlgOrFlagsNone()
{
    KeyVault kv;
    QVERIFY(kv.init());
    const Jwk pinned = generated(QStringLiteral("ES256"), KeySpec::ec(Curve::P256)).withKid(QStringLiteral("pinned-1"));
    ImportKeyCommand first(*kv.vault, *kv.provider, kv.params(), jwkText(pinned, true));
    QVERIFY2(first.run().ok(), qPrintable(first.outcomes().value(0).status.message()));
    QCOMPARE(first.imported().size(), 1);
    QCOMPARE(first.imported().first().kid, QStringLiteral("pinned-1"));
    QCOMPARE(first.imported().first().alg, QStringLiteral("ES256"));
    QVERIFY(first.imported().first().hasPrivate);
    QVERIFY(first.imported().first().primary);

    // RFC 7517 makes alg optional: kept without one, flagged, placed as the pre-published successor.
    const Jwk bare = generated(QStringLiteral("ES256"), KeySpec::ec(Curve::P256)).withAlg(QString()).withKid(QString()).withUse(QString());
    NewKeyParams params = kv.params();
    params.use = KeyUse::Sig;
    ImportKeyCommand second(*kv.vault, *kv.provider, params, jwkText(bare, false));
    QVERIFY2(second.run().ok(), qPrintable(second.outcomes().value(0).status.message()));
    const KeyRecord key = second.imported().first();
    QVERIFY(key.alg.isEmpty());
    QVERIFY(key.noAlgPinned());
    QCOMPARE(key.kid, key.thumbprint);
    QVERIFY(!key.hasPrivate);
    QCOMPARE(key.state, KeyState::Active);
    QVERIFY(!key.primary);
    const KeyFlags flags = computeKeyFlags(key, KeySetPolicy(), kv.clock.now());
    QVERIFY(flags.testFlag(KeyFlag::NoAlgPinned));
    QVERIFY(keyFlagNames(flags).contains(QStringLiteral("no-alg-pinned")));
    Result<QList<AuditEvent>> events = kv.vault->audit().eventsForSubject(key.kid);
    QVERIFY(events.ok());
    QCOMPARE(events->first().action, QStringLiteral("key.imported"));
    QCOMPARE(events->first().details.value(QStringLiteral("source")).toString(), QStringLiteral("jwk"));
    QVERIFY(kv.chainIntact());
}

void TestKeyCommands::importJwks()
{
    KeyVault kv;
    QVERIFY(kv.init());
    const Jwk a = generated(QStringLiteral("ES256"), KeySpec::ec(Curve::P256)).withKid(QStringLiteral("a"));
    const Jwk b = generated(QStringLiteral("EdDSA"), KeySpec::okp(Curve::Ed25519)).withKid(QStringLiteral("b"));
    QJsonArray keys { a.toPublicJson(), QJsonObject { { QStringLiteral("kty"), QStringLiteral("EC") },
                                                      { QStringLiteral("kid"), QStringLiteral("broken") } },
                      b.toPublicJson() };
    const QByteArray text = QJsonDocument(QJsonObject { { QStringLiteral("keys"), keys } }).toJson();
    const QString before = kv.snapshot();
    ImportKeyCommand preview(*kv.vault, *kv.provider, kv.params(), text);
    QVERIFY(!preview.validate().ok());
    QCOMPARE(preview.outcomes().size(), 3);
    QCOMPARE(kv.snapshot(), before); // validate writes nothing

    ImportKeyCommand command(*kv.vault, *kv.provider, kv.params(), text);
    const Status status = command.run();
    QVERIFY(!status.ok()); // one key was refused
    QCOMPARE(status.code(), ErrorCode::Malformed);
    QVERIFY(status.message().contains(QStringLiteral("1 of 3")));
    QCOMPARE(command.format(), DecodedKeys::Format::Jwks);
    QCOMPARE(command.outcomes().size(), 3);
    QVERIFY(command.outcomes().at(0).status.ok());
    QCOMPARE(command.outcomes().at(1).index, 1);
    QCOMPARE(command.outcomes().at(1).status.code(), ErrorCode::Malformed);
    QVERIFY(command.outcomes().at(2).status.ok());
    QCOMPARE(command.imported().size(), 2);
    QCOMPARE(*KeyStore(kv.vault->database()).count(), 2);

    // A second import of the same set: every key is now a duplicate, nothing changes.
    const QString after = kv.snapshot();
    ImportKeyCommand again(*kv.vault, *kv.provider, kv.params(), QJsonDocument(QJsonObject { { QStringLiteral("keys"), QJsonArray { a.toPublicJson() } } }).toJson());
    QCOMPARE(again.run().code(), ErrorCode::AlreadyExists);
    QCOMPARE(kv.snapshot(), after);
    QVERIFY(kv.chainIntact());
}

void TestKeyCommands::importPem_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("use");
    QTest::addColumn<QString>("alg");
    QTest::addColumn<bool>("hasPrivate");
    QTest::addColumn<QString>("source");
    QTest::newRow("PKCS#8 RSA, no alg") << "rsa2048.pkcs8.pem" << "sig" << "" << true << "pem";
    QTest::newRow("SPKI RSA, alg given") << "rsa2048.spki.pem" << "" << "PS256" << false << "pem";
    QTest::newRow("encrypted PKCS#8") << "rsa2048.encrypted.pem" << "enc" << "RSA-OAEP-256" << true << "pkcs8-encrypted";
    QTest::newRow("encrypted scrypt EC") << "p256.encrypted-scrypt.pem" << "" << "ES256" << true << "pkcs8-encrypted";
    QTest::newRow("X.509 certificate") << "p256.cert.pem" << "sig" << "" << false << "x509";
    QTest::newRow("Ed25519 PKCS#8") << "ed25519.pkcs8.pem" << "" << "EdDSA" << true << "pem";
    QTest::newRow("X25519 PKCS#8") << "x25519.pkcs8.pem" << "enc" << "" << true << "pem";
}

void TestKeyCommands::importPem()
{
    QFETCH(QString, file);
    QFETCH(QString, use);
    QFETCH(QString, alg);
    QFETCH(bool, hasPrivate);
    QFETCH(QString, source);
    KeyVault kv;
    QVERIFY(kv.init());
    NewKeyParams params = kv.params();
    params.use = use.isEmpty() ? std::nullopt : keyUseFromName(use);
    params.alg = alg;
    ImportKeyCommand command(*kv.vault, *kv.provider, params, fixture(file),
        SecureBytes::fromView("correct horse battery staple"));
    const Status status = command.run();
    QVERIFY2(status.ok(), qPrintable(status.message()));
    const KeyRecord key = command.imported().first();
    QCOMPARE(key.alg, alg);
    QCOMPARE(key.hasPrivate, hasPrivate);
    QCOMPARE(kv.provider->hasPrivate(key.id).value(), hasPrivate);
    QCOMPARE(DecodedKeys::formatName(command.format()), source);
    if (source == QLatin1String("x509")) {
        QVERIFY(key.publicJwk.contains(QStringLiteral("x5c")));
        const AuditEvent event = kv.vault->audit().eventsForSubject(key.kid)->first();
        QVERIFY(!event.details.value(QStringLiteral("x5t#S256")).toString().isEmpty());
    }
}

void TestKeyCommands::importEncryptedWrongPassphrase()
{
    KeyVault kv;
    QVERIFY(kv.init());
    const QString before = kv.snapshot();
    NewKeyParams params = kv.params();
    params.use = KeyUse::Sig;
    ImportKeyCommand wrong(*kv.vault, *kv.provider, params, fixture(QStringLiteral("rsa2048.encrypted.pem")),
        SecureBytes::fromView("wrong passphrase"));
    QCOMPARE(wrong.run().code(), ErrorCode::AuthenticationFailed);
    QVERIFY(KeyInput::needsPassphrase(fixture(QStringLiteral("rsa2048.encrypted.pem"))));
    QVERIFY(!KeyInput::needsPassphrase(fixture(QStringLiteral("rsa2048.pkcs8.pem"))));
    QCOMPARE(kv.snapshot(), before);
}

void TestKeyCommands::importRefusals_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("use");
    QTest::addColumn<QString>("alg");
    QTest::addColumn<QString>("env");
    QTest::addColumn<ErrorCode>("code");
    // The vault already holds kid "taken" (ES256, env prod) in payments-api; see importRefusals().
    const Jwk other = generated(QStringLiteral("ES256"), KeySpec::ec(Curve::P256));
    const Jwk rsaOaep = generated(QStringLiteral("RSA-OAEP"), KeySpec::rsa(2048));
    QTest::newRow("RSA 1024") << fixture(QStringLiteral("rsa1024.pkcs8.pem")) << "sig" << "" << "" << ErrorCode::WeakKey;
    QTest::newRow("secp256k1") << fixture(QStringLiteral("secp256k1.pkcs8.pem")) << "sig" << "" << "" << ErrorCode::UnsupportedAlg;
    QTest::newRow("not a key") << QByteArray("hello") << "sig" << "" << "" << ErrorCode::Malformed;
    QTest::newRow("broken JSON") << QByteArray("{\"kty\":") << "sig" << "" << "" << ErrorCode::Malformed;
    QTest::newRow("no use, no alg") << jwkText(other.withAlg(QString()).withUse(QString()), false) << "" << "" << "" << ErrorCode::InvalidArgument;
    QTest::newRow("RSA1_5 pinned") << jwkText(rsaOaep.withAlg(QStringLiteral("RSA1_5")), false) << "" << "" << "" << ErrorCode::DeprecatedAlg;
    QTest::newRow("alg vs --alg") << jwkText(other, false) << "" << "ES384" << "" << ErrorCode::KeyMismatch;
    QTest::newRow("use vs alg") << jwkText(other.withUse(QString()), false) << "enc" << "" << "" << ErrorCode::KeyMismatch;
    QTest::newRow("alg vs curve") << jwkText(other.withAlg(QString()), false) << "" << "ES384" << "" << ErrorCode::KeyMismatch;
    QTest::newRow("Ed25519 for enc") << fixture(QStringLiteral("ed25519.spki.pem")) << "enc" << "" << "" << ErrorCode::KeyMismatch;
    QTest::newRow("duplicate kid") << jwkText(other.withKid(QStringLiteral("other-set-twin")), false) << "" << "" << "" << ErrorCode::AlreadyExists;
    QTest::newRow("kid reused elsewhere") << jwkText(other.withKid(QStringLiteral("taken")), false) << "" << "" << "" << ErrorCode::Refused;
    QTest::newRow("same material other env") << fixture(QStringLiteral("p256.pkcs8.pem")) << "sig" << "" << "test" << ErrorCode::Refused;
}

void TestKeyCommands::importRefusals()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, use);
    QFETCH(QString, alg);
    QFETCH(QString, env);
    QFETCH(ErrorCode, code);
    KeyVault kv;
    QVERIFY(kv.init());
    // Seed: the P-256 fixture as "taken" in identity-tokens (prod), and a twin kid in payments-api.
    NewKeyParams seed = kv.params(QStringLiteral("identity-tokens"));
    seed.kid = QStringLiteral("taken");
    seed.use = KeyUse::Sig;
    ImportKeyCommand seeded(*kv.vault, *kv.provider, seed, fixture(QStringLiteral("p256.pkcs8.pem")));
    QVERIFY(seeded.run().ok());
    const Jwk twin = generated(QStringLiteral("ES256"), KeySpec::ec(Curve::P256)).withKid(QStringLiteral("other-set-twin"));
    ImportKeyCommand twinned(*kv.vault, *kv.provider, kv.params(), jwkText(twin, false));
    QVERIFY(twinned.run().ok());

    const QString before = kv.snapshot();
    NewKeyParams params = kv.params();
    params.use = use.isEmpty() ? std::nullopt : keyUseFromName(use);
    params.alg = alg;
    params.environment = env;
    ImportKeyCommand command(*kv.vault, *kv.provider, params, input);
    const Status status = command.run();
    QVERIFY(!status.ok());
    QCOMPARE(status.code(), code);
    QVERIFY(!status.message().isEmpty());
    QCOMPARE(kv.snapshot(), before);
    QVERIFY(kv.chainIntact());
}

void TestKeyCommands::sameMaterialAcrossSets()
{
    KeyVault kv;
    QVERIFY(kv.init());
    NewKeyParams params = kv.params();
    params.use = KeyUse::Sig;
    ImportKeyCommand first(*kv.vault, *kv.provider, params, fixture(QStringLiteral("p256.pkcs8.pem")));
    QVERIFY(first.run().ok());
    // Same environment, another JWKS: allowed (one key published in two sets), same kid.
    params.keySet = QStringLiteral("identity-tokens");
    ImportKeyCommand second(*kv.vault, *kv.provider, params, fixture(QStringLiteral("p256.cert.pem")));
    QVERIFY2(second.run().ok(), qPrintable(second.outcomes().value(0).status.message()));
    QCOMPARE(second.imported().first().kid, first.imported().first().kid);
    // Same set again under another kid: the material is already there.
    params.kid = QStringLiteral("alias");
    const QString before = kv.snapshot();
    ImportKeyCommand third(*kv.vault, *kv.provider, params, fixture(QStringLiteral("p256.pkcs8.pem")));
    QCOMPARE(third.run().code(), ErrorCode::AlreadyExists);
    QCOMPARE(kv.snapshot(), before);
}

void TestKeyCommands::registerPublicOnly()
{
    KeyVault kv;
    QVERIFY(kv.init());
    const Jwk key = generated(QStringLiteral("RS256"), KeySpec::rsa(2048)).withKid(QStringLiteral("partner-2026"));
    RegisterPublicKeyCommand command(*kv.vault, *kv.provider, kv.params(QStringLiteral("partner-keys")), jwkText(key, true));
    QVERIFY(command.run().ok());
    const KeyRecord record = command.imported().first();
    QVERIFY(!record.hasPrivate);
    QCOMPARE(kv.provider->hasPrivate(record.id).value(), false);
    QCOMPARE(kv.vault->audit().eventsForSubject(record.kid)->first().action, QStringLiteral("key.registered"));

    const Jwk secret = generated(QStringLiteral("A256KW"), KeySpec::oct(256));
    const QString before = kv.snapshot();
    RegisterPublicKeyCommand refused(*kv.vault, *kv.provider, kv.params(QStringLiteral("partner-keys")), jwkText(secret, true));
    QCOMPARE(refused.run().code(), ErrorCode::KeyMismatch);
    QCOMPARE(kv.snapshot(), before);
}

void TestKeyCommands::providerSigns()
{
    KeyVault kv;
    QVERIFY(kv.init());
    for (const QString& alg : { QStringLiteral("ES384"), QStringLiteral("EdDSA"), QStringLiteral("PS256") }) {
        GenerateKeyCommand::Params params { kv.params(QStringLiteral("signing-") + alg.toLower()), QString() };
        params.key.alg = alg;
        GenerateKeyCommand command(*kv.vault, *kv.provider, params);
        QVERIFY(command.run().ok());
        const KeyRecord& key = command.result();
        Result<QByteArray> signature = kv.provider->sign(key.id, alg, "payload");
        QVERIFY(signature.ok());
        Result<Jwk> pub = Jwk::fromJson(key.publicJwk);
        QVERIFY(pub.ok());
        const jose::AlgorithmInfo* info = jose::find(jose::AlgKind::Signature, alg);
        const evpsign::Scheme scheme = alg == QLatin1String("ES384") ? evpsign::Scheme::Ecdsa
            : alg == QLatin1String("EdDSA")                         ? evpsign::Scheme::Ed25519
                                                                    : evpsign::Scheme::RsaPss;
        QVERIFY(evpsign::verify(pub->pkey(), scheme, info->hashBits, "payload", *signature).ok());
        // A pinned key signs with its alg only (RFC 8725 §3.1).
        QVERIFY(!kv.provider->sign(key.id, QStringLiteral("ES256"), "payload").ok());
        // Crypto-shred: afterwards nothing can sign.
        QVERIFY(kv.provider->erase(key.id).ok());
        Result<QByteArray> after = kv.provider->sign(key.id, alg, "payload");
        QVERIFY2(!after.ok(), qPrintable(alg));
        QCOMPARE(after.code(), ErrorCode::NotFound);
    }
}

void TestKeyCommands::privateMaterialNeverLeaks()
{
    KeyVault kv;
    QVERIFY(kv.init());
    for (const QString& alg : { QStringLiteral("RS256"), QStringLiteral("ES256"), QStringLiteral("A128KW") }) {
        GenerateKeyCommand::Params params { kv.params(), QString() };
        params.key.alg = alg;
        params.key.use = std::nullopt;
        QVERIFY(GenerateKeyCommand(*kv.vault, *kv.provider, params).run().ok());
    }
    NewKeyParams params = kv.params(QStringLiteral("imports"));
    params.use = KeyUse::Enc;
    QVERIFY(ImportKeyCommand(*kv.vault, *kv.provider, params, fixture(QStringLiteral("rsa2048.encrypted.pem")),
        SecureBytes::fromView("correct horse battery staple")).run().ok());

    Result<QList<AuditEvent>> events = kv.vault->audit().events(1, 1000);
    QVERIFY(events.ok());
    QVERIFY(events->size() >= 6);
    for (const AuditEvent& event : *events)
        QVERIFY2(!mentionsPrivateMembers(QJsonDocument(event.toJson()).toJson()), qPrintable(event.action));
    Result<QList<KeyRecord>> keys = KeyStore(kv.vault->database()).all(KeyStore::Detail::Full);
    QVERIFY(keys.ok());
    QCOMPARE(keys->size(), 4);
    for (const KeyRecord& key : *keys) {
        QVERIFY(key.hasPrivate);
        QVERIFY(!mentionsPrivateMembers(QJsonDocument(KeyInventory::toDetailJson(key, {})).toJson()));
    }
}

QTEST_GUILESS_MAIN(TestKeyCommands)
#include "tst_keycommands.moc"
