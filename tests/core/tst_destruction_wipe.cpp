// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #12, "destruction, honestly": once a destruction runs, the private key's bytes are gone
// from vault.db itself — not only from the key_material table but from every page of the file,
// free pages included (PRAGMA secure_delete). The proof decrypts each page of the file with the
// master key (SQLCipher 3 layout: AES-256-CBC, the IV at the end of the page) and searches the
// plaintext for the private JWK's "d"; it must be found before and not after.

#include "RequestTestSupport.h"

#include "keys/RevokeKeyCommand.h"
#include "requests/KeyRequestDrafts.h"
#include "vault/KeySlots.h"

#include <openssl/evp.h>

#include <QJsonDocument>
#include <QTest>

using namespace keyward::core;
using namespace keyward::test;

namespace {

// Database::applyCipherSettings: pages of Database::kCipherPageSize bytes (a new vault); the
// reserve holds the IV (16) and the HMAC-SHA1 (20), rounded up to the AES block: 48 bytes.
constexpr int kPageSize = Database::kCipherPageSize;
constexpr int kReserve = 48;
constexpr int kIvSize = 16;

QByteArray decryptPage(const SecureBytes& key, QByteArrayView page, bool first)
{
    // Page 1 starts with the file's 16-byte salt, in clear, in place of the SQLite header.
    const qsizetype offset = first ? 16 : 0;
    const QByteArrayView cipher = page.sliced(offset, kPageSize - kReserve - offset);
    const QByteArrayView iv = page.sliced(kPageSize - kReserve, kIvSize);
    QByteArray plain(cipher.size(), '\0');
    EVP_CIPHER_CTX* ctx = EVP_CIPHER_CTX_new();
    int written = 0;
    int final = 0;
    const bool ok = ctx && EVP_DecryptInit_ex(ctx, EVP_aes_256_cbc(), nullptr, key.data(),
                                              reinterpret_cast<const unsigned char*>(iv.data())) == 1
        && EVP_CIPHER_CTX_set_padding(ctx, 0) == 1
        && EVP_DecryptUpdate(ctx, reinterpret_cast<unsigned char*>(plain.data()), &written,
                             reinterpret_cast<const unsigned char*>(cipher.data()), int(cipher.size())) == 1
        && EVP_DecryptFinal_ex(ctx, reinterpret_cast<unsigned char*>(plain.data()) + written, &final) == 1;
    EVP_CIPHER_CTX_free(ctx);
    return ok ? plain : QByteArray();
}

// Every page of the file, decrypted and concatenated (what someone with the master key and the
// file can read, live rows or not).
QByteArray decryptedFile(const QString& path, const SecureBytes& key)
{
    const QByteArray file = readAll(path);
    QByteArray plain;
    for (qsizetype at = 0; at + kPageSize <= file.size(); at += kPageSize)
        plain += decryptPage(key, QByteArrayView(file).sliced(at, kPageSize), at == 0);
    return plain;
}

} // namespace

class TestDestructionWipe : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void destroyedKeyLeavesNoBytesInTheFile_data()
    {
        QTest::addColumn<bool>("secureDelete");
        QTest::newRow("as Keyward opens it") << true;
        // The control: the same search finds the deleted row when SQLite only unlinks it, so
        // its silence above means the bytes are gone, not that the search is blind.
        QTest::newRow("control: secure_delete off") << false;
    }

    void destroyedKeyLeavesNoBytesInTheFile()
    {
        QFETCH(bool, secureDelete);
        RequestVault rv;
        QVERIFY(rv.init());
        if (!secureDelete)
            QVERIFY(rv.vault->database().exec(QStringLiteral("PRAGMA secure_delete = OFF")).ok());
        QVERIFY(rv.createKeySet());
        KeyRecord doomed;
        QVERIFY(rv.generateKey(QStringLiteral("doomed"), &doomed).ok());
        const qint64 keyId = doomed.id;

        Result<QString> stored = rv.vault->database().queryText(
            QStringLiteral("SELECT private_jwk FROM key_material WHERE key_id = %1").arg(keyId));
        QVERIFY2(stored.ok(), why(stored).constData());
        const QByteArray d = QJsonDocument::fromJson(stored->toUtf8()).object().value(QStringLiteral("d")).toString().toLatin1();
        QCOMPARE(d.size(), 43); // P-256: 32 bytes, base64url

        // The master key, as any one officer can unwrap it from their own slot.
        Result<KeySlotFile> slots = KeySlotFile::load(rv.location.keySlotsPath());
        QVERIFY2(slots.ok(), why(slots).constData());
        const KeySlot* slot = slots->find(QStringLiteral("alice"));
        QVERIFY(slot);
        Result<SlotSecrets> secrets = slots->unlock(*slot, passphraseOf(QStringLiteral("alice")));
        QVERIFY2(secrets.ok(), why(secrets).constData());
        Result<SecureBytes> master = slots->unwrapMaster(*slot, secrets->boxPrivate);
        QVERIFY2(master.ok(), why(master).constData());

        const QString dbPath = rv.location.databasePath();
        QVERIFY(!readAll(dbPath).contains(d)); // encrypted at rest
        const QByteArray before = decryptedFile(dbPath, *master);
        QVERIFY(before.contains("CREATE TABLE key_material")); // the decryption is right...
        QVERIFY(before.contains(d)); // ...and finds the key while it is held

        // Revoked, then destroyed through the two-person rule after its waiting period.
        QVERIFY(RevokeKeyCommand(*rv.vault, { QStringLiteral("doomed"), QString(), QStringLiteral("leaked") }).run().ok());
        Result<RequestDraft> draft = KeyRequestDrafts::destruction(QStringLiteral("doomed"), QString(),
                                                                   QStringLiteral("leaked"), 24 * 3600);
        QVERIFY(draft.ok());
        Result<Request> submitted = rv.engine->submit(*draft);
        QVERIFY2(submitted.ok(), why(submitted).constData());
        std::optional<OfficerCredential> bob = rv.credential(QStringLiteral("bob"));
        QVERIFY(bob);
        QVERIFY(rv.engine->approve(submitted->id, *bob).ok());
        rv.clock.advanceDays(2);
        Result<QList<Request>> ran = rv.engine->runScheduled();
        QVERIFY2(ran.ok(), why(ran).constData());
        QCOMPARE(rv.engine->byId(submitted->id)->state, RequestState::Executed);
        Result<qint64> rows = rv.vault->database().queryInt64(
            QStringLiteral("SELECT COUNT(*) FROM key_material WHERE key_id = %1").arg(keyId));
        QVERIFY(rows.ok() && *rows == 0);

        const QByteArray after = decryptedFile(dbPath, *master);
        QVERIFY(after.contains("CREATE TABLE key_material"));
        if (!secureDelete) {
            QVERIFY(after.contains(d));
            return;
        }
        QVERIFY2(!after.contains(d), "the private key's bytes are still in a page of vault.db");
        QVERIFY(!QFile::exists(dbPath + QStringLiteral("-journal"))); // no side file holding the old page
    }
};

QTEST_GUILESS_MAIN(TestDestructionWipe)
#include "tst_destruction_wipe.moc"
