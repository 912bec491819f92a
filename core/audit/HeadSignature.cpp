// SPDX-License-Identifier: GPL-3.0-or-later
#include "HeadSignature.h"

#include "common/Base64Url.h"
#include "storage/Database.h"

namespace keyward::core::headsig {

QByteArray signedBytes(const QString& vaultId, const QString& fingerprint, qint64 count, QByteArrayView hashHex,
                       const QString& officer)
{
    QByteArray out("keyward-head-v1\n");
    out += vaultId.toUtf8();
    out += '\n';
    out += fingerprint.toUtf8();
    out += '\n';
    out += QByteArray::number(count);
    out += '\n';
    out += hashHex;
    out += '\n';
    out += officer.toUtf8();
    return out;
}

bool tableExists(Database& db)
{
    const Result<qint64> found = db.queryInt64(
        QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'audit_head_signatures'"));
    return found.ok() && *found > 0;
}

Result<QList<SignedHead>> load(Database& db)
{
    QList<SignedHead> heads;
    if (!tableExists(db))
        return heads;
    Result<Statement> stmt = db.prepare(
        QStringLiteral("SELECT count, officer, signature FROM audit_head_signatures ORDER BY count, officer"));
    if (!stmt.ok())
        return stmt.error();
    for (;;) {
        Result<bool> row = stmt->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            return heads;
        SignedHead head;
        head.count = stmt->columnInt64(0);
        head.officer = stmt->columnText(1);
        // A signature that does not decode stays as it is (wrong length): it fails verification.
        const QByteArray text = stmt->columnUtf8(2);
        Result<QByteArray> raw = base64url::decode(text);
        head.signature = raw.ok() ? *raw : text;
        heads.append(head);
    }
}

} // namespace keyward::core::headsig
