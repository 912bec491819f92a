// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The RFC 6962 leaf hash of one stored audit event — SHA-256(0x00 || its audit.jsonl line), see
// MerkleTree.h and AuditLine.h — computed straight from the stored text with buffers reused from
// one event to the next: unlock (AuditCheckpoint) and `audit verify` (CheckpointVerifier) run it
// over every event a checkpoint covers.

#include "audit/ChainVerifier.h"
#include "evidence/MerkleTree.h"

namespace keyward::core {

class AuditLeafHasher {
public:
    MerkleHash leaf(const ChainVerifier::RawEvent& event);
    MerkleHasher& hasher() { return m_hasher; }

private:
    MerkleHasher m_hasher;
    QByteArray m_body; // the canonical body (capacity kept)
    QByteArray m_line; // the body with its hash member, as audit.jsonl holds it
};

} // namespace keyward::core
