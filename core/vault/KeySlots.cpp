// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeySlots.h"

#include "common/Base64Url.h"
#include "crypto/Random.h"
#include "jose/StrictJson.h"
#include "vault/KdfLimits.h"
#include "vault/KeySlotBinding.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QThread>

#include <argon2.h>

namespace keyward::core {

Q_LOGGING_CATEGORY(lcKeySlots, "keyward.vault.keyslots", QtWarningMsg)

namespace {

const QLatin1String kFormatName("keyward-keyslots");
const QByteArray kKekInfo("keyward/slot-kek/v1");
const QByteArray kCheckInfo("keyward/passphrase-check/v1");
const QByteArray kMasterInfo("keyward/master-wrap/v1");
const QByteArray kHeadInfo("keyward/sealed-head/v1");
constexpr int kSaltSize = 16; // what Keyward writes; kdfLimits() bounds what it reads

QString b64(const QByteArray& bytes)
{
    return QString::fromLatin1(base64url::encode(bytes));
}

QJsonObject sealedToJson(const slotcrypto::Sealed& sealed)
{
    return QJsonObject { { QStringLiteral("nonce"), b64(sealed.nonce) },
                         { QStringLiteral("ciphertext"), b64(sealed.ciphertext) },
                         { QStringLiteral("tag"), b64(sealed.tag) } };
}

// Reads members with a running error: the first problem wins and names the member.
class Reader {
public:
    explicit Reader(QString* problem) : m_problem(problem) { }

    QByteArray bytes(const QJsonObject& object, const QString& key, int expectedSize = -1)
    {
        const QJsonValue value = object.value(key);
        if (!value.isString())
            return fail(key), QByteArray();
        Result<QByteArray> decoded = base64url::decode(value.toString().toLatin1());
        if (!decoded.ok() || (expectedSize >= 0 && decoded->size() != expectedSize))
            return fail(key), QByteArray();
        return *decoded;
    }
    QString text(const QJsonObject& object, const QString& key)
    {
        const QJsonValue value = object.value(key);
        if (!value.isString() || value.toString().isEmpty())
            return fail(key), QString();
        return value.toString();
    }
    qint64 integer(const QJsonObject& object, const QString& key, qint64 min, qint64 max)
    {
        const QJsonValue value = object.value(key);
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number != double(qint64(number)) || number < double(min) || number > double(max))
            return fail(key), 0;
        return qint64(number);
    }
    QJsonObject object(const QJsonObject& object, const QString& key)
    {
        const QJsonValue value = object.value(key);
        if (!value.isObject())
            return fail(key), QJsonObject();
        return value.toObject();
    }
    slotcrypto::Sealed sealed(const QJsonObject& parent, const QString& key)
    {
        const QJsonObject o = object(parent, key);
        return slotcrypto::Sealed { bytes(o, QStringLiteral("nonce"), slotcrypto::kNonceSize),
                                    bytes(o, QStringLiteral("ciphertext"), slotcrypto::kKeySize),
                                    bytes(o, QStringLiteral("tag"), slotcrypto::kTagSize) };
    }
    bool failed() const { return !m_problem->isEmpty(); }

private:
    void fail(const QString& key)
    {
        if (m_problem->isEmpty())
            *m_problem = key;
    }
    QString* m_problem;
};

Error damaged(const QString& path, const QString& what)
{
    return Error(ErrorCode::VaultDamaged, KeySlotFile::tr("The keyslot file %1 is damaged: %2").arg(path, what));
}

Error altered(const KeySlot& slot)
{
    return Error(ErrorCode::VaultDamaged,
        KeySlotFile::tr("The keyslot of %1 was altered or belongs to another vault: keyslots.json was "
                        "damaged or tampered with.")
            .arg(slot.officer));
}

// True when `rawPrivate` is the private half of `rawPublic`: a format-1 slot did not bind its
// public keys, so they are checked against the opened private keys before they are trusted.
bool pairMatches(const char* algorithm, const SecureBytes& rawPrivate, const QByteArray& rawPublic)
{
    Result<QByteArray> derived = slotcrypto::rawPublicKey(algorithm, rawPrivate);
    return derived.ok() && *derived == rawPublic;
}

} // namespace

