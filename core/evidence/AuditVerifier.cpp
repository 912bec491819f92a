// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditVerifier.h"

#include "audit/AuditEvent.h"
#include "audit/HeadVerifier.h"
#include "common/Base64Url.h"
#include "common/SecureBytes.h"
#include "evidence/AuditExport.h"
#include "evidence/AuditCheckpoint.h"
#include "evidence/AuditLine.h"
#include "evidence/AuditTreeHead.h"
#include "evidence/DecisionCheck.h"
#include "evidence/EvidenceFiles.h"
#include "evidence/MerkleTree.h"
#include "jose/Jwk.h"
#include "jose/Jws.h"
#include "jose/StrictJson.h"
#include "vault/Roster.h"
#include "vault/RosterStatement.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <future>

#ifdef __linux__
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace keyward::core {

namespace {


struct Context {
    QDir dir;
    EvidenceReport& report;
    QJsonObject manifest;
    TreeHead head;
    MerkleHash root {};
    QHash<qint64, QList<MerkleHash>> inclusion;
    QJsonArray consistency;
    Roster roster;
    QSet<QByteArray> rosterLines;
    // The other files' SHA-256, computed on a second thread while audit.jsonl streams on this one
    // (audit.csv alone is about as many bytes as the log); judged after the stream.
    struct FileDigest {
        QByteArray sha256Hex;
        qint64 size = -1;
    };
    std::shared_future<QHash<QString, FileDigest>> digests;
    struct SignedFile {
        QString name;
        QByteArray sha256Hex;
        qint64 size = -1;
    };
    QList<SignedFile> signedFiles;
};

std::shared_future<QHash<QString, Context::FileDigest>> digestFilesInBackground(const QDir& dir)
{
    return std::async(std::launch::async, [dir] {
               QHash<QString, Context::FileDigest> digests;
               for (const QString& name : AuditExport::fileNames()) {
                   if (name == QLatin1String("audit.jsonl"))
                       continue;
                   Context::FileDigest d;
                   d.sha256Hex = EvidenceFiles::sha256HexOfFile(dir.filePath(name), &d.size);
                   digests.insert(name, d);
               }
               return digests;
           })
        .share();
}

// The files' digests against the ones the manifest signs (checkManifest collected them).
bool checkSignedFiles(Context& c)
{
    const QHash<QString, Context::FileDigest> computed = c.digests.valid() ? c.digests.get() : QHash<QString, Context::FileDigest>();
    QStringList names { QStringLiteral("audit.jsonl") };
    for (const Context::SignedFile& file : std::as_const(c.signedFiles)) {
        Context::FileDigest d = computed.value(file.name);
        if (!computed.contains(file.name))
            d.sha256Hex = EvidenceFiles::sha256HexOfFile(c.dir.filePath(file.name), &d.size);
        if (d.sha256Hex.isEmpty())
            return c.report.fail(AuditVerifier::tr("%1 is present").arg(file.name), AuditVerifier::tr("%1 is missing.").arg(file.name));
        if (d.size != file.size || d.sha256Hex != file.sha256Hex)
            return c.report.fail(AuditVerifier::tr("%1 matches its signed SHA-256").arg(file.name),
                                 AuditVerifier::tr("%1 was changed after the export: its SHA-256 is not the signed one.").arg(file.name));
        names.append(file.name);
    }
    c.report.pass(AuditVerifier::tr("Every file matches its signed SHA-256 (%1)").arg(names.join(QStringLiteral(", "))));
    return true;
}

std::optional<QJsonObject> readJsonFile(Context& c, const QString& name)
{
    Result<QByteArray> bytes = EvidenceFiles::read(c.dir.filePath(name));
    if (!bytes.ok()) {
        c.report.fail(AuditVerifier::tr("%1 is present").arg(name), bytes.message());
        return std::nullopt;
    }
    Result<QJsonObject> object = strictjson::parseObject(*bytes);
    if (!object.ok() || *bytes != QJsonDocument(*object).toJson(QJsonDocument::Indented)) {
        c.report.fail(AuditVerifier::tr("%1 is as Keyward wrote it").arg(name), AuditVerifier::tr("%1 was edited or is not valid JSON.").arg(name));
        return std::nullopt;
    }
    return *object;
}

QList<MerkleHash> hashList(const QJsonArray& array, bool& ok)
{
    QList<MerkleHash> out;
    for (const QJsonValue& value : array) {
        MerkleHash hash;
        if (!merkleFromHex(value.toString().toLatin1(), hash)) {
            ok = false;
            return {};
        }
        out.append(hash);
    }
    return out;
}

// The signer of a JWS signature, as the roster holds them: matched by the kid (key thumbprint).
const RosterMember* memberByKid(const Roster& roster, const QString& kid)
{
    static thread_local QList<RosterMember> members;
    members = roster.members();
    for (const RosterMember& member : std::as_const(members)) {
        if (RosterStatement::thumbprint(member.signingJwk) == kid)
            return &member;
    }
    return nullptr;
}

bool verifyBy(const Jws& jws, int index, const RosterMember& member)
{
    Result<Jwk> key = Jwk::fromJson(member.signingJwk);
    return key.ok() && jws.verifySignature(index, *key).ok();
}

// audit.jsonl is read through one read-only mapping, once, front to back. The pages already
// verified are handed back to the page cache as the pass moves on (they are re-read from it if
// touched again), so the resident size stays at a window instead of the whole file: a million
// events are ~320 MB.
class MappedWindow {
public:
    MappedWindow(const uchar* mapped, qint64 size) : m_mapped(mapped)
    {
#ifdef __linux__
        if (m_mapped && size > 0)
            madvise(const_cast<uchar*>(pageStart(m_mapped)), std::size_t(m_mapped + size - pageStart(m_mapped)),
                    MADV_SEQUENTIAL);
#else
        Q_UNUSED(size);
#endif
    }
    // Everything before `offset` may leave memory (it stays readable).
    void releaseBefore(qsizetype offset)
    {
#ifdef __linux__
        if (!m_mapped || offset - m_released < kWindow)
            return;
        const uchar* from = pageStart(m_mapped + m_released);
        const uchar* to = pageStart(m_mapped + offset);
        if (to > from)
            madvise(const_cast<uchar*>(from), std::size_t(to - from), MADV_DONTNEED);
        m_released = offset;
#else
        Q_UNUSED(offset);
#endif
    }

private:
    static constexpr qsizetype kWindow = 16 << 20;
    static const uchar* pageStart(const uchar* p)
    {
        static const quintptr page = quintptr(sysconf(_SC_PAGESIZE));
        return reinterpret_cast<const uchar*>(reinterpret_cast<quintptr>(p) & ~(page - 1));
    }
    const uchar* m_mapped;
    qsizetype m_released = 0;
};

class LineHasher {
public:
    LineHasher() : m_sha(EVP_MD_fetch(nullptr, "SHA256", nullptr)), m_ctx(EVP_MD_CTX_new()) { }
    // hex SHA-256(prev + line without its hash member)
    bool chainHashMatches(QByteArrayView line, const AuditLineFields& f)
    {
        unsigned char digest[32];
        unsigned int size = 0;
        EVP_DigestInit_ex2(m_ctx.get(), m_sha.get(), nullptr);
        EVP_DigestUpdate(m_ctx.get(), f.prev.data(), std::size_t(f.prev.size()));
        EVP_DigestUpdate(m_ctx.get(), line.data(), std::size_t(f.hashMemberBegin));
        EVP_DigestUpdate(m_ctx.get(), line.data() + f.hashMemberEnd, std::size_t(line.size() - f.hashMemberEnd));
        EVP_DigestFinal_ex(m_ctx.get(), digest, &size);
        static const char* const kHex = "0123456789abcdef";
        if (f.hash.size() != 64)
            return false;
        for (int i = 0; i < 32; ++i) {
            if (f.hash[2 * i] != kHex[digest[i] >> 4] || f.hash[2 * i + 1] != kHex[digest[i] & 15])
                return false;
        }
        return true;
    }

private:
    ossl::Md m_sha;
    ossl::MdCtx m_ctx;
};

bool readHeadAndProofs(Context& c)
{
    const std::optional<QJsonObject> treeHead = readJsonFile(c, QStringLiteral("treehead.json"));
    if (!treeHead)
        return false;
    Result<QByteArray> payload = base64url::decode(treeHead->value(QStringLiteral("payload")).toString().toLatin1());
    Result<QJsonObject> payloadObject = payload.ok() ? strictjson::parseObject(*payload) : Result<QJsonObject>(payload.error());
    const std::optional<TreeHead> head = payloadObject.ok() ? TreeHead::fromPayload(*payloadObject) : std::nullopt;
    if (!head || head->payloadBytes() != *payload)
        return c.report.fail(AuditVerifier::tr("treehead.json holds a tree head"), AuditVerifier::tr("treehead.json does not hold a Keyward tree head."));
    c.head = *head;
    c.head.root(c.root);

    const std::optional<QJsonObject> proofs = readJsonFile(c, QStringLiteral("proofs.json"));
    if (!proofs)
        return false;
    if (proofs->value(QStringLiteral("size")).toInteger() != c.head.size
        || proofs->value(QStringLiteral("root")).toString().toLatin1() != c.head.rootHex)
        return c.report.fail(AuditVerifier::tr("proofs.json is for this tree head"), AuditVerifier::tr("proofs.json is for another tree head."));
    const QJsonArray inclusion = proofs->value(QStringLiteral("inclusion")).toArray();
    for (const QJsonValue& value : inclusion) {
        bool ok = true;
        const QList<MerkleHash> path = hashList(value.toObject().value(QStringLiteral("path")).toArray(), ok);
        if (!ok)
            return c.report.fail(AuditVerifier::tr("proofs.json is well-formed"), AuditVerifier::tr("proofs.json holds a malformed hash."));
        c.inclusion.insert(value.toObject().value(QStringLiteral("seq")).toInteger(), path);
    }
    c.consistency = proofs->value(QStringLiteral("consistency")).toArray();
    return true;
}

bool rebuildRoster(Context& c, const QString& pinnedFingerprint)
{
    Result<QByteArray> text = EvidenceFiles::read(c.dir.filePath(QStringLiteral("roster.jsonl")));
    if (!text.ok())
        return c.report.fail(AuditVerifier::tr("roster.jsonl is present"), text.message());
    const QString vaultId = c.head.vault;
    RosterBuilder builder(vaultId);
    LineHasher hasher;
    MerkleHasher merkle;
    const QList<QByteArray> lines = text->split('\n');
    if (lines.isEmpty() || !lines.last().isEmpty())
        return c.report.fail(AuditVerifier::tr("roster.jsonl is complete"), AuditVerifier::tr("roster.jsonl does not end with a line break."));
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        const QByteArray& line = lines[i];
        AuditLineFields fields;
        const QString where = AuditVerifier::tr("roster.jsonl line %1").arg(i + 1);
        if (!AuditLine::parse(line, fields) || !hasher.chainHashMatches(line, fields))
            return c.report.fail(AuditVerifier::tr("roster.jsonl holds intact events"), AuditVerifier::tr("%1 was changed: it is not the event Keyward recorded.").arg(where));
        const auto proof = c.inclusion.constFind(fields.seq);
        if (proof == c.inclusion.constEnd()
            || !MerkleTree::verifyInclusion(fields.seq - 1, c.head.size, merkle.leaf(line), *proof, c.root))
            return c.report.fail(AuditVerifier::tr("roster.jsonl events are in the signed tree"),
                                 AuditVerifier::tr("%1 (event %2) is not in the signed tree head: it was added or changed.").arg(where).arg(fields.seq));
        const std::optional<AuditEvent> event = AuditEvent::fromJson(QJsonDocument::fromJson(line).object());
        if (!event)
            return c.report.fail(AuditVerifier::tr("roster.jsonl holds intact events"), AuditVerifier::tr("%1 is not an audit event.").arg(where));
        const Status applied = builder.apply(*event);
        if (!applied.ok())
            return c.report.fail(AuditVerifier::tr("The roster rebuilds from genesis"), AuditVerifier::tr("%1: %2").arg(where, applied.message()));
        c.rosterLines.insert(line);
    }
    c.roster = builder.roster();
    if (!c.roster.isSigned())
        return c.report.fail(AuditVerifier::tr("The roster rebuilds from genesis"), AuditVerifier::tr("roster.jsonl holds no signed genesis."));
    c.report.pass(AuditVerifier::tr("The officer roster rebuilds from its signed genesis (%n officer(s))", nullptr, int(c.roster.members().size())));
    if (pinnedFingerprint.isEmpty()) {
        c.report.warnings.append(AuditVerifier::tr("No vault fingerprint was pinned: the export's own (%1) was used, which only the "
                                        "export asserts. Compare it with the one your officers gave you, or pass --fingerprint.")
                                     .arg(c.roster.fingerprint()));
    } else if (pinnedFingerprint != c.roster.fingerprint()) {
        return c.report.fail(AuditVerifier::tr("The vault fingerprint is the pinned one"),
                             AuditVerifier::tr("This export's vault fingerprint is %1, not the pinned %2: it comes from another vault "
                                    "or its genesis was replaced.").arg(c.roster.fingerprint(), pinnedFingerprint));
    } else {
        c.report.pass(AuditVerifier::tr("The vault fingerprint is the pinned one"));
    }
    if (c.head.fingerprint != c.roster.fingerprint())
        return c.report.fail(AuditVerifier::tr("The tree head names this vault"), AuditVerifier::tr("treehead.json names another vault fingerprint."));
    return true;
}

bool checkManifest(Context& c)
{
    Result<QByteArray> text = EvidenceFiles::read(c.dir.filePath(QStringLiteral("manifest.jws")));
    if (!text.ok())
        return c.report.fail(AuditVerifier::tr("manifest.jws is present"), text.message());
    if (!text->endsWith('\n') || text->count('\n') != 1)
        return c.report.fail(AuditVerifier::tr("manifest.jws is as Keyward wrote it"), AuditVerifier::tr("manifest.jws was edited."));
    Result<Jws> jws = Jws::parse(text->chopped(1));
    if (!jws.ok() || jws->serialization() != Jws::Serialization::Compact)
        return c.report.fail(AuditVerifier::tr("manifest.jws is a compact JWS"), AuditVerifier::tr("manifest.jws is not a compact JWS."));
    Result<QJsonObject> manifest = strictjson::parseObject(jws->payload());
    if (!manifest.ok())
        return c.report.fail(AuditVerifier::tr("manifest.jws carries JSON"), manifest.message());
    c.manifest = *manifest;
    const QString exporter = manifest->value(QStringLiteral("exporter")).toString();
    const RosterMember* signer = memberByKid(c.roster, jws->signatures().first().header.kid());
    if (jws->signatures().first().header.protectedHeader().value(QStringLiteral("typ")).toString()
            != QLatin1String("keyward-audit-manifest+jwt")
        || !signer || signer->name != exporter || !verifyBy(*jws, 0, *signer))
        return c.report.fail(AuditVerifier::tr("manifest.jws is signed by the exporter"),
                             AuditVerifier::tr("manifest.jws is not signed by %1 as the roster knows them: it was changed or forged.").arg(exporter));
    c.report.pass(AuditVerifier::tr("manifest.jws is signed by the exporting officer %1").arg(exporter));
    if (manifest->value(QStringLiteral("vault")).toString() != c.head.vault
        || manifest->value(QStringLiteral("tree_head_sha256")).toString().toLatin1() != c.head.payloadDigest())
        return c.report.fail(AuditVerifier::tr("The manifest names this tree head"), AuditVerifier::tr("treehead.json is not the tree head the manifest signs."));

    QStringList listed;
    const QJsonArray files = manifest->value(QStringLiteral("files")).toArray();
    for (const QJsonValue& value : files) {
        const QJsonObject file = value.toObject();
        const QString name = file.value(QStringLiteral("name")).toString();
        if (name == QLatin1String("audit.jsonl")) {
            // Not hashed twice: the streaming pass below binds every byte of it — each line through
            // its chain hash, the chain through the Merkle root (or the last line's inclusion proof)
            // of the co-signed tree head — so equal verification means an equal SHA-256.
            listed.append(name);
            continue;
        }
        if (name.contains(QLatin1Char('/')))
            return c.report.fail(AuditVerifier::tr("%1 is present").arg(name), AuditVerifier::tr("%1 is missing.").arg(name));
        c.signedFiles.append({ name, file.value(QStringLiteral("sha256")).toString().toLatin1(), file.value(QStringLiteral("size")).toInteger(-1) });
        listed.append(name);
    }
    for (const QString& name : AuditExport::fileNames()) {
        if (!listed.contains(name))
            return c.report.fail(AuditVerifier::tr("The manifest lists %1").arg(name), AuditVerifier::tr("The manifest does not list %1.").arg(name));
    }
    return true;
}

bool checkCosigners(Context& c)
{
    Result<QByteArray> text = EvidenceFiles::read(c.dir.filePath(QStringLiteral("treehead.json")));
    Result<Jws> jws = text.ok() ? Jws::parse(*text) : Result<Jws>(text.error());
    if (!jws.ok())
        return c.report.fail(AuditVerifier::tr("treehead.json is a JWS"), AuditVerifier::tr("treehead.json is not a JWS."));
    QStringList signers;
    for (int i = 0; i < jws->signatures().size(); ++i) {
        const RosterMember* member = memberByKid(c.roster, jws->signatures()[i].header.kid());
        if (!member || !verifyBy(*jws, i, *member))
            return c.report.fail(AuditVerifier::tr("treehead.json is signed by officers"),
                                 AuditVerifier::tr("Signature %1 of treehead.json is not an officer's valid signature.").arg(i + 1));
        if (!signers.contains(member->name))
            signers.append(member->name);
    }
    if (signers.size() < 2)
        return c.report.fail(AuditVerifier::tr("The tree head is co-signed by two officers"),
                             AuditVerifier::tr("The tree head is signed by %1 only: a second officer must co-sign it "
                                    "(keyward-cli export cosign DIR --as OTHER).").arg(signers.join(QStringLiteral(", "))));
    c.report.pass(AuditVerifier::tr("The tree head (%1 events, root %2…) is signed by %3")
                      .arg(c.head.size).arg(QString::fromLatin1(c.head.rootHex.left(16)), signers.join(QStringLiteral(" and "))));
    return true;
}

// heads.jsonl: the officers' signed heads, each line exactly as Keyward writes it.
std::optional<QList<SignedHead>> readHeads(Context& c)
{
    Result<QByteArray> text = EvidenceFiles::read(c.dir.filePath(QStringLiteral("heads.jsonl")));
    if (!text.ok()) {
        c.report.fail(AuditVerifier::tr("heads.jsonl is present"), text.message());
        return std::nullopt;
    }
    QList<SignedHead> heads;
    const QList<QByteArray> lines = text->split('\n');
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        const QJsonObject object = QJsonDocument::fromJson(lines[i]).object();
        Result<QByteArray> signature = base64url::decode(object.value(QStringLiteral("signature")).toString().toLatin1());
        SignedHead head { object.value(QStringLiteral("count")).toInteger(), object.value(QStringLiteral("officer")).toString(),
                          signature.ok() ? *signature : QByteArray() };
        if (!signature.ok() || AuditExport::headLine(head) != lines[i]) {
            c.report.fail(AuditVerifier::tr("heads.jsonl holds signed heads"), AuditVerifier::tr("heads.jsonl line %1 was changed.").arg(i + 1));
            return std::nullopt;
        }
        heads.append(head);
    }
    if (!lines.last().isEmpty()) {
        c.report.fail(AuditVerifier::tr("heads.jsonl is complete"), AuditVerifier::tr("heads.jsonl does not end with a line break."));
        return std::nullopt;
    }
    return heads;
}

