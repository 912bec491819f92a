// SPDX-License-Identifier: GPL-3.0-or-later
// Keyslots that cannot be bent (issue 12, "Keyslots"; SPEC §1): in format 2 every field of a slot is
// bound into its seals and signed by its officer, so a swapped box key, signing key, salt or cost
// is refused as a tampered slot — never as a wrong passphrase — and an Argon2 cost outside the
// floor and ceiling is refused before Argon2 runs. Format-1 slots still open and are upgraded.

#include "VaultTestSupport.h"

#include "common/Base64Url.h"
#include "crypto/Random.h"
#include "vault/KdfLimits.h"
#include "vault/KeySlots.h"
#include "vault/VaultFiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <functional>

using namespace keyward::core;
using namespace keyward::test;

namespace {

using SlotEdit = std::function<void(QJsonObject& slot)>;

QString b64(const QByteArray& bytes)
{
    return QString::fromLatin1(base64url::encode(bytes));
}

// Peak resident set size of this process in KiB (Linux), 0 where unknown.
qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

} // namespace

Q_DECLARE_METATYPE(SlotEdit)
Q_DECLARE_METATYPE(KdfParams)

class TestKeySlotBinding : public QObject {
    Q_OBJECT

private:
    ManualClock m_clock;
    QTemporaryDir m_dir;
    VaultLocation m_location;

    Result<std::unique_ptr<Vault>> open(const QString& officer, const char* passphrase)
    {
        return Vault::open(m_location, officer, pass(passphrase), m_clock);
    }

    // Rewrites keyslots.json as someone with write access to the folder would.
    void editSlot(const QString& officer, const SlotEdit& edit)
    {
        QJsonObject root = QJsonDocument::fromJson(readAll(m_location.keySlotsPath())).object();
        QJsonArray slots = root.value(QStringLiteral("slots")).toArray();
        for (qsizetype i = 0; i < slots.size(); ++i) {
            QJsonObject slot = slots.at(i).toObject();
            if (slot.value(QStringLiteral("officer")).toString() == officer) {
                edit(slot);
                slots.replace(i, slot);
            }
        }
        root.insert(QStringLiteral("slots"), slots);
        QVERIFY(writeAll(m_location.keySlotsPath(), QJsonDocument(root).toJson()));
    }

    static SlotEdit swapSigningKey(const QString& x)
    {
        return [x](QJsonObject& slot) {
            QJsonObject signing = slot.value(QStringLiteral("signing")).toObject();
            QJsonObject jwk = signing.value(QStringLiteral("jwk")).toObject();
            jwk.insert(QStringLiteral("x"), x);
            signing.insert(QStringLiteral("jwk"), jwk);
            slot.insert(QStringLiteral("signing"), signing);
        };
    }

    static void setMember(
        QJsonObject& slot, const QString& object, const QString& key, const QJsonValue& value)
    {
        QJsonObject inner = slot.value(object).toObject();
        inner.insert(key, value);
        slot.insert(object, inner);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_location = VaultLocation { m_dir.filePath(QStringLiteral("vault")) };
        Result<std::unique_ptr<Vault>> vault = Vault::create(m_location, QStringLiteral("alice"),
            { Role::Admin }, pass("alice-passphrase"), KdfParams::forTests(), m_clock);
        QVERIFY2(vault.ok(), why(vault).constData());
        QVERIFY((*vault)
                    ->addOfficer(QStringLiteral("bob"), { Role::Approver }, pass("bob-passphrase"),
                        KdfParams::forTests())
                    .ok());
    }

    void cleanup() { QDir(m_location.dir).removeRecursively(); }

    void newSlotsAreFormat2AndSigned()
    {
        Result<KeySlotFile> file = KeySlotFile::load(m_location.keySlotsPath());
        QVERIFY2(file.ok(), why(file).constData());
        const QJsonObject root = QJsonDocument::fromJson(readAll(m_location.keySlotsPath())).object();
        QCOMPARE(root.value(QStringLiteral("version")).toInt(), 2);
        for (const KeySlot& slot : file->slots) {
            QCOMPARE(slot.binding, 2);
            QCOMPARE(slot.signature.size(), 64);
            QVERIFY(file->checkSlot(slot).ok());
        }
        QVERIFY(open(QStringLiteral("alice"), "alice-passphrase").ok());
    }