const KeySlot* KeySlotFile::find(const QString& officer) const
{
    for (const KeySlot& slot : slots) {
        if (slot.officer == officer)
            return &slot;
    }
    return nullptr;
}

QStringList KeySlotFile::officers() const
{
    QStringList names;
    for (const KeySlot& slot : slots)
        names.append(slot.officer);
    return names;
}

QByteArray KeySlotFile::toJson() const
{
    QJsonArray slotArray;
    for (const KeySlot& slot : slots) {
        const QJsonObject kdf { { QStringLiteral("alg"), QStringLiteral("argon2id") },
                                { QStringLiteral("version"), ARGON2_VERSION_13 },
                                { QStringLiteral("t"), qint64(slot.kdf.timeCost) },
                                { QStringLiteral("mKiB"), qint64(slot.kdf.memoryKiB) },
                                { QStringLiteral("p"), qint64(slot.kdf.parallelism) },
                                { QStringLiteral("salt"), b64(slot.salt) } };
        const QJsonObject box { { QStringLiteral("alg"), QStringLiteral("X25519") },
                                { QStringLiteral("public"), b64(slot.boxPublic) },
                                { QStringLiteral("private"), sealedToJson(slot.boxPrivate) } };
        const QJsonObject signing { { QStringLiteral("jwk"), slot.signingJwk },
                                    { QStringLiteral("private"), sealedToJson(slot.signingPrivate) } };
        QJsonObject master = sealedToJson(slot.master);
        master.insert(QStringLiteral("alg"), QStringLiteral("X25519+HKDF-SHA256+A256GCM"));
        master.insert(QStringLiteral("epk"), b64(slot.masterEpk));
        QJsonObject slotObject { { QStringLiteral("officer"), slot.officer },
            { QStringLiteral("slotVersion"), slot.slotVersion }, { QStringLiteral("binding"), slot.binding },
            { QStringLiteral("kdf"), kdf }, { QStringLiteral("check"), b64(slot.passphraseCheck) },
            { QStringLiteral("box"), box }, { QStringLiteral("signing"), signing },
            { QStringLiteral("masterKey"), master } };
        if (slot.binding != slotbinding::kLegacy)
            slotObject.insert(QStringLiteral("signature"), b64(slot.signature));
        if (!slot.head.ciphertext.isEmpty())
            slotObject.insert(QStringLiteral("head"), sealedToJson(slot.head));
        slotArray.append(slotObject);
    }
    const QJsonObject root { { QStringLiteral("format"), kFormatName },
                             { QStringLiteral("version"), kFormatVersion },
                             { QStringLiteral("vaultId"), vaultId },
                             { QStringLiteral("generation"), generation },
                             { QStringLiteral("slots"), slotArray } };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<KeySlotFile> KeySlotFile::parse(QByteArrayView json, const QString& path)
{
    strictjson::Limits limits;
    limits.maxBytes = 4 * 1024 * 1024;
    Result<QJsonObject> parsed = strictjson::parseObject(json, limits);
    if (!parsed.ok())
        return damaged(path, tr("it is not valid JSON (%1).").arg(parsed.message()));
    const QJsonObject& root = *parsed;
    if (root.value(QStringLiteral("format")).toString() != kFormatName)
        return damaged(path, tr("it is not a Keyward keyslot file."));
    QString problem;
    Reader read(&problem);
    KeySlotFile file;
    const qint64 version = read.integer(root, QStringLiteral("version"), 1, 1000);
    if (!read.failed() && version > kFormatVersion)
        return Error(ErrorCode::NewerSchema,
                     tr("The keyslot file %1 has format version %2; this Keyward reads up to %3.")
                         .arg(path)
                         .arg(version)
                         .arg(kFormatVersion));
    file.vaultId = read.text(root, QStringLiteral("vaultId"));
    file.generation = read.integer(root, QStringLiteral("generation"), 1, qint64(1) << 50);
    const QJsonValue slotsValue = root.value(QStringLiteral("slots"));
    if (!slotsValue.isArray() || slotsValue.toArray().isEmpty())
        return damaged(path, tr("it holds no keyslots."));
    for (const QJsonValue& value : slotsValue.toArray()) {
        const QJsonObject o = value.toObject();
        KeySlot slot;
        slot.officer = read.text(o, QStringLiteral("officer"));
        slot.slotVersion = int(read.integer(o, QStringLiteral("slotVersion"), 1, 1 << 30));
        // Format 1 had no binding member: its slots are binding 1. In format 2 it is required, so
        // a binding-2 slot cannot be passed off as binding 1 by deleting it (and the seals, made
        // with the binding-2 AAD, would not open under the binding-1 AAD anyway).
        slot.binding = version < 2
            ? slotbinding::kLegacy
            : int(read.integer(o, QStringLiteral("binding"), slotbinding::kLegacy, slotbinding::kEveryField));
        const QJsonObject kdf = read.object(o, QStringLiteral("kdf"));
        if (kdf.value(QStringLiteral("alg")).toString() != QLatin1String("argon2id")
            || kdf.value(QStringLiteral("version")).toInt() != ARGON2_VERSION_13)
            problem = problem.isEmpty() ? QStringLiteral("kdf") : problem;
        // Only the type is checked here: values outside kdfLimits() are refused per slot at unlock
        // (checkSlot), naming the officer and the limit, and never reach Argon2.
        slot.kdf.timeCost = quint32(read.integer(kdf, QStringLiteral("t"), 0, 0xFFFFFFFF));
        slot.kdf.memoryKiB = quint32(read.integer(kdf, QStringLiteral("mKiB"), 0, 0xFFFFFFFF));
        slot.kdf.parallelism = quint32(read.integer(kdf, QStringLiteral("p"), 0, 0xFFFFFFFF));
        slot.salt = read.bytes(kdf, QStringLiteral("salt"));
        slot.passphraseCheck = read.bytes(o, QStringLiteral("check"), slotcrypto::kKeySize);
        const QJsonObject box = read.object(o, QStringLiteral("box"));
        slot.boxPublic = read.bytes(box, QStringLiteral("public"), slotcrypto::kKeySize);
        slot.boxPrivate = read.sealed(box, QStringLiteral("private"));
        const QJsonObject signing = read.object(o, QStringLiteral("signing"));
        slot.signingJwk = read.object(signing, QStringLiteral("jwk"));
        slot.signingPrivate = read.sealed(signing, QStringLiteral("private"));
        const QJsonObject master = read.object(o, QStringLiteral("masterKey"));
        slot.masterEpk = read.bytes(master, QStringLiteral("epk"), slotcrypto::kKeySize);
        slot.master = read.sealed(o, QStringLiteral("masterKey"));
        if (slot.binding != slotbinding::kLegacy)
            slot.signature = read.bytes(o, QStringLiteral("signature"), 64);
        if (o.contains(QStringLiteral("head"))) {
            const QJsonObject head = read.object(o, QStringLiteral("head"));
            slot.head = slotcrypto::Sealed { read.bytes(head, QStringLiteral("nonce"), slotcrypto::kNonceSize),
                                             read.bytes(head, QStringLiteral("ciphertext")),
                                             read.bytes(head, QStringLiteral("tag"), slotcrypto::kTagSize) };
            if (slot.head.ciphertext.isEmpty() || slot.head.ciphertext.size() > 4096)
                problem = problem.isEmpty() ? QStringLiteral("head") : problem;
        }
        if (read.failed())
            break;
        if (file.find(slot.officer))
            return damaged(path, tr("officer %1 has two keyslots.").arg(slot.officer));
        file.slots.append(slot);
    }
    if (read.failed())
        return damaged(path, tr("the member \"%1\" is missing or invalid.").arg(problem));
    return file;
}

Result<KeySlotFile> KeySlotFile::load(const QString& path)
{
    QFile file(path);
    // "Missing" is a damage verdict an officer acts on, so it takes two looks. Every writer
    // replaces this file by rename, which never leaves the name absent; yet tst_cli_concurrency
    // (a key generate loop beside three audit verify loops) saw it absent about once in ten runs
    // on a loaded machine, and never under strace. A second look 50 ms later costs nothing when
    // the file is there and turns that transient into a normal open.
    if (!file.exists()) {
        QThread::msleep(50);
        if (!file.exists())
            return Error(ErrorCode::VaultDamaged,
                         tr("The keyslot file %1 is missing: without it nobody can unlock this vault. Restore it "
                            "from a backup.")
                             .arg(path));
    }
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::VaultDamaged, tr("The keyslot file %1 cannot be read: %2").arg(path, file.errorString()));
    if (file.size() > 4 * 1024 * 1024)
        return damaged(path, tr("it is far too large."));
    return parse(file.readAll(), path);
}

