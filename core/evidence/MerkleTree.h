// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The audit log as an RFC 6962 (Certificate Transparency) Merkle tree as well as a hash chain, so a
// log that was cut short shows (issue #15): an auditor who kept an earlier tree head (size m, root)
// gets a consistency proof that the new tree of size n only appended to it.
//   leaf hash = SHA-256(0x00 || event line)    event line = the audit.jsonl line, without "\n"
//   node hash = SHA-256(0x01 || left || right)
// Proof generation follows RFC 6962 §2.1.1–2.1.2, verification RFC 9162 §2.1.3.2 and §2.1.4.2.

#include "crypto/OpenSslHandles.h"

#include <QByteArray>
#include <QList>

#include <array>
#include <vector>

namespace keyward::core {

using MerkleHash = std::array<unsigned char, 32>;

QByteArray merkleHex(const MerkleHash& hash);
bool merkleFromHex(QByteArrayView hex, MerkleHash& out);

// SHA-256 with the digest fetched once (a lookup per leaf would dominate the cost).
class MerkleHasher {
public:
    MerkleHasher();
    MerkleHash leaf(QByteArrayView line);
    MerkleHash node(const MerkleHash& left, const MerkleHash& right);
    MerkleHash empty(); // SHA-256 of nothing: the root of the empty tree

private:
    ossl::Md m_sha256;
    ossl::MdCtx m_ctx;
};

// All leaf hashes in memory (32 bytes per event): for building proofs at export time.
class MerkleTree {
public:
    void reserve(qsizetype n) { m_leaves.reserve(std::size_t(n)); }
    void append(const MerkleHash& leafHash) { m_leaves.push_back(leafHash); }
    qint64 size() const { return qint64(m_leaves.size()); }

    MerkleHash rootAt(qint64 size) const; // MTH(D[0:size])
    MerkleHash root() const { return rootAt(size()); }
    // RFC 6962 PATH(index, D[0:size]), leaf first.
    QList<MerkleHash> inclusionProof(qint64 index, qint64 size) const;
    // RFC 6962 PROOF(first, D[0:size]).
    QList<MerkleHash> consistencyProof(qint64 first, qint64 size) const;

    static bool verifyInclusion(qint64 index, qint64 size, const MerkleHash& leafHash,
                                const QList<MerkleHash>& proof, const MerkleHash& root);
    static bool verifyConsistency(qint64 first, qint64 size, const MerkleHash& firstRoot, const MerkleHash& root,
                                  const QList<MerkleHash>& proof);

private:
    // Brings m_levels up to the leaves: level h (h >= kLowestLevel) holds the hash of every complete, aligned
    // block of 2^h leaves, each computed once. RFC 6962 splits a range so that its left part is
    // such a block, so any MTH or proof then costs O(log n) hashes instead of O(n) (an export builds
    // several proofs over a million leaves).
    void extendLevels(MerkleHasher& hasher) const;
    MerkleHash subtree(qint64 begin, qint64 end, MerkleHasher& hasher) const;
    void path(qint64 index, qint64 begin, qint64 end, QList<MerkleHash>& out, MerkleHasher& hasher) const;
    void subproof(qint64 first, qint64 begin, qint64 end, bool whole, QList<MerkleHash>& out,
                  MerkleHasher& hasher) const;

    std::vector<MerkleHash> m_leaves;
    static constexpr int kLowestLevel = 4; // blocks of 16 leaves and up
    mutable std::vector<std::vector<MerkleHash>> m_levels; // [0, kLowestLevel) stay empty
};

// The right edge of the tree only (the roots of its perfect subtrees, largest first): the root of
// every prefix while streaming a million events through in O(log n) memory.
class MerkleFrontier {
public:
    void append(const MerkleHash& leafHash, MerkleHasher& hasher);
    qint64 size() const { return m_size; }
    MerkleHash root(MerkleHasher& hasher) const;

    // Its nodes, largest subtree first: what a checkpoint keeps so the next one hashes only the
    // events after it (AuditCheckpoint.h).
    QList<MerkleHash> nodes() const;
    // The frontier of `size` leaves from nodes(); false when their number does not fit `size`
    // (one node per set bit of it).
    bool restore(qint64 size, const QList<MerkleHash>& nodes);

private:
    struct Node {
        int height;
        MerkleHash hash;
    };
    std::vector<Node> m_nodes;
    qint64 m_size = 0;
};

} // namespace keyward::core