    void swappedFieldIsTampering_data()
    {
        QTest::addColumn<SlotEdit>("edit");
        const QString otherBox = b64(slotcrypto::generateX25519()->publicKey);
        const QString otherSigning = b64(slotcrypto::generateEd25519()->publicKey);
        QTest::newRow("box.public") << SlotEdit(
            [=](QJsonObject& s) { setMember(s, QStringLiteral("box"), QStringLiteral("public"), otherBox); });
        QTest::newRow("signing.jwk") << swapSigningKey(otherSigning);
        QTest::newRow("kdf.t") << SlotEdit(
            [](QJsonObject& s) { setMember(s, QStringLiteral("kdf"), QStringLiteral("t"), 2); });
        QTest::newRow("kdf.mKiB") << SlotEdit(
            [](QJsonObject& s) { setMember(s, QStringLiteral("kdf"), QStringLiteral("mKiB"), 2048); });
        QTest::newRow("kdf.salt") << SlotEdit([](QJsonObject& s) {
            setMember(s, QStringLiteral("kdf"), QStringLiteral("salt"), b64(random::bytes(16)));
        });
        QTest::newRow("check") << SlotEdit(
            [](QJsonObject& s) { s.insert(QStringLiteral("check"), b64(random::bytes(32))); });
        QTest::newRow("slotVersion") << SlotEdit(
            [](QJsonObject& s) { s.insert(QStringLiteral("slotVersion"), 7); });
        QTest::newRow("signature") << SlotEdit(
            [](QJsonObject& s) { s.insert(QStringLiteral("signature"), b64(random::bytes(64))); });
        // Claiming the format-1 binding: the seals were made with the format-2 AAD and do not open.
        QTest::newRow("binding 2 → 1")
            << SlotEdit([](QJsonObject& s) { s.insert(QStringLiteral("binding"), 1); });
    }

    void swappedFieldIsTampering()
    {
        QFETCH(SlotEdit, edit);
        editSlot(QStringLiteral("alice"), edit);
        Result<std::unique_ptr<Vault>> vault = open(QStringLiteral("alice"), "alice-passphrase");
        QCOMPARE(vault.code(), ErrorCode::VaultDamaged);
        QVERIFY2(vault.message().startsWith(QStringLiteral("The keyslot of alice was altered")),
            why(vault).constData());
        // Bob's slot is untouched and still opens.
        QVERIFY(open(QStringLiteral("bob"), "bob-passphrase").ok());
    }

    void plantedOrphanSlotOpensNothing()
    {
        // Whoever can write the folder makes a well-formed slot of their own, wrapping a key they
        // chose, with their own box key and a valid self-signature.
        Result<KeySlotFile> file = KeySlotFile::load(m_location.keySlotsPath());
        QVERIFY(file.ok());
        const SecureBytes guessedMaster = SecureBytes::fromView(random::bytes(32));
        Result<KeySlot> orphan = file->makeSlot(
            QStringLiteral("mallory"), pass("mallory-passphrase"), KdfParams::forTests(), guessedMaster);
        QVERIFY(orphan.ok());
        file->slots.append(*orphan);
        QVERIFY(file->save(m_location.keySlotsPath()).ok());

        QVERIFY(!open(QStringLiteral("mallory"), "mallory-passphrase").ok());
        // It is there to be reported (the roster check names slots without an officer) …
        QVERIFY(Vault::slotOfficers(m_location)->contains(QStringLiteral("mallory")));
        // … and a copy of a real officer's slot with the attacker's box key fails its own check, so
        // a re-key can refuse to wrap the new master key to it.
        KeySlot borrowed = *file->find(QStringLiteral("bob"));
        borrowed.boxPublic = orphan->boxPublic;
        const Status check = file->checkSlot(borrowed);
        QCOMPARE(check.code(), ErrorCode::VaultDamaged);
        QVERIFY(check.message().startsWith(QStringLiteral("The keyslot of bob was altered")));
        QVERIFY(open(QStringLiteral("alice"), "alice-passphrase").ok());
    }

    void rekeyRefusesSwappedBoxKey()
    {
        // The measured attack: bob's box public key replaced by the attacker's, then a re-key after
        // an officer removal. The re-key refuses instead of wrapping the new master key to it.
        const QByteArray attackerBox = slotcrypto::generateX25519()->publicKey;
        editSlot(QStringLiteral("bob"), [&](QJsonObject& s) {
            setMember(s, QStringLiteral("box"), QStringLiteral("public"), b64(attackerBox));
        });
        Result<KeySlotFile> file = KeySlotFile::load(m_location.keySlotsPath());
        QVERIFY(file.ok());
        Result<KeySlotFile> next = VaultFiles::rekeyedSlots(
            *file, QStringLiteral("carol"), SecureBytes::fromView(random::bytes(32)));
        QCOMPARE(next.code(), ErrorCode::VaultDamaged);
        QVERIFY(next.message().startsWith(QStringLiteral("The keyslot of bob was altered")));
    }

