// SPDX-License-Identifier: GPL-3.0-or-later
// Refusals of the key request kinds (SPEC §4), private key export that is never clear text and
// decrypts back to the same key, due drafting at the end of a cryptoperiod, and the iCalendar
// export of due dates (RFC 5545).

#include "tst_request_fixture.h"

#include "common/Base64Url.h"
#include "crypto/Digest.h"
#include "jose/JweDecryptor.h"
#include "jose/KeyGenerator.h"
#include "jose/PemCodec.h"
#include "keys/KeyTransition.h"
#include "requests/CalendarExport.h"
#include "requests/DueWork.h"
#include "requests/PrivateExportExecutor.h"
#include "requests/RetirementGate.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QRegularExpression>

using namespace keyward::core;
using namespace keyward::test;

namespace {

bool moveTo(RequestVault& rv, const QString& kid, KeyState state, const QString& set = QStringLiteral("payments-api"))
{
    return KeyTransition::apply(*rv.vault, *rv.provider, { rv.key(kid, set).id, state, {}, {} }).ok();
}

// Generates a recipient key pair outside the vault (the party that receives the export).
Jwk recipientKey(const KeySpec& spec, const QString& alg)
{
    Result<Jwk> key = KeyGenerator::generate(spec, alg, QStringLiteral("enc"));
    if (!key.ok())
        qFatal("recipient key: %s", qPrintable(key.message()));
    return key->withKid(QStringLiteral("escrow-1"));
}

Result<Request> requestPkcs8Export(RequestVault& rv, const QString& kid)
{
    return rv.submit(KeyRequestDrafts::privateExport(kid, QString(), QStringLiteral("escrow"), QStringLiteral("pkcs8")));
}

struct TrustStub final : TrustSource {
    QList<TrustingWorkload> workloads;
    Result<QList<TrustingWorkload>> workloadsTrusting(const KeyRecord&) const override { return workloads; }
};

} // namespace

class TestKeyRequests : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rotateNonPrimaryRefused();
    void retirePrimaryRefused();
    void destroyActiveRefused();
    void destructionWaitBounds();
    void keyRequestNeedsKeyOfficer();
    void gateOverlapFromWorkloads();
    void exportWithoutApprovalRefused();
    void exportOnlyByRequester();
    void exportNeverClearText();
    void exportPkcs8DecryptsToSameKey();
    void exportJweDecryptsToSameKey_data();
    void exportJweDecryptsToSameKey();
    void dueDraftsOneRotation();
    void dueDraftingNeedsKeyOfficer();
    void calendarExport();
};

void TestKeyRequests::rotateNonPrimaryRefused()
{
    RequestVault rv;
    QVERIFY(rv.initWithApprover());
    rv.generate(QStringLiteral("pay-1"));
    rv.generate(QStringLiteral("pay-2")); // active, not primary
    const QString before = rv.snapshot();
    Result<Request> refused = rv.requestRotation(QStringLiteral("pay-2"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.code(), ErrorCode::Refused);
    QVERIFY2(refused.message().contains(QStringLiteral("primary")), qPrintable(refused.message()));
    QCOMPARE(rv.snapshot(), before);
    QVERIFY(rv.engine->list().ok() && rv.engine->list()->isEmpty());

    QVERIFY(moveTo(rv, QStringLiteral("pay-2"), KeyState::Retired));
    QCOMPARE(rv.requestRotation(QStringLiteral("pay-2")).code(), ErrorCode::Refused);
    QCOMPARE(rv.requestRotation(QStringLiteral("no-such-kid")).code(), ErrorCode::NotFound);
}

void TestKeyRequests::retirePrimaryRefused()
{
    RequestVault rv;
    QVERIFY(rv.initWithApprover());
    rv.generate(QStringLiteral("pay-1"));
    Result<Request> refused = rv.submit(KeyRequestDrafts::retirement(QStringLiteral("pay-1"), QString(), QStringLiteral("old")));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.code(), ErrorCode::Refused);
    QVERIFY2(refused.message().contains(QStringLiteral("rotate")), qPrintable(refused.message()));

    // A non-primary active key may be retired at once: it never signed anything.
    rv.generate(QStringLiteral("pay-2"));
    Result<Request> spare = rv.submit(KeyRequestDrafts::retirement(QStringLiteral("pay-2"), QString(), QStringLiteral("not needed")));
    QVERIFY2(spare.ok(), why(spare));
    QVERIFY(rv.engine->approve(spare->id, rv.bob()).ok());
    QCOMPARE(rv.key(QStringLiteral("pay-2")).state, KeyState::Retired);

    // A grace key whose set lost its primary has nothing to hand over to.
    QVERIFY(moveTo(rv, QStringLiteral("pay-1"), KeyState::Grace));
    Result<Request> orphan = rv.submit(KeyRequestDrafts::retirement(QStringLiteral("pay-1"), QString(), QStringLiteral("x")));
    QVERIFY(!orphan.ok());
    QVERIFY2(orphan.message().contains(QStringLiteral("no primary")), qPrintable(orphan.message()));
}

