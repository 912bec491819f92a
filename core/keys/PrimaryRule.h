// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// SPEC §3, "no solo primary": a key entering a (set, use) — generated, imported, registered or
// reaching its activation date — becomes primary by itself only when that (set, use) has never had
// a primary. Otherwise only an approved rotation (SPEC §4) makes a key primary; a revocation of the
// primary leaves the set without one until then. One officer can revoke alone (break-glass), so
// without this rule "revoke, then import my own key" would crown a key no second officer saw.
// The history lives in the database (schema 5, key_primary_history, filled by triggers).

#include "common/Result.h"
#include "keys/KeyRecord.h"

#include <QCoreApplication>

#include <optional>

namespace keyward::core {

class Database;

class PrimaryRule {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::PrimaryRule)
public:
    // Whether any key of (set, use) has ever been primary.
    static Result<bool> everHadPrimary(Database& db, const QString& keySet, KeyUse use);
    // Whether a key entering (set, use) as active takes the primary flag without a rotation.
    static Result<bool> entersAsPrimary(Database& db, const QString& keySet, KeyUse use);
    // Whether the key with this row id was ever primary.
    static Result<bool> wasPrimary(Database& db, qint64 keyId);

    // The key a rotation that makes another key of (set, use) primary names as the one it
    // replaces: the current primary, or — while the set has none — the revoked key that was
    // primary last. Empty when there is neither (a set that never had a primary).
    static Result<std::optional<KeyRecord>> rotationSubject(Database& db, const QString& keySet, KeyUse use);

    // Ok when `key` may be the subject of a rotation although it is not the active primary: it is
    // revoked, it was primary once, and its (set, use) has no primary now. Refused naming why.
    static Status checkVacantSubject(Database& db, const KeyRecord& key);

    // What to tell the officer after a key was added: empty for a primary or pending key; for an
    // active key that is not primary, how it becomes primary (the exact rotation request to file).
    static QString admissionNote(Database& db, const KeyRecord& key);
};

} // namespace keyward::core
