// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The signed log (issue #12). The hash chain alone can be recomputed by anyone holding the master
// key — every officer. What one officer cannot make is another officer's Ed25519 signature, so
// every write transaction that appends audit events ends with a signature over the new head by
// each officer who acted in it (the actors of its events), with the personal signing key the
// signed roster records for them. Verification rebuilds the roster from the log and checks every
// head against it: an event inserted, edited, deleted, reordered or back-dated before another
// officer's head breaks that officer's signature, and re-signing it needs their key.
//
// Format (table audit_head_signatures, schema 7; also what exports carry):
//   signed bytes = "keyward-head-v1\n" vault id "\n" fingerprint "\n" count "\n" hash "\n" officer
//   count        = the number of events in the log at that head (= seq of its last event)
//   hash         = lowercase hex SHA-256 of that last event (its `hash`)
//   fingerprint  = the roster's vault fingerprint at that head (RosterStatement::fingerprint),
//                  empty while the vault has no signed roster yet; binding it means a replaced
//                  roster root (stripped genesis, a second adoption) breaks every earlier head
//   officer      = the signing officer's name
//   signature    = Ed25519 over the signed bytes, stored base64url (no padding)
// A row with officer '' and no signature marks the legacy boundary of a vault upgraded from
// schema 6: events up to it predate signed heads and are covered by the first signed head after.

#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

namespace keyward::core {

class Database;

// Who signs heads: an officer's name and their personal key (Vault's session officer, or an
// approver who re-authenticated for one decision).
struct HeadSigner {
    QString officer;
    std::function<Result<QByteArray>(QByteArrayView)> sign; // raw Ed25519 signature
};

struct SignedHead {
    qint64 count = 0;
    QString officer; // empty: the legacy boundary
    QByteArray signature; // raw 64 bytes; empty for the legacy boundary

    bool isLegacyBoundary() const { return officer.isEmpty(); }
};

namespace headsig {

QByteArray signedBytes(const QString& vaultId, const QString& fingerprint, qint64 count, QByteArrayView hashHex,
                       const QString& officer);
// Every row, by count then officer. An empty list for a vault below schema 7.
Result<QList<SignedHead>> load(Database& db);
// Whether the schema holds the table (a vault opened before its upgrade to schema 7).
bool tableExists(Database& db);

} // namespace headsig

} // namespace keyward::core