void TestKeyRequests::destroyActiveRefused()
{
    RequestVault rv;
    QVERIFY(rv.initWithApprover());
    rv.generate(QStringLiteral("pay-1"));
    rv.generate(QStringLiteral("pay-2"));
    QVERIFY(moveTo(rv, QStringLiteral("pay-2"), KeyState::Grace));
    for (const char* kid : { "pay-1", "pay-2" }) {
        Result<Request> refused = rv.submit(KeyRequestDrafts::destruction(QLatin1String(kid), QString(), QStringLiteral("gone")));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.code(), ErrorCode::Refused);
        QVERIFY2(refused.message().contains(QStringLiteral("retire")), qPrintable(refused.message()));
    }
    QVERIFY(rv.key(QStringLiteral("pay-1")).hasPrivate);

    // Revoked keys may be destroyed; a second open destruction of the same key may not be asked.
    QVERIFY(moveTo(rv, QStringLiteral("pay-2"), KeyState::Revoked));
    Result<Request> first = rv.submit(KeyRequestDrafts::destruction(QStringLiteral("pay-2"), QString(), QStringLiteral("leaked")));
    QVERIFY2(first.ok(), why(first));
    QVERIFY(rv.engine->approve(first->id, rv.bob()).ok()); // approved, scheduled: still open
    Result<Request> second = rv.submit(KeyRequestDrafts::destruction(QStringLiteral("pay-2"), QString(), QStringLiteral("again")));
    QVERIFY(!second.ok());
    QCOMPARE(second.code(), ErrorCode::Refused);
}

void TestKeyRequests::destructionWaitBounds()
{
    QVERIFY(!KeyRequestDrafts::destruction(QStringLiteral("k"), QString(), QStringLiteral("r"), 3600).ok());
    QVERIFY(!KeyRequestDrafts::destruction(QStringLiteral("k"), QString(), QStringLiteral("r"), 31 * KeySetPolicy::kDay).ok());
    QVERIFY(KeyRequestDrafts::destruction(QStringLiteral("k"), QString(), QStringLiteral("r"), 30 * KeySetPolicy::kDay).ok());
    QVERIFY(!KeyRequestDrafts::retirement(QStringLiteral("k"), QString(), QStringLiteral("  ")).ok()); // a reason is required

    // The executor checks the effect too, whatever a front end drafted.
    RequestVault rv;
    QVERIFY(rv.initWithApprover());
    rv.generate(QStringLiteral("pay-1"));
    QVERIFY(moveTo(rv, QStringLiteral("pay-1"), KeyState::Revoked));
    RequestDraft draft = *KeyRequestDrafts::destruction(QStringLiteral("pay-1"), QString(), QStringLiteral("r"));
    draft.effect.insert(QStringLiteral("waitSecs"), 60);
    QCOMPARE(rv.engine->submit(draft).code(), ErrorCode::InvalidArgument);
}

