// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditExport.h"

#include "audit/AuditLog.h"
#include "audit/AuditRows.h"
#include "common/Base64Url.h"
#include "evidence/AuditLine.h"
#include "evidence/AuditTreeHead.h"
#include "jose/StrictJson.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "vault/Vault.h"

#include <QDir>

namespace keyward::core {

Status AuditCosign::cosign(Vault& vault, const QString& path)
{
    const QString file = QDir(path).filePath(QStringLiteral("treehead.json"));
    Result<QByteArray> text = EvidenceFiles::read(file, 1024 * 1024);
    if (!text.ok())
        return text.error();
    Result<QJsonObject> object = strictjson::parseObject(*text);
    if (!object.ok())
        return Error(ErrorCode::Malformed, tr("treehead.json is not JSON: %1").arg(object.message()));
    Result<QByteArray> payloadBytes = base64url::decode(object->value(QStringLiteral("payload")).toString().toLatin1());
    Result<QJsonObject> payload = payloadBytes.ok() ? strictjson::parseObject(*payloadBytes) : Result<QJsonObject>(payloadBytes.error());
    const std::optional<TreeHead> head = payload.ok() ? TreeHead::fromPayload(*payload) : std::nullopt;
    if (!head)
        return Error(ErrorCode::Malformed, tr("treehead.json does not hold a Keyward tree head."));
    if (head->vault != vault.vaultId())
        return Error(ErrorCode::Refused, tr("This export comes from another vault (%1).").arg(head->vault));

    // What the co-signer vouches for: their own copy of the log has exactly this root at this size.
    Database& db = vault.database();
    MerkleHasher hasher;
    MerkleFrontier frontier;
    {
        Result<ReadTransaction> snapshot = ReadTransaction::begin(db);
        if (!snapshot.ok())
            return snapshot.error();
        // Straight from SQLite's row buffers into one reused line buffer (AuditRows, AuditLine::append).
        AuditRows rows(db);
        ChainVerifier::RawEvent event;
        QByteArray line, scratch;
        for (;;) {
            Result<bool> row = rows.next(event);
            if (!row.ok())
                return row.error();
            if (!*row || event.seq > head->size)
                break;
            line.resize(0);
            AuditLine::append(line, event, scratch);
            frontier.append(hasher.leaf(line), hasher);
        }
    }
    if (frontier.size() != head->size || merkleHex(frontier.root(hasher)) != head->rootHex)
        return Error(ErrorCode::VerificationFailed,
                     tr("The tree head does not match this vault's log: its first %1 events have another root here. "
                        "Do not co-sign it.")
                         .arg(head->size));

    const QJsonObject officerJwk = vault.currentOfficer().signingJwk;
    Result<QByteArray> cosigned = TreeHead::addSignature(*text, officerJwk,
        [&](QByteArrayView input) { return vault.signAsCurrentOfficer(input); });
    if (!cosigned.ok())
        return cosigned.error();
    Result<Transaction> tx = Transaction::begin(db);
    if (!tx.ok())
        return tx.error();
    Result<AuditEvent> event = vault.audit().record(vault.currentOfficer().name, QStringLiteral("evidence.audit-cosigned"),
        vault.vaultId(), QJsonObject { { QStringLiteral("size"), head->size },
                                       { QStringLiteral("root"), QString::fromLatin1(head->rootHex) } });
    if (!event.ok())
        return event.error();
    KEYWARD_TRY(tx->commit());
    return EvidenceFiles::writePublic(file, *cosigned);
}

} // namespace keyward::core
