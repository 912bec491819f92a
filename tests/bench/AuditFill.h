// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The long audit log the evidence benchmarks start from, without generating that many keys:
// `events` key.generated events appended straight into the vault's log in one transaction, each
// chained as AuditLog chains it, with a head signed by the current officer every `perHead` events
// and after the last one.

#include "audit/AuditLog.h"
#include "audit/HeadSignature.h"
#include "common/Base64Url.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "vault/Vault.h"

#include <QJsonObject>

namespace keyward::bench {

inline bool appendAuditEvents(core::Vault& vault, qint64 events, qint64 perHead)
{
    using namespace keyward::core;
    Database& db = vault.database();
    Result<Transaction> tx = Transaction::begin(db);
    Result<AuditLog::Head> head = vault.audit().head();
    if (!tx.ok() || !head.ok())
        return false;
    const QString me = vault.currentOfficer().name;
    const QString fingerprint = vault.fingerprint();
    Result<QList<AuditEvent>> last = vault.audit().events(head->count, 1);
    if (!last.ok() || last->isEmpty())
        return false;
    AuditEvent event;
    event.at = last->first().at;
    event.actor = me;
    event.action = QStringLiteral("key.generated");
    event.prev = head->hash;
    for (qint64 i = 1; i <= events; ++i) {
        event.seq = head->count + i;
        event.subject = QStringLiteral("pay-%1").arg(i % 5000);
        event.details = QJsonObject {{QStringLiteral("alg"), QStringLiteral("ES256")},
                                     {QStringLiteral("set"), QStringLiteral("payments")},
                                     {QStringLiteral("state"), QStringLiteral("active")}};
        event.hash = event.computeHash();
        if (!AuditLog::insertRow(db, event).ok())
            return false;
        if (i % perHead == 0 || i == events) {
            Result<QByteArray> signature = vault.signAsCurrentOfficer(headsig::signedBytes(vault.vaultId(), fingerprint, event.seq, event.hash, me));
            // Prepared per head: the statement cache hands back the same one, reset.
            Result<Statement> sign = db.prepare(QStringLiteral("INSERT INTO audit_head_signatures (count, officer, signature) VALUES (?, ?, ?)"));
            if (!signature.ok() || !sign.ok())
                return false;
            sign->bind(1, event.seq).bind(2, me).bind(3, QString::fromLatin1(base64url::encode(*signature)));
            if (!sign->run().ok())
                return false;
        }
        event.prev = event.hash;
    }
    Result<Statement> update = db.prepare(QStringLiteral("UPDATE audit_head SET count = ?, hash = ? WHERE id = 1"));
    if (!update.ok())
        return false;
    update->bind(1, event.seq).bind(2, QString::fromLatin1(event.hash));
    return update->run().ok() && tx->commit().ok();
}

} // namespace keyward::bench