void TestKeyRequests::keyRequestNeedsKeyOfficer()
{
    RequestVault rv;
    QVERIFY(rv.initWithApprover());
    rv.generate(QStringLiteral("pay-1"));
    QVERIFY(rv.reopenAs(QStringLiteral("bob"), kBobPassphrase));
    Result<Request> refused = rv.requestRotation(QStringLiteral("pay-1"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.code(), ErrorCode::Refused);
}

void TestKeyRequests::gateOverlapFromWorkloads()
{
    KeyRecord key;
    key.kid = QStringLiteral("pay-1");
    key.keySet = QStringLiteral("payments-api");
    KeySetPolicy policy;
    policy.clockSkewSecs = 300;
    TrustStub trust;
    Result<RetirementGate::Overlap> none = RetirementGate::overlapFor(key, policy, trust);
    QVERIFY(none.ok());
    QCOMPARE(none->secs, policy.minOverlapSecs);
    trust.workloads = { { QStringLiteral("checkout"), 3600, 900 }, { QStringLiteral("refunds"), 600, 7200 } };
    Result<RetirementGate::Overlap> computed = RetirementGate::overlapFor(key, policy, trust);
    QVERIFY(computed.ok());
    QCOMPARE(computed->secs, 3600 + 7200 + 300);
    QVERIFY(computed->explanation.contains(QStringLiteral("checkout")));
    QVERIFY(computed->explanation.contains(QStringLiteral("refunds")));
}

void TestKeyRequests::exportWithoutApprovalRefused()
{
    RequestVault rv;
    QVERIFY(rv.initWithApprover());
    rv.generate(QStringLiteral("pay-1"));
    Result<Request> requested = requestPkcs8Export(rv, QStringLiteral("pay-1"));
    QVERIFY2(requested.ok(), why(requested));
    const QString path = rv.dir.path() + QStringLiteral("/pay-1.p8");
    const PrivateExportTarget target { path, SecureBytes::fromView("a long export passphrase") };
    Result<Request> refused = rv.engine->execute(requested->id, &target);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.code(), ErrorCode::Refused);
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(!rv.hasAuditAction(QStringLiteral("key.exported-private"), QStringLiteral("pay-1")));
}

void TestKeyRequests::exportOnlyByRequester()
{
    RequestVault rv;
    QVERIFY(rv.initWithApprover());
    rv.generate(QStringLiteral("pay-1"));
    Result<Request> requested = requestPkcs8Export(rv, QStringLiteral("pay-1"));
    QVERIFY2(requested.ok(), why(requested));
    Result<Request> approved = rv.engine->approve(requested->id, rv.bob());
    QVERIFY2(approved.ok(), why(approved));
    QCOMPARE(approved->state, RequestState::Approved); // waits for its requester
    const QString path = rv.dir.path() + QStringLiteral("/pay-1.p8");
    QVERIFY(!QFileInfo::exists(path));

    QVERIFY(rv.reopenAs(QStringLiteral("bob"), kBobPassphrase));
    const PrivateExportTarget target { path, SecureBytes::fromView("a long export passphrase") };
    Result<Request> refused = rv.engine->execute(requested->id, &target);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.code(), ErrorCode::Refused);
    QVERIFY(!QFileInfo::exists(path));

    // The executor itself refuses too, should anything but the engine call it.
    ExecutionContext asBob { *rv.vault, *rv.provider, QStringLiteral("bob"), &target };
    QCOMPARE(PrivateExportExecutor().execute(asBob, *approved, QByteArray()).code(), ErrorCode::Refused);
    QVERIFY(!QFileInfo::exists(path));

    QVERIFY(rv.reopenAs(QStringLiteral("alice"), kAlicePassphrase));
    Result<Request> collected = rv.engine->execute(requested->id, &target);
    QVERIFY2(collected.ok(), why(collected));
    QCOMPARE(collected->state, RequestState::Executed);
    QVERIFY(QFileInfo::exists(path));
    // Collected once: a second collection is refused.
    QVERIFY(!rv.engine->execute(requested->id, &target).ok());
}

