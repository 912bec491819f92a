// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The inventory as front ends show it: key records with their flags (SPEC §3), filtered, and the
// one JSON form of a key shared by `key list/show --json` and later the evidence export.

#include "common/Result.h"
#include "keys/KeyFlags.h"
#include "keys/KeyRecord.h"
#include "keys/KeySetPolicy.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace keyward::core {

class Database;

struct KeyListEntry {
    KeyRecord record;
    KeyFlags flags;
};

struct KeyFilter {
    QString keySet; // empty: every set
    std::optional<KeyState> state;
    qint64 expiringWithinSecs = -1; // >= 0: keys still in use whose expiry is at most this far off
};

class KeyInventory {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::KeyInventory)
public:
    using Filter = KeyFilter;

    // Two queries (keys without their JWK, then the policies), flags computed for `now`. In
    // storage order (oldest first): views sort for themselves; sortBySetAndKid() for text output.
    static Result<QList<KeyListEntry>> load(Database& db, const QDateTime& now, const Filter& filter = Filter());
    static void sortBySetAndKid(QList<KeyListEntry>& entries);
    static bool matches(const KeyRecord& key, const Filter& filter, const QDateTime& now);
    // The flags of one key under its set's policy (the default policy for an unknown set).
    static KeyFlags flagsFor(const KeyRecord& key, const QHash<QString, KeySetPolicy>& policies, const QDateTime& now);

    // kid, set, use, alg (null when none is pinned), state, owner, expires, primary, flags, env,
    // thumbprint, kty, size, strength_bits, created, activates, version, predecessor, successor,
    // has_private, created_by, created_by_product, tags, notes. Never private material.
    static QJsonObject toJson(const KeyRecord& key, KeyFlags flags);
    // toJson plus `jwk` (the public JWK), `lineage` and `flag_descriptions`.
    static QJsonObject toDetailJson(const KeyRecord& key, KeyFlags flags);

    // "30d", "12h", "90m", "45s", "2w" → seconds; nullopt when malformed.
    static std::optional<qint64> parseDuration(const QString& text);
    // ISO 8601 date ("2026-05-01", midnight UTC) or date-time (UTC unless an offset is given).
    static QDateTime parseDateTime(const QString& text);
    static QString formatDateTime(const QDateTime& at); // "2026-05-01T00:00:00Z", "" when null
};

} // namespace keyward::core