    void rekeyWaitsForFormat1SlotsToBeUpgraded()
    {
        // Turning the file back into format 1 unbinds every slot; the re-key does not trust them.
        QJsonObject root = QJsonDocument::fromJson(readAll(m_location.keySlotsPath())).object();
        root.insert(QStringLiteral("version"), 1);
        QVERIFY(writeAll(m_location.keySlotsPath(), QJsonDocument(root).toJson()));
        Result<KeySlotFile> file = KeySlotFile::load(m_location.keySlotsPath());
        QVERIFY(file.ok());
        Result<KeySlotFile> next = VaultFiles::rekeyedSlots(
            *file, QStringLiteral("carol"), SecureBytes::fromView(random::bytes(32)));
        QCOMPARE(next.code(), ErrorCode::Refused);
        QVERIFY(next.message().contains(QStringLiteral("must unlock the vault once")));
        // The format-2 seals do not open as format 1 either: alice's slot reads as altered.
        QCOMPARE(open(QStringLiteral("alice"), "alice-passphrase").code(), ErrorCode::VaultDamaged);
    }

    void costOutsideLimitsIsRefusedBeforeArgon2_data()
    {
        QTest::addColumn<QString>("member");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("16 GiB")
            << QStringLiteral("mKiB") << QJsonValue(16 * 1024 * 1024)
            << QStringLiteral("The keyslot of alice asks for 16384 MiB of Argon2 memory, above Keyward's "
                              "ceiling of 4096 MiB: keyslots.json was damaged or tampered with.");
        QTest::newRow("t=1000")
            << QStringLiteral("t") << QJsonValue(1000)
            << QStringLiteral("The keyslot of alice asks for 1000 Argon2 passes, above Keyward's ceiling "
                              "of 64: keyslots.json was damaged or tampered with.");
        QTest::newRow("t=0")
            << QStringLiteral("t") << QJsonValue(0)
            << QStringLiteral("The keyslot of alice asks for 0 Argon2 passes, below Keyward's floor of 1: "
                              "keyslots.json was damaged or tampered with.");
        QTest::newRow("p=255")
            << QStringLiteral("p") << QJsonValue(255)
            << QStringLiteral("The keyslot of alice asks for 255 Argon2 lanes, outside Keyward's range of "
                              "1 to 16: keyslots.json was damaged or tampered with.");
        QTest::newRow("512 KiB")
            << QStringLiteral("mKiB") << QJsonValue(512)
            << QStringLiteral("The keyslot of alice asks for 0.5 MiB of Argon2 memory, below Keyward's "
                              "floor of 1 MiB: keyslots.json was damaged or tampered with.");
        QTest::newRow("4-byte salt")
            << QStringLiteral("salt") << QJsonValue(b64(random::bytes(4)))
            << QStringLiteral("The keyslot of alice has a 4-byte Argon2 salt, outside Keyward's range "
                              "of 16 to 64 bytes: keyslots.json was damaged or tampered with.");
    }

    void costOutsideLimitsIsRefusedBeforeArgon2()
    {
        QFETCH(QString, member);
        QFETCH(QJsonValue, value);
        QFETCH(QString, message);
        editSlot(QStringLiteral("alice"),
            [&](QJsonObject& s) { setMember(s, QStringLiteral("kdf"), member, value); });
        const qint64 peakBefore = peakRssKiB();
        // A wrong passphrase too: what is reported is the slot, never the passphrase.
        for (const char* passphrase : { "alice-passphrase", "not-alices-passphrase" }) {
            Result<std::unique_ptr<Vault>> vault = open(QStringLiteral("alice"), passphrase);
            QCOMPARE(vault.code(), ErrorCode::VaultDamaged);
            QCOMPARE(vault.message(), message);
        }
        // Argon2 never ran with the file's cost: the peak RSS did not grow by anything like it.
        QVERIFY2(peakRssKiB() - peakBefore < 256 * 1024,
            QByteArray::number(peakRssKiB() - peakBefore).constData());
    }