bool checkCheckpoint(Context& c, QByteArrayView line, MerkleFrontier& frontier, MerkleHasher& hasher, const QString& where)
{
    const std::optional<AuditEvent> event = AuditEvent::fromJson(QJsonDocument::fromJson(line.toByteArray()).object());
    const QJsonObject details = event ? event->details : QJsonObject();
    const std::optional<TreeHead> head = TreeHead::fromPayload(details.value(QStringLiteral("head")).toObject());
    Result<Jws> jws = Jws::parse(details.value(QStringLiteral("jws")).toString().toLatin1());
    // The key the roster held for that officer then: a checkpoint stays valid after its officer left.
    const QJsonObject signerJwk = event ? c.roster.signingKeyAt(event->actor, event->at) : QJsonObject();
    Result<Jwk> key = Jwk::fromJson(signerJwk);
    if (!head || !jws.ok() || !key.ok() || jws->payload() != head->payloadBytes() || !jws->verifySignature(0, *key).ok())
        return c.report.fail(AuditVerifier::tr("Every checkpoint is signed by its officer"),
                             AuditVerifier::tr("%1: the checkpoint is not signed by %2.").arg(where, event ? event->actor : QString()));
    if (head->size != frontier.size() || merkleHex(frontier.root(hasher)) != head->rootHex)
        return c.report.fail(AuditVerifier::tr("Every checkpoint matches the log before it"),
                             AuditVerifier::tr("%1: the checkpoint signed a log of %2 events with another root: events before it "
                                    "were changed, removed or reordered since.").arg(where).arg(head->size));
    return true;
}

