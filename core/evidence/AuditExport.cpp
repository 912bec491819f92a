// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditExport.h"

#include "audit/AuditLog.h"
#include "audit/AuditRows.h"
#include "audit/HeadSignature.h"
#include "common/Base64Url.h"
#include "evidence/AuditLine.h"
#include "evidence/AuditTreeHead.h"
#include "evidence/MerkleTree.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "vault/Roster.h"
#include "vault/RosterStatement.h"
#include "vault/Vault.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>
#include <cstdio>
#include <cstring>

namespace keyward::core {

namespace {

// Appends one CSV cell. A spreadsheet runs a cell starting with = + - @ as a formula: an auditor
// opening the CSV must never execute what an officer typed into a reason.
void appendCsvCell(QByteArray& out, QByteArrayView text)
{
    out += '"';
    if (!text.isEmpty() && (text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@' || text[0] == '\t'
                            || text[0] == '\r'))
        out += '\'';
    for (;;) {
        const qsizetype quote = text.indexOf('"');
        if (quote < 0)
            break;
        out += text.first(quote + 1);
        out += '"'; // doubled
        text = text.sliced(quote + 1);
    }
    out += text;
    out += '"';
}

// One row, appended to a buffer the caller reuses (no temporary strings per event).
void appendCsvRow(QByteArray& out, const ChainVerifier::RawEvent& e)
{
    char digits[24];
    const int n = std::snprintf(digits, sizeof digits, "%lld", static_cast<long long>(e.seq));
    out += QByteArrayView(digits, n);
    for (const QByteArrayView cell : { e.at, e.actor, e.action, e.subject, e.detailsJson, e.prev, e.hash }) {
        out += ',';
        appendCsvCell(out, cell);
    }
    out += "\r\n";
}

// A file written as it streams, hashed on the way, renamed into place only at commit.
class StreamedFile {
public:
    StreamedFile(const QString& path) : m_file(path), m_ctx(EVP_MD_CTX_new()), m_sha(EVP_MD_fetch(nullptr, "SHA256", nullptr))
    {
        EVP_DigestInit_ex2(m_ctx.get(), m_sha.get(), nullptr);
    }
    bool open()
    {
        if (!m_file.open(QIODevice::WriteOnly))
            return false;
        m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup);
        return true;
    }
    void write(QByteArrayView bytes)
    {
        m_buffer += bytes;
        if (m_buffer.size() > (1 << 20))
            flush();
    }
    Status commit(ExportedFile& out)
    {
        flush();
        unsigned char digest[32];
        unsigned int size = 0;
        EVP_DigestFinal_ex(m_ctx.get(), digest, &size);
        out.sha256Hex = QByteArray(reinterpret_cast<const char*>(digest), 32).toHex();
        out.size = m_size;
        if (!m_ok || !m_file.commit())
            return Error(ErrorCode::Io, AuditExport::tr("Cannot write %1: %2").arg(m_file.fileName(), m_file.errorString()));
        return {};
    }
    QString errorString() const { return m_file.errorString(); }

private:
    void flush()
    {
        EVP_DigestUpdate(m_ctx.get(), m_buffer.constData(), std::size_t(m_buffer.size()));
        m_ok = m_ok && m_file.write(m_buffer) == m_buffer.size();
        m_size += m_buffer.size();
        m_buffer.clear();
    }
    QSaveFile m_file;
    ossl::MdCtx m_ctx;
    ossl::Md m_sha;
    QByteArray m_buffer;
    qint64 m_size = 0;
    bool m_ok = true;
};

QJsonArray hexList(const QList<MerkleHash>& hashes)
{
    QJsonArray out;
    for (const MerkleHash& hash : hashes)
        out.append(QString::fromLatin1(merkleHex(hash)));
    return out;
}

} // namespace

QStringList AuditExport::fileNames()
{
    return { QStringLiteral("audit.jsonl"), QStringLiteral("audit.csv"), QStringLiteral("roster.jsonl"),
             QStringLiteral("heads.jsonl"), QStringLiteral("proofs.json") };
}

QByteArray AuditExport::headLine(const SignedHead& head)
{
    return EvidenceFiles::compact(QJsonObject { { QStringLiteral("count"), head.count },
                                                { QStringLiteral("officer"), head.officer },
                                                { QStringLiteral("signature"), QString::fromLatin1(base64url::encode(head.signature)) } });
}

