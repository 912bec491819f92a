// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One line of audit.jsonl (SPEC §7): the event as canonical JSON — members sorted, compact, UTF-8,
// exactly as QJsonDocument writes them —
//   {"action":…,"actor":…,"at":…,"details":{…},"hash":…,"prev":…,"seq":N,"subject":…}
// The chain hash is SHA-256(prev + the same line without its ,"hash":"…" member), so a verifier
// hashes two slices of the stored line and never rebuilds JSON per event; the Merkle leaf is
// SHA-256(0x00 + line). Anyone can check both with sha256sum and a text editor.

#include "audit/ChainVerifier.h"

#include <QByteArray>
#include <QByteArrayView>

namespace keyward::core {

struct AuditLineFields {
    qint64 seq = 0;
    QByteArrayView action, actor, at, subject, prev, hash; // raw text between the quotes
    QByteArrayView details; // the object, braces included
    qsizetype hashMemberBegin = 0; // the ,"hash":"…" member: [begin, end)
    qsizetype hashMemberEnd = 0;
};

class AuditLine {
public:
    static QByteArray build(const ChainVerifier::RawEvent& event);
    // The same line appended to `out`; `scratch` is a buffer the caller reuses between events.
    static void append(QByteArray& out, const ChainVerifier::RawEvent& event, QByteArray& scratch);
    static QByteArray build(const AuditEvent& event);
    // Accepts only the canonical shape above (members in that order, nothing else); false otherwise.
    static bool parse(QByteArrayView line, AuditLineFields& fields);
};

} // namespace keyward::core