    void costOutsideLimitsIsRefusedWhenMade_data()
    {
        QTest::addColumn<KdfParams>("kdf");
        QTest::newRow("8 GiB") << KdfParams { 3, 8u * 1024 * 1024, 1 };
        QTest::newRow("t=65") << KdfParams { 65, 64 * 1024, 1 };
        QTest::newRow("p=17") << KdfParams { 3, 64 * 1024, 17 };
        QTest::newRow("under the floor") << KdfParams { 1, 512, 1 };
    }

    void costOutsideLimitsIsRefusedWhenMade()
    {
        QFETCH(KdfParams, kdf);
        QTemporaryDir dir;
        Result<std::unique_ptr<Vault>> vault
            = Vault::create(VaultLocation { dir.filePath(QStringLiteral("v")) }, QStringLiteral("carol"),
                { Role::Admin }, pass("carol-passphrase"), kdf, m_clock);
        QCOMPARE(vault.code(), ErrorCode::InvalidArgument);
        QVERIFY2(vault.message().startsWith(QStringLiteral("The new keyslot of carol asks for")),
            why(vault).constData());
    }

    void limitsAreTheTestOnesHere()
    {
        // Tests link keyward_kdf_limits_test: the ceilings are production's, only the floor is lower.
        const KdfLimits limits = kdfLimits();
        QCOMPARE(limits.maxMemoryKiB, 4u * 1024 * 1024);
        QCOMPARE(limits.maxTimeCost, 64u);
        QCOMPARE(limits.minMemoryKiB, KdfParams::forTests().memoryKiB);
        QVERIFY(kdfLimitViolation(KdfParams::forTests(), 16).isEmpty());
        // The calibration stays within the production limits (t 2–64, 64 MiB, one lane).
        const KdfParams calibrated = KdfParams::calibrated(1);
        QVERIFY(calibrated.timeCost >= 2 && calibrated.timeCost <= 64);
        QCOMPARE(calibrated.memoryKiB, 64u * 1024);
        QCOMPARE(calibrated.parallelism, 1u);
    }

    void format1SlotOpensAndIsUpgraded()
    {
        QTemporaryDir dir;
        const VaultLocation location { dir.path() };
        QVERIFY(copySchema1Fixture(location));
        QCOMPARE(QJsonDocument::fromJson(readAll(location.keySlotsPath()))
                     .object()
                     .value(QStringLiteral("version"))
                     .toInt(),
            1);
        {
            Result<std::unique_ptr<Vault>> vault
                = Vault::open(location, QStringLiteral("alice"), pass("alice-passphrase"), m_clock);
            QVERIFY2(vault.ok(), why(vault).constData());
        }
        Result<KeySlotFile> file = KeySlotFile::load(location.keySlotsPath());
        QVERIFY(file.ok());
        QCOMPARE(QJsonDocument::fromJson(readAll(location.keySlotsPath()))
                     .object()
                     .value(QStringLiteral("version"))
                     .toInt(),
            2);
        const KeySlot* alice = file->find(QStringLiteral("alice"));
        QVERIFY(alice);
        QCOMPARE(alice->binding, 2);
        QVERIFY(file->checkSlot(*alice).ok());
        // The upgraded slot opens with the same passphrase; a wrong one is still just wrong.
        QVERIFY(Vault::open(location, QStringLiteral("alice"), pass("alice-passphrase"), m_clock).ok());
        QCOMPARE(Vault::open(location, QStringLiteral("alice"), pass("bob-passphrase"), m_clock).code(),
            ErrorCode::AuthenticationFailed);
    }

    void format1SlotWithSwappedSigningKeyIsNotUpgraded()
    {
        // Format 1 did not bind the signing JWK: it is checked against the opened private key, so a
        // swap is refused instead of being sealed into the format-2 binding.
        QTemporaryDir dir;
        m_location = VaultLocation { dir.path() };
        QVERIFY(copySchema1Fixture(m_location));
        editSlot(QStringLiteral("alice"), swapSigningKey(b64(slotcrypto::generateEd25519()->publicKey)));
        const QByteArray before = readAll(m_location.keySlotsPath());
        Result<std::unique_ptr<Vault>> vault = open(QStringLiteral("alice"), "alice-passphrase");
        QCOMPARE(vault.code(), ErrorCode::VaultDamaged);
        QVERIFY(vault.message().startsWith(QStringLiteral("The keyslot of alice was altered")));
        QCOMPARE(readAll(m_location.keySlotsPath()), before);
    }
};

QTEST_GUILESS_MAIN(TestKeySlotBinding)
#include "tst_keyslot_binding.moc"