namespace {

// The signed heads (issue #12, core/audit/HeadSignature.h) the tree covers, one line each.
Result<QByteArray> headLines(Database& db, qint64 treeSize)
{
    if (!headsig::tableExists(db))
        return QByteArray();
    Result<QList<SignedHead>> heads = headsig::load(db);
    if (!heads.ok())
        return heads.error();
    QByteArray out;
    for (const SignedHead& head : std::as_const(*heads)) {
        if (head.count <= treeSize)
            out += AuditExport::headLine(head) + '\n';
    }
    return out;
}

} // namespace

AuditExport::AuditExport(Vault& vault, Options options) : m_vault(vault), m_options(std::move(options)) { }

Status AuditExport::run()
{
    KEYWARD_TRY(EvidenceFiles::ensureFolder(m_options.outDir));
    if (m_options.from.isValid() && m_options.to.isValid() && m_options.to < m_options.from)
        return Error(ErrorCode::InvalidArgument, tr("The range ends before it starts."));
    const QDir dir(m_options.outDir);
    const QByteArray fromText = m_options.from.isValid() ? AuditEvent::formatTime(m_options.from).toLatin1() : QByteArray();
    const QByteArray toText = m_options.to.isValid() ? AuditEvent::formatTime(m_options.to).toLatin1() : QByteArray();
    QList<QByteArray> rosterActions; // compared as stored bytes, not decoded per event
    for (const QString& action : RosterBuilder::rosterActions())
        rosterActions.append(action.toUtf8());

    StreamedFile jsonl(dir.filePath(QStringLiteral("audit.jsonl")));
    StreamedFile csv(dir.filePath(QStringLiteral("audit.csv")));
    if (!jsonl.open() || !csv.open())
        return Error(ErrorCode::Io, tr("Cannot write into %1: %2").arg(QDir::toNativeSeparators(m_options.outDir), jsonl.errorString()));
    csv.write("seq,at,actor,action,subject,details,prev,hash\r\n");

    MerkleHasher hasher;
    MerkleTree tree;
    QByteArray roster;
    QList<qint64> rosterSeqs;
    QList<TreeHead> checkpoints;
    qint64 firstSeq = 0, lastSeq = 0;
    QByteArray firstHash, lastHash;
    Database& db = m_vault.database();
    const QJsonObject officerJwk = m_vault.currentOfficer().signingJwk;

    // Reused for every event: the line (with its line break), a scratch buffer and the CSV row.
    QByteArray line, scratch, row;
    const auto take = [&](const ChainVerifier::RawEvent& event) {
        line.resize(0);
        AuditLine::append(line, event, scratch);
        tree.append(hasher.leaf(line));
        line += '\n';
        if (std::any_of(rosterActions.cbegin(), rosterActions.cend(),
                        [&](const QByteArray& action) { return event.action == action; })) {
            roster += line;
            rosterSeqs.append(event.seq);
        }
        if (event.action == "audit.checkpoint") {
            const std::optional<TreeHead> head = TreeHead::fromCheckpointDetails(event.detailsJson);
            if (head)
                checkpoints.append(*head);
        }
        const bool inRange = (fromText.isEmpty() || event.at >= QByteArrayView(fromText))
            && (toText.isEmpty() || event.at <= QByteArrayView(toText));
        if (!inRange)
            return;
        jsonl.write(line);
        row.resize(0);
        appendCsvRow(row, event);
        csv.write(row);
        if (firstSeq == 0) {
            firstSeq = event.seq;
            firstHash = event.hash.toByteArray();
        }
        lastSeq = event.seq;
        if (lastHash.size() == event.hash.size() && !lastHash.isEmpty())
            std::memcpy(lastHash.data(), event.hash.data(), std::size_t(event.hash.size())); // no allocation
        else
            lastHash = event.hash.toByteArray();
        ++m_count;
    };

    TreeHead checkpoint;
    {
        Result<Transaction> tx = Transaction::begin(db);
        if (!tx.ok())
            return tx.error();
        Result<qint64> total = m_vault.audit().count();
        if (!total.ok())
            return total.error();
        tree.reserve(*total + 1);
        {
            // Straight from SQLite's row buffers, as `audit verify` reads them (AuditRows).
            AuditRows rows(db);
            ChainVerifier::RawEvent event;
            for (;;) {
                Result<bool> next = rows.next(event);
                if (!next.ok())
                    return next.error();
                if (!*next)
                    break;
                take(event);
                if (m_options.progress && (tree.size() & 0xffff) == 0)
                    m_options.progress(tree.size(), *total);
            }
        }
        // The checkpoint: the head of the log so far, signed by the exporter, chained to the last one.
        checkpoint = TreeHead::make(m_vault.vaultId(), m_vault.fingerprint(), tree.size(), tree.root(),
                                    m_vault.clock().now(), checkpoints.isEmpty() ? QByteArray() : checkpoints.last().payloadDigest());
        Result<QByteArray> signedCheckpoint = checkpoint.signCompact(officerJwk,
            [&](QByteArrayView input) { return m_vault.signAsCurrentOfficer(input); });
        if (!signedCheckpoint.ok())
            return signedCheckpoint.error();
        Result<AuditEvent> event = m_vault.audit().record(m_vault.currentOfficer().name, QStringLiteral("audit.checkpoint"),
                                                          m_vault.vaultId(), checkpoint.checkpointDetails(*signedCheckpoint));
        if (!event.ok())
            return event.error();
        const QByteArray at = AuditEvent::formatTime(event->at).toUtf8(), actor = event->actor.toUtf8(),
                         action = event->action.toUtf8(), subject = event->subject.toUtf8(),
                         details = QJsonDocument(event->details).toJson(QJsonDocument::Compact);
        take(ChainVerifier::RawEvent { event->seq, at, actor, action, subject, details, event->prev, event->hash });
        checkpoints.append(checkpoint);
        KEYWARD_TRY(tx->commit());
    }

    // The export's own head covers the checkpoint event too.
    m_treeSize = tree.size();
    const MerkleHash root = tree.root();
    m_treeRoot = merkleHex(root);
    const TreeHead head = TreeHead::make(m_vault.vaultId(), m_vault.fingerprint(), m_treeSize, root,
                                         m_vault.clock().now(), checkpoint.payloadDigest());
    Result<QByteArray> treeHeadJson = head.signGeneral(officerJwk,
        [&](QByteArrayView input) { return m_vault.signAsCurrentOfficer(input); });
    if (!treeHeadJson.ok())
        return treeHeadJson.error();

    QJsonArray inclusion;
    QList<qint64> proven = rosterSeqs;
    if (lastSeq != 0 && !proven.contains(lastSeq))
        proven.append(lastSeq);
    for (const qint64 seq : proven)
        inclusion.append(QJsonObject { { QStringLiteral("seq"), seq },
                                       { QStringLiteral("path"), hexList(tree.inclusionProof(seq - 1, m_treeSize)) } });
    QJsonArray consistency;
    for (const TreeHead& earlier : checkpoints) {
        if (earlier.size <= 0 || earlier.size > m_treeSize)
            continue;
        consistency.append(QJsonObject { { QStringLiteral("size"), earlier.size },
                                         { QStringLiteral("root"), QString::fromLatin1(earlier.rootHex) },
                                         { QStringLiteral("path"), hexList(tree.consistencyProof(earlier.size, m_treeSize)) } });
    }
    const QByteArray proofs = QJsonDocument(QJsonObject { { QStringLiteral("size"), m_treeSize },
                                                          { QStringLiteral("root"), QString::fromLatin1(m_treeRoot) },
                                                          { QStringLiteral("inclusion"), inclusion },
                                                          { QStringLiteral("consistency"), consistency } })
                                  .toJson(QJsonDocument::Indented);

    QByteArray pdf;
    if (m_options.renderReport) {
        Result<AuditReportData> data = AuditReportGatherer::gather(m_vault);
        if (!data.ok())
            return data.error();
        data->rangeFrom = fromText.isEmpty() ? tr("the first event") : QString::fromLatin1(fromText);
        data->rangeTo = toText.isEmpty() ? tr("the last event") : QString::fromLatin1(toText);
        data->eventCount = m_count;
        data->firstSeq = firstSeq;
        data->lastSeq = lastSeq;
        data->firstHash = QString::fromLatin1(firstHash);
        data->lastHash = QString::fromLatin1(lastHash);
        data->treeSize = m_treeSize;
        data->treeRoot = QString::fromLatin1(m_treeRoot);
        data->generator = EvidenceFiles::generator();
        Result<QByteArray> rendered = m_options.renderReport(*data);
        if (!rendered.ok())
            return rendered.error();
        pdf = *rendered;
    }

    m_files.clear();
    ExportedFile jsonlFile { QStringLiteral("audit.jsonl"), {}, 0 };
    ExportedFile csvFile { QStringLiteral("audit.csv"), {}, 0 };
    KEYWARD_TRY(jsonl.commit(jsonlFile));
    KEYWARD_TRY(csv.commit(csvFile));
    m_files << jsonlFile << csvFile;
    Result<QByteArray> heads = headLines(db, m_treeSize);
    if (!heads.ok())
        return heads.error();
    QList<std::pair<QString, QByteArray>> small { { QStringLiteral("roster.jsonl"), roster },
                                                  { QStringLiteral("heads.jsonl"), *heads },
                                                  { QStringLiteral("proofs.json"), proofs } };
    if (!pdf.isEmpty())
        small.append({ QStringLiteral("report.pdf"), pdf });
    for (const auto& [name, bytes] : small) {
        KEYWARD_TRY(EvidenceFiles::writePublic(dir.filePath(name), bytes));
        m_files.append(ExportedFile { name, EvidenceFiles::sha256Hex(bytes), bytes.size() });
    }
    KEYWARD_TRY(EvidenceFiles::writePublic(dir.filePath(QStringLiteral("treehead.json")), *treeHeadJson));

    QJsonArray files;
    for (const ExportedFile& file : std::as_const(m_files))
        files.append(QJsonObject { { QStringLiteral("name"), file.name },
                                   { QStringLiteral("sha256"), QString::fromLatin1(file.sha256Hex) },
                                   { QStringLiteral("size"), file.size } });
    const QJsonObject manifest {
        { QStringLiteral("v"), 1 },
        { QStringLiteral("kind"), QStringLiteral("keyward-audit-export") },
        { QStringLiteral("generator"), EvidenceFiles::generator() },
        { QStringLiteral("vault"), m_vault.vaultId() },
        { QStringLiteral("fingerprint"), m_vault.fingerprint() },
        { QStringLiteral("exporter"), m_vault.currentOfficer().name },
        { QStringLiteral("at"), AuditEvent::formatTime(m_vault.clock().now()) },
        { QStringLiteral("range"), QJsonObject { { QStringLiteral("from"), QString::fromLatin1(fromText) },
                                                 { QStringLiteral("to"), QString::fromLatin1(toText) } } },
        { QStringLiteral("count"), m_count },
        { QStringLiteral("first_seq"), firstSeq },
        { QStringLiteral("last_seq"), lastSeq },
        { QStringLiteral("first_hash"), QString::fromLatin1(firstHash) },
        { QStringLiteral("last_hash"), QString::fromLatin1(lastHash) },
        { QStringLiteral("tree_head_sha256"), QString::fromLatin1(head.payloadDigest()) },
        { QStringLiteral("files"), files },
    };
    QJsonObject header = TreeHead::officerHeader(officerJwk);
    header.insert(QStringLiteral("typ"), QStringLiteral("keyward-audit-manifest+jwt"));
    Result<QByteArray> manifestJws = EvidenceFiles::signCompact(header, EvidenceFiles::compact(manifest),
        [&](QByteArrayView input) { return m_vault.signAsCurrentOfficer(input); });
    if (!manifestJws.ok())
        return manifestJws.error();
    KEYWARD_TRY(EvidenceFiles::writePublic(dir.filePath(QStringLiteral("manifest.jws")), *manifestJws + '\n'));
    m_files.append(ExportedFile { QStringLiteral("treehead.json"), EvidenceFiles::sha256Hex(*treeHeadJson), treeHeadJson->size() });
    m_files.append(ExportedFile { QStringLiteral("manifest.jws"), EvidenceFiles::sha256Hex(*manifestJws + '\n'), manifestJws->size() + 1 });
    if (m_options.progress)
        m_options.progress(m_treeSize, m_treeSize);
    return {};
}

} // namespace keyward::core