// A range export's signed heads are judged against the roster as it stood where the range starts:
// its events before that point are in roster.jsonl (already checked by rebuildRoster).
bool startHeadsAt(Context& c, HeadVerifier& heads, qint64 firstSeq)
{
    Result<QByteArray> text = EvidenceFiles::read(c.dir.filePath(QStringLiteral("roster.jsonl")));
    if (!text.ok())
        return c.report.fail(AuditVerifier::tr("roster.jsonl is present"), text.message());
    RosterBuilder before(c.head.vault);
    const QList<QByteArray> lines = text->split('\n');
    for (const QByteArray& line : lines) {
        const std::optional<AuditEvent> event = line.isEmpty() ? std::nullopt
                                                               : AuditEvent::fromJson(QJsonDocument::fromJson(line).object());
        if (!event || event->seq >= firstSeq)
            continue;
        if (const Status applied = before.apply(*event); !applied.ok())
            return c.report.fail(AuditVerifier::tr("The roster rebuilds from genesis"), applied.message());
    }
    heads.startAt(firstSeq, before);
    return true;
}

// "A stale head shows" (issue #15): the newest checkpoint before the log's last event that is not a
// checkpoint (an export's own checkpoint comes after it), and how much older than that event it is.
// A log with none is measured from its creation (event 1). Times are AuditEvent::formatTime text.
void reportCheckpointAge(EvidenceReport& report, qint64 checkpointSeq, QByteArrayView checkpointAt, qint64 lastSeq,
                         QByteArrayView lastAt)
{
    if (lastSeq == 0 || checkpointSeq == 0)
        return; // a range without a checkpoint before its last event: nothing to measure from
    const QDateTime checkpoint = QDateTime::fromString(QString::fromLatin1(checkpointAt), Qt::ISODateWithMs);
    const QDateTime last = QDateTime::fromString(QString::fromLatin1(lastAt), Qt::ISODateWithMs);
    const qint64 age = checkpoint.secsTo(last);
    report.pass(AuditVerifier::tr("The newest checkpoint before the last event %1 is %n hour(s) older than it (event %2)",
                                  nullptr, int(age / 3600))
                    .arg(lastSeq)
                    .arg(checkpointSeq));
    // A day, plus the hour an open vault's checkpoint timer may take to notice one is due.
    if (age > AuditCheckpoint::kMaxAgeSecs + 3600)
        report.warnings.append(AuditVerifier::tr("Stale head: the newest checkpoint before the last event %1 (%2) is "
                                                 "event %3 (%4), more than a day older. The vault records one at every "
                                                 "unlock and at least daily: events were written without Keyward "
                                                 "checkpointing them, or a clock was wrong.")
                                   .arg(lastSeq)
                                   .arg(QString::fromLatin1(lastAt))
                                   .arg(checkpointSeq)
                                   .arg(QString::fromLatin1(checkpointAt)));
}

} // namespace