void TestKeyRequests::exportNeverClearText()
{
    RequestVault rv;
    QVERIFY(rv.initWithApprover());
    rv.generate(QStringLiteral("pay-1"));
    const QString before = rv.snapshot();

    // No clear format exists.
    QCOMPARE(KeyRequestDrafts::privateExport(QStringLiteral("pay-1"), QString(), QStringLiteral("r"), QStringLiteral("jwk")).code(),
             ErrorCode::InvalidArgument);
    RequestDraft clear = *KeyRequestDrafts::privateExport(QStringLiteral("pay-1"), QString(), QStringLiteral("r"), QStringLiteral("pkcs8"));
    clear.effect.insert(QStringLiteral("format"), QStringLiteral("pem"));
    QCOMPARE(rv.engine->submit(clear).code(), ErrorCode::InvalidArgument);

    // A recipient JWK with private members is refused: the wrap would be pointless and the secret
    // would sit in the request.
    const Jwk recipient = recipientKey(KeySpec::ec(Curve::P256), QStringLiteral("ECDH-ES+A256KW"));
    Result<Request> privateRecipient = rv.submit(KeyRequestDrafts::privateExport(QStringLiteral("pay-1"), QString(),
        QStringLiteral("escrow"), QStringLiteral("jwe"), recipient.toPrivateJson()));
    QVERIFY(!privateRecipient.ok());
    QCOMPARE(privateRecipient.code(), ErrorCode::Refused);
    Result<Jwk> secret = KeyGenerator::generate(KeySpec::oct(256), QStringLiteral("A256KW"));
    QVERIFY(secret.ok());
    QCOMPARE(rv.submit(KeyRequestDrafts::privateExport(QStringLiteral("pay-1"), QString(), QStringLiteral("escrow"),
                 QStringLiteral("jwe"), secret->toPrivateJson())).code(),
             ErrorCode::Refused);
    // A signing key cannot receive a wrapped key.
    Result<Jwk> ed = KeyGenerator::generate(KeySpec::okp(Curve::Ed25519), QStringLiteral("EdDSA"));
    QVERIFY(ed.ok());
    QCOMPARE(rv.submit(KeyRequestDrafts::privateExport(QStringLiteral("pay-1"), QString(), QStringLiteral("escrow"),
                 QStringLiteral("jwe"), ed->toPublicJson())).code(),
             ErrorCode::KeyMismatch);
    QCOMPARE(rv.snapshot(), before);

    // pkcs8 with a short passphrase: refused at collection, nothing written, still collectable.
    Result<Request> requested = requestPkcs8Export(rv, QStringLiteral("pay-1"));
    QVERIFY2(requested.ok(), why(requested));
    QVERIFY(rv.engine->approve(requested->id, rv.bob()).ok());
    const QString path = rv.dir.path() + QStringLiteral("/short.p8");
    const PrivateExportTarget shortTarget { path, SecureBytes::fromView("11 bytes!!!") };
    Result<Request> tooShort = rv.engine->execute(requested->id, &shortTarget);
    QVERIFY(!tooShort.ok() || tooShort->state == RequestState::Approved);
    QVERIFY(!QFileInfo::exists(path));
    Result<Request> still = rv.engine->byId(requested->id);
    QVERIFY(still.ok());
    QCOMPARE(still->state, RequestState::Approved);
    QVERIFY(still->executionError.contains(QStringLiteral("12")));
    QVERIFY(!rv.hasAuditAction(QStringLiteral("key.exported-private"), QStringLiteral("pay-1")));

    // A destroyed key has nothing to export.
    rv.generate(QStringLiteral("pay-old"));
    QVERIFY(moveTo(rv, QStringLiteral("pay-old"), KeyState::Retired));
    QVERIFY(moveTo(rv, QStringLiteral("pay-old"), KeyState::Destroyed));
    QCOMPARE(rv.submit(KeyRequestDrafts::privateExport(QStringLiteral("pay-old"), QString(), QStringLiteral("r"),
                 QStringLiteral("pkcs8"))).code(),
             ErrorCode::Refused);
}