Status KeySlotFile::save(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray json = toJson();
    if (file.write(json) != json.size() || !file.commit())
        return Error(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

Result<KeySlot> KeySlotFile::makeSlot(const QString& officer, const SecureBytes& passphrase, const KdfParams& kdf,
                                      const SecureBytes& masterKey, SecureBytes* signingPrivateOut,
                                      SecureBytes* boxPrivateOut) const
{
    // A slot this program would refuse to open is refused when made (init, officer add,
    // passphrase change all come through here).
    const QString violation = kdfLimitViolation(kdf, kSaltSize);
    if (!violation.isEmpty())
        return Error(ErrorCode::InvalidArgument,
            //: %2 completes the sentence, e.g. "asks for 1 MiB of Argon2 memory, below Keyward's floor of 64
            //: MiB"
            tr("The new keyslot of %1 %2.").arg(officer, violation));
    KeySlot slot;
    slot.officer = officer;
    slot.slotVersion = 1;
    slot.binding = slotbinding::kEveryField;
    slot.kdf = kdf;
    slot.salt = random::bytes(kSaltSize);
    Result<SecureBytes> stretched = slotcrypto::argon2id(passphrase, slot.salt, kdf, slotcrypto::kKeySize);
    if (!stretched.ok())
        return stretched.error();
    Result<SecureBytes> kek = slotcrypto::hkdfSha256(*stretched, {}, kKekInfo, slotcrypto::kKeySize);
    Result<SecureBytes> check = slotcrypto::hkdfSha256(*stretched, {}, kCheckInfo, slotcrypto::kKeySize);
    if (!kek.ok())
        return kek.error();
    if (!check.ok())
        return check.error();
    slot.passphraseCheck = QByteArray(check->constChars(), check->isize());

    Result<slotcrypto::KeyPair> box = slotcrypto::generateX25519();
    Result<slotcrypto::KeyPair> signing = slotcrypto::generateEd25519();
    if (!box.ok())
        return box.error();
    if (!signing.ok())
        return signing.error();
    slot.boxPublic = box->publicKey;
    slot.signingJwk = QJsonObject { { QStringLiteral("kty"), QStringLiteral("OKP") },
                                    { QStringLiteral("crv"), QStringLiteral("Ed25519") },
                                    { QStringLiteral("x"), b64(signing->publicKey) },
                                    { QStringLiteral("use"), QStringLiteral("sig") },
                                    { QStringLiteral("alg"), QStringLiteral("EdDSA") } };
    KEYWARD_TRY(sealSlot(slot, *kek, box->privateKey, signing->privateKey, masterKey));
    if (signingPrivateOut)
        *signingPrivateOut = std::move(signing->privateKey);
    if (boxPrivateOut)
        *boxPrivateOut = std::move(box->privateKey);
    return slot;
}

Status KeySlotFile::resealSlot(KeySlot& slot, const SlotSecrets& secrets, const SecureBytes& passphrase,
                               const KdfParams& kdf, const SecureBytes& masterKey) const
{
    const QString violation = kdfLimitViolation(kdf, kSaltSize);
    if (!violation.isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("The new keyslot of %1 %2.").arg(slot.officer, violation));
    slot.kdf = kdf;
    slot.salt = random::bytes(kSaltSize);
    slot.binding = slotbinding::kEveryField;
    Result<SecureBytes> stretched = slotcrypto::argon2id(passphrase, slot.salt, kdf, slotcrypto::kKeySize);
    if (!stretched.ok())
        return stretched.error();
    Result<SecureBytes> kek = slotcrypto::hkdfSha256(*stretched, {}, kKekInfo, slotcrypto::kKeySize);
    Result<SecureBytes> check = slotcrypto::hkdfSha256(*stretched, {}, kCheckInfo, slotcrypto::kKeySize);
    if (!kek.ok())
        return kek.error();
    if (!check.ok())
        return check.error();
    slot.passphraseCheck = QByteArray(check->constChars(), check->isize());
    return sealSlot(slot, *kek, secrets.boxPrivate, secrets.signingPrivate, masterKey);
}

Status KeySlotFile::sealSlot(KeySlot& slot, const SecureBytes& kek, const SecureBytes& boxPrivate,
    const SecureBytes& signingPrivate, const SecureBytes& masterKey) const
{
    // Every field the AAD and signature cover is set before this point; only the seals follow.
    Result<slotcrypto::Sealed> boxSealed
        = slotcrypto::seal(kek, slotbinding::sealAad("box", vaultId, slot), boxPrivate);
    Result<slotcrypto::Sealed> signingSealed
        = slotcrypto::seal(kek, slotbinding::sealAad("signing", vaultId, slot), signingPrivate);
    if (!boxSealed.ok())
        return boxSealed.error();
    if (!signingSealed.ok())
        return signingSealed.error();
    slot.boxPrivate = *boxSealed;
    slot.signingPrivate = *signingSealed;
    KEYWARD_TRY(rewrapMaster(slot, masterKey));
    Result<ossl::PKey> signer = slotcrypto::ed25519PrivateKey(signingPrivate);
    if (!signer.ok())
        return signer.error();
    Result<QByteArray> signature
        = slotcrypto::ed25519Sign(signer->get(), slotbinding::signedBytes(vaultId, slot));
    if (!signature.ok())
        return signature.error();
    slot.signature = *signature;
    return {};
}

Status KeySlotFile::checkSlot(const KeySlot& slot) const
{
    const QString violation = kdfLimitViolation(slot.kdf, slot.salt.size());
    if (!violation.isEmpty())
        return Error(ErrorCode::VaultDamaged,
            //: %2 completes the sentence, e.g. "asks for 16384 MiB of Argon2 memory, above Keyward's ceiling
            //: of 4096 MiB"
            tr("The keyslot of %1 %2: keyslots.json was damaged or tampered with.")
                .arg(slot.officer, violation));
    if (slot.binding != slotbinding::kLegacy && !slotbinding::signatureHolds(vaultId, slot))
        return altered(slot);
    return {};
}

Status KeySlotFile::checkForRewrap(const KeySlot& slot) const
{
    KEYWARD_TRY(checkSlot(slot));
    if (slot.binding == slotbinding::kLegacy)
        return Error(ErrorCode::Refused,
            tr("The keyslot of %1 is still in the old format, which does not protect its public key: %1 "
               "must unlock the vault once before the master key can be changed.")
                .arg(slot.officer));
    return {};
}

Result<SlotSecrets> KeySlotFile::unlock(const KeySlot& slot, const SecureBytes& passphrase) const
{
    // Before Argon2: a tampered cost must not make this machine spend 16 GiB, and a tampered salt
    // or cost must not be reported as a wrong passphrase.
    KEYWARD_TRY(checkSlot(slot));
    Result<SecureBytes> stretched = slotcrypto::argon2id(passphrase, slot.salt, slot.kdf, slotcrypto::kKeySize);
    if (!stretched.ok())
        return stretched.error();
    Result<SecureBytes> check = slotcrypto::hkdfSha256(*stretched, {}, kCheckInfo, slotcrypto::kKeySize);
    Result<SecureBytes> kek = slotcrypto::hkdfSha256(*stretched, {}, kKekInfo, slotcrypto::kKeySize);
    if (!check.ok())
        return check.error();
    if (!kek.ok())
        return kek.error();
    if (!check->constantTimeEquals(slot.passphraseCheck))
        return Error(ErrorCode::AuthenticationFailed, tr("Wrong passphrase for officer %1.").arg(slot.officer));

    Result<SecureBytes> boxPrivate
        = slotcrypto::open(*kek, slotbinding::sealAad("box", vaultId, slot), slot.boxPrivate);
    Result<SecureBytes> signingPrivate
        = slotcrypto::open(*kek, slotbinding::sealAad("signing", vaultId, slot), slot.signingPrivate);
    if (!boxPrivate.ok() || !signingPrivate.ok())
        return altered(slot);
    if (!pairMatches("X25519", *boxPrivate, slot.boxPublic)
        || !pairMatches("ED25519", *signingPrivate, slotbinding::signingPublic(slot)))
        return altered(slot);
    return SlotSecrets { std::move(*boxPrivate), std::move(*signingPrivate), std::move(*kek) };
}

void KeySlotFile::upgradeSlot(const QString& path, const QString& officer, const SecureBytes& kek,
    const SecureBytes& boxPrivate, const SecureBytes& signingPrivate, const SecureBytes& masterKey)
{
    // Read again rather than trusting the caller's copy: only this officer's slot changes, and only
    // if it is still the binding-1 slot that was just opened (same check value, same box key).
    Result<KeySlotFile> file = load(path);
    if (!file.ok())
        return;
    KeySlot* slot = nullptr;
    for (KeySlot& candidate : file->slots) {
        if (candidate.officer == officer)
            slot = &candidate;
    }
    if (!slot || slot->binding != slotbinding::kLegacy || kek.size() != std::size_t(slotcrypto::kKeySize)
        || !pairMatches("X25519", boxPrivate, slot->boxPublic)
        || !pairMatches("ED25519", signingPrivate, slotbinding::signingPublic(*slot)))
        return;
    // The seals only open under the binding-1 AAD with this KEK if this is the slot that was opened.
    if (!slotcrypto::open(kek, slotbinding::sealAad("box", file->vaultId, *slot), slot->boxPrivate).ok())
        return;
    slot->binding = slotbinding::kEveryField;
    const Status sealed = file->sealSlot(*slot, kek, boxPrivate, signingPrivate, masterKey);
    const Status saved = sealed.ok() ? file->save(path) : sealed;
    if (!saved.ok())
        qCWarning(lcKeySlots) << "keyslot of" << officer << "stays in format 1:" << saved.message();
}

namespace {

// The sealed head's key: derived from the officer's box private key, which only their passphrase
// opens. Other officers hold the master key, not this one, so they can neither forge nor move it.
Result<SecureBytes> headKey(const SecureBytes& boxPrivate)
{
    return slotcrypto::hkdfSha256(boxPrivate, {}, kHeadInfo, slotcrypto::kKeySize);
}

QByteArray headAad(const QString& vaultId, const KeySlot& slot)
{
    return QByteArray("keyward-sealed-head/v1\n") + vaultId.toUtf8() + '\n' + slot.officer.toUtf8() + '\n'
        + slot.boxPublic.toHex();
}

} // namespace

Result<std::optional<SealedHead>> KeySlotFile::openHead(const KeySlot& slot, const SecureBytes& boxPrivate) const
{
    if (slot.head.ciphertext.isEmpty())
        return std::optional<SealedHead>();
    Result<SecureBytes> key = headKey(boxPrivate);
    if (!key.ok())
        return key.error();
    Result<SecureBytes> opened = slotcrypto::open(*key, headAad(vaultId, slot), slot.head);
    const QJsonObject o = opened.ok()
        ? QJsonDocument::fromJson(QByteArray(opened->constChars(), opened->isize())).object()
        : QJsonObject();
    if (!opened.ok() || !o.value(QStringLiteral("count")).isDouble())
        return Error(ErrorCode::VaultDamaged,
            tr("The sealed audit head in the keyslot of %1 was altered or moved from another slot: keyslots.json was "
               "tampered with.")
                .arg(slot.officer));
    return std::optional<SealedHead>(SealedHead { o.value(QStringLiteral("count")).toInteger(),
        o.value(QStringLiteral("hash")).toString().toLatin1(), o.value(QStringLiteral("fingerprint")).toString() });
}

Status KeySlotFile::resealHead(const QString& path, const QString& officer, const SecureBytes& boxPrivate,
    const SealedHead& head)
{
    Result<KeySlotFile> file = load(path);
    if (!file.ok())
        return file.error();
    KeySlot* slot = nullptr;
    for (KeySlot& candidate : file->slots) {
        if (candidate.officer == officer)
            slot = &candidate;
    }
    if (!slot)
        return Error(ErrorCode::NotFound, tr("There is no keyslot for %1.").arg(officer));
    // Only the holder of this slot's box key may seal into it.
    if (Result<QByteArray> derived = slotcrypto::rawPublicKey("X25519", boxPrivate);
        !derived.ok() || *derived != slot->boxPublic)
        return Error(ErrorCode::Refused, tr("The keyslot of %1 holds another box key.").arg(officer));
    Result<SecureBytes> key = headKey(boxPrivate);
    if (!key.ok())
        return key.error();
    const QByteArray plain = QJsonDocument(QJsonObject { { QStringLiteral("count"), head.count },
                                               { QStringLiteral("hash"), QString::fromLatin1(head.hash) },
                                               { QStringLiteral("fingerprint"), head.fingerprint } })
                                 .toJson(QJsonDocument::Compact);
    Result<slotcrypto::Sealed> sealed = slotcrypto::seal(*key, headAad(file->vaultId, *slot), SecureBytes::fromView(plain));
    if (!sealed.ok())
        return sealed.error();
    slot->head = *sealed;
    return file->save(path);
}

Result<SecureBytes> KeySlotFile::unwrapMaster(const KeySlot& slot, const SecureBytes& boxPrivate) const
{
    Result<SecureBytes> shared = slotcrypto::x25519(boxPrivate, slot.masterEpk);
    if (!shared.ok())
        return Error(ErrorCode::VaultDamaged,
                     tr("The master-key wrap of officer %1 in keyslots.json is invalid.").arg(slot.officer));
    Result<SecureBytes> wrapKey
        = slotcrypto::hkdfSha256(*shared, slot.masterEpk + slot.boxPublic, kMasterInfo, slotcrypto::kKeySize);
    if (!wrapKey.ok())
        return wrapKey.error();
    Result<SecureBytes> master
        = slotcrypto::open(*wrapKey, slotbinding::masterAad(vaultId, slot, generation), slot.master);
    if (!master.ok())
        return Error(ErrorCode::VaultDamaged,
                     tr("The master key in the keyslot of officer %1 was altered or belongs to another vault or "
                        "key generation.")
                         .arg(slot.officer));
    return master;
}

Status KeySlotFile::rewrapMaster(KeySlot& slot, const SecureBytes& masterKey) const
{
    Result<slotcrypto::KeyPair> ephemeral = slotcrypto::generateX25519();
    if (!ephemeral.ok())
        return ephemeral.error();
    Result<SecureBytes> shared = slotcrypto::x25519(ephemeral->privateKey, slot.boxPublic);
    if (!shared.ok())
        return shared.error();
    Result<SecureBytes> wrapKey
        = slotcrypto::hkdfSha256(*shared, ephemeral->publicKey + slot.boxPublic, kMasterInfo, slotcrypto::kKeySize);
    if (!wrapKey.ok())
        return wrapKey.error();
    // The binding-2 AAD covers the ephemeral key, so it is set on a copy before sealing.
    KeySlot next = slot;
    next.masterEpk = ephemeral->publicKey;
    Result<slotcrypto::Sealed> sealed
        = slotcrypto::seal(*wrapKey, slotbinding::masterAad(vaultId, next, generation), masterKey);
    if (!sealed.ok())
        return sealed.error();
    slot.masterEpk = ephemeral->publicKey;
    slot.master = *sealed;
    return {};
}

} // namespace keyward::core