EvidenceReport AuditVerifier::verify(const Options& options)
{
    EvidenceReport report;
    Context c { QDir(options.dir), report, {}, {}, {}, {}, {}, {}, {}, {}, {} };
    c.digests = digestFilesInBackground(c.dir);
    if (!readHeadAndProofs(c) || !rebuildRoster(c, options.fingerprint) || !checkManifest(c) || !checkCosigners(c))
        return report;

    QFile file(c.dir.filePath(QStringLiteral("audit.jsonl")));
    if (!file.open(QIODevice::ReadOnly))
        return report.fail(tr("audit.jsonl is present"), tr("audit.jsonl is missing.")), report;
    const qint64 fileSize = file.size();
    const uchar* mapped = fileSize > 0 ? file.map(0, fileSize) : nullptr;
    const QByteArray fallback = mapped || fileSize == 0 ? QByteArray() : file.readAll();
    const QByteArrayView text = mapped ? QByteArrayView(reinterpret_cast<const char*>(mapped), fileSize) : QByteArrayView(fallback);
    MappedWindow window(mapped, fileSize);

    const qint64 firstSeq = c.manifest.value(QStringLiteral("first_seq")).toInteger();
    const bool full = firstSeq == 1;
    qint64 sinceSize = 0;
    MerkleHash sinceRoot {}, sinceRootHere {};
    bool sinceRootKnown = false;
    if (!options.sinceDir.isEmpty()) {
        Context earlier { QDir(options.sinceDir), report, {}, {}, {}, {}, {}, {}, {}, {}, {} };
        const std::optional<QJsonObject> earlierHead = readJsonFile(earlier, QStringLiteral("treehead.json"));
        Result<QByteArray> payload = earlierHead ? base64url::decode(earlierHead->value(QStringLiteral("payload")).toString().toLatin1())
                                                 : Result<QByteArray>(ErrorCode::NotFound, QString());
        Result<QJsonObject> object = payload.ok() ? strictjson::parseObject(*payload) : Result<QJsonObject>(payload.error());
        const std::optional<TreeHead> head = object.ok() ? TreeHead::fromPayload(*object) : std::nullopt;
        if (!head || !head->root(sinceRoot))
            return report.fail(tr("The earlier export has a tree head"), tr("%1 holds no readable tree head.").arg(options.sinceDir)), report;
        if (head->vault != c.head.vault)
            return report.fail(tr("The earlier export is of this vault"), tr("%1 is an export of another vault.").arg(options.sinceDir)), report;
        sinceSize = head->size;
        if (sinceSize > c.head.size)
            return report.fail(tr("The log only grew since the earlier export"),
                               tr("The log was cut short: the earlier export's head covers %1 events, this export's only %2.")
                                   .arg(sinceSize).arg(c.head.size)), report;
    }

    // The officers' signed heads: judged from genesis, a range's against the roster where it starts.
    std::optional<HeadVerifier> headVerifier;
    {
        std::optional<QList<SignedHead>> heads = readHeads(c);
        if (!heads)
            return report;
        if (!heads->isEmpty())
            headVerifier.emplace(c.head.vault, std::move(*heads), QHash<QString, QJsonObject>());
        if (headVerifier && !full && !startHeadsAt(c, *headVerifier, firstSeq))
            return report;
    }
    qint64 decisions = 0;
    qint64 checkpointSeq = 0, checkpointBeforeLastSeq = 0, lastOtherSeq = 0;
    QByteArrayView checkpointAt, checkpointBeforeLastAt, lastOtherAt;

    LineHasher hasher;
    MerkleHasher merkle;
    MerkleFrontier frontier;
    qint64 expectedSeq = firstSeq;
    qint64 count = 0;
    QByteArrayView lastHash, lastAt;
    QByteArray firstHash;
    MerkleHash lastLeaf {};
    qsizetype pos = 0;
    qint64 lineNumber = 0;
    while (pos < text.size()) {
        const qsizetype end = text.indexOf('\n', pos);
        ++lineNumber;
        // Only built for a finding: a translated string per line would cost more than the hashing.
        const auto where = [lineNumber] { return tr("audit.jsonl line %1").arg(lineNumber); };
        if (end < 0)
            return report.fail(tr("audit.jsonl is complete"), tr("%1 is cut off (no line break).").arg(where())), report;
        const QByteArrayView line = text.sliced(pos, end - pos);
        window.releaseBefore(pos);
        pos = end + 1;
        AuditLineFields f;
        if (!AuditLine::parse(line, f))
            return report.fail(tr("Every line is a canonical event"), tr("%1 is not a canonical Keyward event.").arg(where())), report;
        if (f.seq != expectedSeq)
            return report.fail(tr("Events are in order without gaps"),
                               f.seq > expectedSeq ? tr("%1: event %2 is missing (the line holds event %3): events were deleted.").arg(where()).arg(expectedSeq).arg(f.seq)
                                                   : tr("%1: event %2 appears again or out of order: events were duplicated or reordered.").arg(where()).arg(f.seq)), report;
        if ((count > 0 || full) && f.prev != lastHash)
            return report.fail(tr("Every event links to the one before"),
                               tr("%1 (event %2) does not link to the event before it: an event was inserted, removed or moved.").arg(where()).arg(f.seq)), report;
        if (!hasher.chainHashMatches(line, f))
            return report.fail(tr("Every event is unchanged"), tr("%1 (event %2) was changed: its hash does not match its content.").arg(where()).arg(f.seq)), report;
        if (f.at < lastAt)
            return report.fail(tr("Time never goes back"), tr("%1 (event %2) is dated before the event before it.").arg(where()).arg(f.seq)), report;
        const bool rosterLine = f.action.startsWith("officer.") || f.action == "roster.adopted";
        if (rosterLine && !c.rosterLines.contains(line.toByteArray()))
            return report.fail(tr("The roster events are the signed roster's"),
                               tr("%1 (event %2) is a roster event missing from roster.jsonl.").arg(where()).arg(f.seq)), report;
        if (full && f.action == "audit.checkpoint" && !checkCheckpoint(c, line, frontier, merkle, where()))
            return report;
        if (DecisionCheck::isDecision(f.action)) {
            const QString problem = DecisionCheck::problem(line, c.roster, c.head.vault);
            if (!problem.isEmpty())
                return report.fail(tr("Every decision is signed by its officer"), tr("%1: %2").arg(where(), problem)), report;
            ++decisions;
        }
        if (f.action == "audit.checkpoint" || f.seq == 1) { // creation: where a log without one is measured from
            checkpointSeq = f.seq;
            checkpointAt = f.at;
        }
        if (f.action != "audit.checkpoint") {
            lastOtherSeq = f.seq;
            lastOtherAt = f.at;
            checkpointBeforeLastSeq = checkpointSeq;
            checkpointBeforeLastAt = checkpointAt;
        }
        if (headVerifier && !headVerifier->feed(f.seq, f.at, f.actor, f.action, f.subject, f.details, f.hash))
            return report.fail(tr("Every transaction's head is signed by its officers"),
                               tr("%1 (event %2): %3").arg(where()).arg(headVerifier->firstBadSeq()).arg(headVerifier->problem())), report;
        lastLeaf = merkle.leaf(line);
        if (full) {
            frontier.append(lastLeaf, merkle);
            if (frontier.size() == sinceSize) {
                sinceRootHere = frontier.root(merkle);
                sinceRootKnown = true;
            }
        }
        if (count == 0)
            firstHash = f.hash.toByteArray();
        lastHash = f.hash;
        lastAt = f.at;
        ++expectedSeq;
        ++count;
    }
    if (count != c.manifest.value(QStringLiteral("count")).toInteger(-1)
        || (count > 0 && (firstHash != c.manifest.value(QStringLiteral("first_hash")).toString().toLatin1()
                          || lastHash != c.manifest.value(QStringLiteral("last_hash")).toString().toLatin1()
                          || expectedSeq - 1 != c.manifest.value(QStringLiteral("last_seq")).toInteger())))
        return report.fail(tr("audit.jsonl holds what the manifest signs"),
                           tr("audit.jsonl holds %n event(s), not the signed count, first and last hash.", nullptr, int(count))), report;
    report.pass(tr("audit.jsonl: %n event(s) in order, each linked to the one before and unchanged", nullptr, int(count)));
    if (headVerifier) {
        // A range ends where it ends: heads past it, and events after its last head, are not judged.
        headVerifier->finish(count, full);
        if (headVerifier->firstBadSeq() != 0)
            return report.fail(tr("Every transaction's head is signed by its officers"),
                               tr("audit.jsonl event %1: %2").arg(headVerifier->firstBadSeq()).arg(headVerifier->problem())), report;
        report.pass(full ? tr("Every transaction's head is signed by the officers who acted in it (heads.jsonl)")
                         : tr("Every transaction's head inside the range is signed by the officers who acted in it, "
                              "judged by the roster from genesis (heads.jsonl)"));
    }
    if (decisions > 0)
        report.pass(tr("%n request decision(s) verify with their officer's key in the signed roster", nullptr, int(decisions)));
    reportCheckpointAge(report, checkpointBeforeLastSeq, checkpointBeforeLastAt, lastOtherSeq, lastOtherAt);
    if (!checkSignedFiles(c))
        return report;

    if (full && expectedSeq - 1 == c.head.size) {
        if (frontier.root(merkle) != c.root)
            return report.fail(tr("The Merkle root of audit.jsonl is the signed one"),
                               tr("The Merkle root of audit.jsonl differs from the signed tree head.")), report;
        report.pass(tr("The Merkle root of audit.jsonl is the co-signed tree head's"));
    } else if (count > 0) {
        const auto proof = c.inclusion.constFind(expectedSeq - 1);
        if (proof == c.inclusion.constEnd()
            || !MerkleTree::verifyInclusion(expectedSeq - 2, c.head.size, lastLeaf, *proof, c.root))
            return report.fail(tr("The last event is in the signed tree"),
                               tr("The last line of audit.jsonl is not in the signed tree head.")), report;
        report.pass(tr("The range's last event is in the co-signed tree head (inclusion proof)"));
    }

    if (!options.sinceDir.isEmpty()) {
        bool consistent = false;
        if (sinceSize == c.head.size) {
            consistent = sinceRoot == c.root;
        } else if (sinceRootKnown) {
            consistent = sinceRootHere == sinceRoot;
        } else {
            for (const QJsonValue& value : std::as_const(c.consistency)) {
                const QJsonObject entry = value.toObject();
                if (entry.value(QStringLiteral("size")).toInteger() != sinceSize)
                    continue;
                bool ok = true;
                const QList<MerkleHash> path = hashList(entry.value(QStringLiteral("path")).toArray(), ok);
                consistent = ok && MerkleTree::verifyConsistency(sinceSize, c.head.size, sinceRoot, c.root, path);
            }
        }
        if (!consistent)
            return report.fail(tr("The log only grew since the earlier export"),
                               tr("The first %1 events are not those of the earlier export %2: the log was rewritten or cut.")
                                   .arg(sinceSize).arg(options.sinceDir)), report;
        report.pass(tr("The log only grew since the earlier export (%1 → %2 events)").arg(sinceSize).arg(c.head.size));
    }
    return report;
}

} // namespace keyward::core