void TestKeyRequests::exportPkcs8DecryptsToSameKey()
{
    RequestVault rv;
    QVERIFY(rv.initWithApprover());
    const KeyRecord key = rv.generate(QStringLiteral("pay-1"));
    Result<Request> requested = rv.submit(KeyRequestDrafts::privateExport(QStringLiteral("pay-1"), QString(),
        QStringLiteral("escrow at the bank"), QStringLiteral("pkcs8")));
    QVERIFY2(requested.ok(), why(requested));
    QVERIFY(rv.engine->approve(requested->id, rv.bob()).ok());
    const QString path = rv.dir.path() + QStringLiteral("/pay-1.p8");
    const char* passphrase = "sixteen byte pass";
    const PrivateExportTarget target { path, SecureBytes::fromView(passphrase) };
    Result<Request> collected = rv.engine->execute(requested->id, &target);
    QVERIFY2(collected.ok(), why(collected));
    QCOMPARE(collected->state, RequestState::Executed);

    const QByteArray file = readAll(path);
    QVERIFY(file.startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
    QCOMPARE(QFileInfo(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                                                 | QFileDevice::WriteOther),
             QFileDevice::Permissions());
    QCOMPARE(collected->outcome.value(QStringLiteral("sha256")).toString(),
             QString::fromLatin1(hex::encode(digest::sha256(file))));
    QCOMPARE(collected->outcome.value(QStringLiteral("format")).toString(), QStringLiteral("pkcs8"));
    QVERIFY(!PemCodec::importPem(file, SecureBytes::fromView("wrong passphrase!")).ok());
    Result<Jwk> back = PemCodec::importPem(file, SecureBytes::fromView(passphrase));
    QVERIFY2(back.ok(), why(back));
    QVERIFY(back->hasPrivate());
    Result<Jwk> original = rv.provider->loadPrivate(key.id);
    QVERIFY(original.ok());
    QVERIFY(back->sameKeyMaterial(*original));
    QCOMPARE(back->toPrivateJson().value(QStringLiteral("d")), original->toPrivateJson().value(QStringLiteral("d")));

    // Audited without key bytes or the passphrase.
    Result<QList<AuditEvent>> events = rv.vault->audit().eventsForSubject(QStringLiteral("pay-1"));
    QVERIFY(events.ok());
    const auto exported = std::find_if(events->cbegin(), events->cend(),
        [](const AuditEvent& e) { return e.action == QLatin1String("key.exported-private"); });
    QVERIFY(exported != events->cend());
    const QByteArray details = QJsonDocument(exported->details).toJson();
    QVERIFY(!mentionsPrivateMembers(details));
    QVERIFY(!details.contains(passphrase));
    QCOMPARE(exported->details.value(QStringLiteral("sha256")), collected->outcome.value(QStringLiteral("sha256")));
}

void TestKeyRequests::exportJweDecryptsToSameKey_data()
{
    QTest::addColumn<QString>("vaultAlg");
    QTest::addColumn<int>("recipientType");
    QTest::addColumn<QString>("expectedAlg");
    QTest::newRow("EC key to P-256") << QStringLiteral("ES256") << int(KeyType::Ec) << QStringLiteral("ECDH-ES+A256KW");
    QTest::newRow("oct key to X25519") << QStringLiteral("A256KW") << int(KeyType::Okp) << QStringLiteral("ECDH-ES+A256KW");
    QTest::newRow("Ed25519 key to RSA") << QStringLiteral("EdDSA") << int(KeyType::Rsa) << QStringLiteral("RSA-OAEP-256");
}

void TestKeyRequests::exportJweDecryptsToSameKey()
{
    QFETCH(QString, vaultAlg);
    QFETCH(int, recipientType);
    QFETCH(QString, expectedAlg);
    RequestVault rv;
    QVERIFY(rv.initWithApprover());
    const KeyRecord key = rv.generate(QStringLiteral("k-1"), vaultAlg);
    QVERIFY(key.id != 0);
    const Jwk recipient = KeyType(recipientType) == KeyType::Rsa ? recipientKey(KeySpec::rsa(2048), QStringLiteral("RSA-OAEP-256"))
        : KeyType(recipientType) == KeyType::Okp                ? recipientKey(KeySpec::okp(Curve::X25519), QStringLiteral("ECDH-ES+A256KW"))
                                                                : recipientKey(KeySpec::ec(Curve::P256), QStringLiteral("ECDH-ES+A256KW"));
    Result<Request> requested = rv.submit(KeyRequestDrafts::privateExport(QStringLiteral("k-1"), QString(),
        QStringLiteral("hand over to the escrow service"), QStringLiteral("jwe"), recipient.toPublicJson()));
    QVERIFY2(requested.ok(), why(requested));
    QCOMPARE(requested->effect.value(QStringLiteral("jweAlg")).toString(), expectedAlg);
    QCOMPARE(requested->effect.value(QStringLiteral("recipientThumbprint")).toString(), recipient.thumbprintBase64Url());
    QVERIFY(rv.engine->approve(requested->id, rv.bob()).ok());
    const QString path = rv.dir.path() + QStringLiteral("/k-1.jwe");
    const PrivateExportTarget target { path, SecureBytes() };
    Result<Request> collected = rv.engine->execute(requested->id, &target);
    QVERIFY2(collected.ok(), why(collected));
    QCOMPARE(collected->state, RequestState::Executed);

    const QByteArray file = readAll(path);
    QCOMPARE(file.count('.'), 4); // compact JWE
    QVERIFY(!mentionsPrivateMembers(file));
    jose::JweDecryptor decryptor([](const QString&, const QJsonObject&) -> Result<Jwk> {
        return Error(ErrorCode::UnknownKid, QStringLiteral("unused"));
    });
    Result<jose::JweDecrypted> opened = decryptor.decryptWithKey(file, recipient);
    QVERIFY2(opened.ok(), why(opened));
    QCOMPARE(opened->alg, expectedAlg);
    QCOMPARE(opened->enc, QStringLiteral("A256GCM"));
    QCOMPARE(opened->header().value(QStringLiteral("cty")).toString(), QStringLiteral("jwk+json"));
    Result<Jwk> back = Jwk::fromJsonText(opened->plaintext);
    QVERIFY2(back.ok(), why(back));
    QVERIFY(back->hasPrivate());
    Result<Jwk> original = rv.provider->loadPrivate(key.id);
    QVERIFY(original.ok());
    QVERIFY(back->sameKeyMaterial(*original));
    QCOMPARE(back->kid(), QStringLiteral("k-1"));
}

void TestKeyRequests::dueDraftsOneRotation()
{
    RequestVault rv;
    QVERIFY(rv.initWithApprover());
    rv.generate(QStringLiteral("pay-1")); // default policy: 90-day cryptoperiod, expires in 365 days
    rv.generate(QStringLiteral("pay-spare"));
    QVERIFY(moveTo(rv, QStringLiteral("pay-spare"), KeyState::Retired));

    Result<DueReport> early = DueWork::run(*rv.vault, *rv.engine);
    QVERIFY2(early.ok(), why(early));
    QVERIFY(early->drafted.isEmpty());

    rv.clock.advanceDays(91);
    Result<DueReport> due = DueWork::run(*rv.vault, *rv.engine);
    QVERIFY2(due.ok(), why(due));
    QCOMPARE(due->drafted.size(), 1);
    const Request& drafted = due->drafted.first();
    QCOMPARE(drafted.kind, RequestKind::Rotate);
    QCOMPARE(drafted.subject, QStringLiteral("pay-1"));
    QCOMPARE(drafted.state, RequestState::Pending);
    QCOMPARE(drafted.requester, QStringLiteral("alice"));
    QCOMPARE(drafted.effect.value(QStringLiteral("reasonCategory")).toString(), QStringLiteral("scheduled"));
    QVERIFY(drafted.reason.contains(QStringLiteral("cryptoperiod")));
    QCOMPARE(due->toJson().value(QStringLiteral("drafted")).toArray().size(), 1);

    Result<DueReport> again = DueWork::run(*rv.vault, *rv.engine);
    QVERIFY2(again.ok(), why(again));
    QVERIFY(again->drafted.isEmpty());
    QCOMPARE(rv.engine->list()->size(), 1);

    // The drafted request expires unapproved: the next run expires it and drafts a fresh one.
    rv.clock.advanceSecs(Request::kDefaultLifetimeSecs + 1);
    Result<DueReport> later = DueWork::run(*rv.vault, *rv.engine);
    QVERIFY2(later.ok(), why(later));
    QCOMPARE(later->expired.size(), 1);
    QCOMPARE(later->drafted.size(), 1);
}

void TestKeyRequests::dueDraftingNeedsKeyOfficer()
{
    RequestVault rv;
    QVERIFY(rv.initWithApprover());
    rv.generate(QStringLiteral("pay-1"));
    const KeyRecord next = rv.generate(QStringLiteral("pay-2"));
    rv.clock.advanceDays(91);
    QVERIFY(rv.reopenAs(QStringLiteral("bob"), kBobPassphrase));
    Result<DueReport> due = DueWork::run(*rv.vault, *rv.engine);
    QVERIFY2(due.ok(), why(due));
    QVERIFY(due->drafted.isEmpty());
    QCOMPARE(due->notes.size(), 1);
    QVERIFY(due->notes.first().contains(QStringLiteral("pay-1")));

    // A key officer's run drafts it, to the pre-published successor.
    QVERIFY(rv.reopenAs(QStringLiteral("alice"), kAlicePassphrase));
    Result<DueReport> drafted = DueWork::run(*rv.vault, *rv.engine);
    QVERIFY2(drafted.ok(), why(drafted));
    QCOMPARE(drafted->drafted.size(), 1);
    const QJsonObject successor = drafted->drafted.first().effect.value(QStringLiteral("successor")).toObject();
    QVERIFY(successor.value(QStringLiteral("prePublished")).toBool());
    QCOMPARE(successor.value(QStringLiteral("kid")).toString(), next.kid);
}

void TestKeyRequests::calendarExport()
{
    RequestVault rv;
    QVERIFY(rv.initWithApprover());
    rv.generate(QStringLiteral("pay-1"));
    rv.generate(QStringLiteral("idp,2026;main\\x"), QStringLiteral("EdDSA"), QStringLiteral("identity-tokens"));
    rv.generate(QStringLiteral("arch-1"), QStringLiteral("ECDH-ES+A256KW"), QStringLiteral("archive-enc"));
    rv.generate(QStringLiteral("arch-old"), QStringLiteral("ECDH-ES+A256KW"), QStringLiteral("archive-enc"));
    // An owner in non-ASCII text: folding must never cut a UTF-8 sequence.
    GenerateKeyCommand::Params unicode { rv.params(QStringLiteral("zurich-archive")), QString() };
    unicode.key.alg = QStringLiteral("ES256");
    unicode.key.kid = QStringLiteral("zh-1");
    unicode.key.owner = QStringLiteral("Schlüsselverwaltung Zürich — Ärger über Öffnungszeiten à la carte ✓✓✓✓✓✓✓✓✓✓");
    QVERIFY(GenerateKeyCommand(*rv.vault, *rv.provider, unicode).run().ok());
    // A rotation puts pay-1 in grace (a retirement date); a revoked key awaits its destruction.
    Result<Request> rotation = rv.requestRotation(QStringLiteral("pay-1"));
    QVERIFY2(rotation.ok(), why(rotation));
    QVERIFY(rv.engine->approve(rotation->id, rv.bob()).ok());
    QVERIFY(moveTo(rv, QStringLiteral("arch-old"), KeyState::Revoked, QStringLiteral("archive-enc")));
    Result<Request> destroy = rv.submit(KeyRequestDrafts::destruction(QStringLiteral("arch-old"), QString(), QStringLiteral("leaked")));
    QVERIFY2(destroy.ok(), why(destroy));
    QVERIFY(rv.engine->approve(destroy->id, rv.bob()).ok());

    Result<QByteArray> built = CalendarExport::build(*rv.vault);
    QVERIFY2(built.ok(), why(built));
    const QByteArray ics = *built;
    QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
    QVERIFY(!ics.contains("\n\n"));
    QCOMPARE(ics.count("\n"), ics.count("\r\n")); // every line ends in CRLF
    const QList<QByteArray> physical = ics.chopped(1).split('\n');
    int folded = 0;
    for (QByteArray line : physical) {
        QVERIFY(line.endsWith('\r'));
        line.chop(1);
        QVERIFY2(line.size() <= 75, line.constData());
        QCOMPARE(QString::fromUtf8(line).toUtf8(), line); // whole characters on every line
        if (line.startsWith(' '))
            ++folded;
    }
    QVERIFY(folded > 0); // descriptions are longer than one line

    // Unfold (RFC 5545 §3.1) and read the content lines.
    QByteArray unfolded = ics;
    unfolded.replace("\r\n ", "");
    const QList<QByteArray> lines = unfolded.chopped(1).split('\n');
    QCOMPARE(lines.first(), QByteArray("BEGIN:VCALENDAR\r"));
    QVERIFY(lines.contains("VERSION:2.0\r"));
    QVERIFY(std::any_of(lines.cbegin(), lines.cend(), [](const QByteArray& l) { return l.startsWith("PRODID:"); }));
    QMap<QByteArray, int> perKind;
    int events = 0;
    bool inEvent = false;
    QStringList seen;
    for (QByteArray line : lines) {
        line.chop(1);
        if (line == "BEGIN:VEVENT") {
            QVERIFY(!inEvent);
            inEvent = true;
            ++events;
            seen.clear();
        } else if (line == "END:VEVENT") {
            inEvent = false;
            for (const char* required : { "UID", "DTSTAMP", "DTSTART", "SUMMARY", "DESCRIPTION" })
                QVERIFY2(seen.contains(QLatin1String(required)), required);
        } else if (inEvent) {
            const QByteArray name = line.left(line.indexOf(':'));
            seen << QString::fromLatin1(name);
            if (name == "UID")
                ++perKind[line.mid(4, line.indexOf('.') - 4)];
            if (name == "DTSTART")
                QVERIFY2(QRegularExpression(QStringLiteral("^DTSTART:\\d{8}T\\d{6}Z$")).match(QString::fromLatin1(line)).hasMatch(),
                         line.constData());
        }
    }
    QVERIFY(!inEvent);
    // rotation: the primaries (successor of pay-1, idp, arch-1, zh-1); retirement: pay-1 in grace;
    // expiry: every key in service (pay-1, its successor, idp, arch-1, zh-1 — arch-old is
    // revoked); destruction: arch-old.
    QCOMPARE(perKind.value("rotation"), 4);
    QCOMPARE(perKind.value("retirement"), 1);
    QCOMPARE(perKind.value("expiry"), 5);
    QCOMPARE(perKind.value("destruction"), 1);
    QCOMPARE(events, 11);
    QVERIFY(QString::fromUtf8(unfolded).contains(unicode.key.owner));
    // TEXT escaping of , ; and backslash.
    QVERIFY2(unfolded.contains("SUMMARY:Rotate idp\\,2026\\;main\\\\x\r\n"), unfolded.constData());

    // Stable UIDs: a second export has the same ones.
    Result<QByteArray> again = CalendarExport::build(*rv.vault);
    QVERIFY(again.ok());
    const auto uids = [](const QByteArray& text) {
        QList<QByteArray> out;
        QByteArray unfoldedText = text;
        unfoldedText.replace("\r\n ", "");
        for (const QByteArray& line : unfoldedText.split('\n'))
            if (line.startsWith("UID:"))
                out << line;
        return out;
    };
    QCOMPARE(uids(*again), uids(ics));

    const QString path = rv.dir.path() + QStringLiteral("/keys.ics");
    QVERIFY(CalendarExport::write(*rv.vault, path).ok());
    QCOMPARE(uids(readAll(path)), uids(ics));
}

QTEST_GUILESS_MAIN(TestKeyRequests)
#include "tst_key_requests.moc"
