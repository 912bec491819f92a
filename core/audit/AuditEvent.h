// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace keyward::core {

// One link of the SHA-256 audit chain (SPEC §7).
struct AuditEvent {
    qint64 seq = 0;
    QDateTime at;
    QString actor;
    QString action; // "vault.created", "officer.added", "key.generated", ...
    QString subject; // officer name, kid, request id ...
    QJsonObject details; // never holds secret material
    QByteArray prev; // hex SHA-256 of the previous event ("" for seq 1)
    QByteArray hash; // hex SHA-256 over prev + canonical form of this event

    // Canonical JSON (sorted keys, compact, UTF-8) of everything but `hash`: the hashed bytes.
    QByteArray canonicalBody() const;
    QByteArray computeHash() const;
    QJsonObject toJson() const; // seq, at, actor, action, subject, details, prev, hash
    // The inverse of toJson (exported audit.jsonl); nullopt when a member is missing or mistyped.
    static std::optional<AuditEvent> fromJson(const QJsonObject& object);
    // The canonical body from the stored text forms (UTF-8; `detailsJson` is the compact JSON of
    // `details`). Byte-identical to QJsonDocument's compact output of the sorted object, built by
    // hand because chain verification runs it for every event (SPEC §9: 500,000 events/s).
    static QByteArray canonicalBodyOf(qint64 seq, QByteArrayView at, QByteArrayView actor, QByteArrayView action,
                                      QByteArrayView subject, QByteArrayView detailsJson, QByteArrayView prev);
    // The same appended to `out`, so a verifier reuses one buffer for a million events.
    static void appendCanonicalBody(QByteArray& out, qint64 seq, QByteArrayView at, QByteArrayView actor,
                                    QByteArrayView action, QByteArrayView subject, QByteArrayView detailsJson,
                                    QByteArrayView prev);
    // The one textual form of event times: ISO 8601 UTC with milliseconds ("...T09:00:00.000Z").
    static QString formatTime(const QDateTime& at);
};

} // namespace keyward::core
