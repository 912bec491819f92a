// SPDX-License-Identifier: GPL-3.0-or-later
#include "MerkleTree.h"

#include <algorithm>
#include <cstring>

namespace keyward::core {

QByteArray merkleHex(const MerkleHash& hash)
{
    return QByteArray::fromRawData(reinterpret_cast<const char*>(hash.data()), qsizetype(hash.size())).toHex();
}

bool merkleFromHex(QByteArrayView hex, MerkleHash& out)
{
    if (hex.size() != 64)
        return false;
    for (const char c : hex) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    }
    const QByteArray raw = QByteArray::fromHex(hex.toByteArray());
    std::memcpy(out.data(), raw.constData(), out.size());
    return true;
}

MerkleHasher::MerkleHasher() : m_sha256(EVP_MD_fetch(nullptr, "SHA256", nullptr)), m_ctx(EVP_MD_CTX_new()) { }

namespace {

MerkleHash finish(EVP_MD_CTX* ctx)
{
    MerkleHash out {};
    unsigned int size = 0;
    EVP_DigestFinal_ex(ctx, out.data(), &size);
    return out;
}

} // namespace

MerkleHash MerkleHasher::leaf(QByteArrayView line)
{
    static const unsigned char prefix = 0x00;
    EVP_DigestInit_ex2(m_ctx.get(), m_sha256.get(), nullptr);
    EVP_DigestUpdate(m_ctx.get(), &prefix, 1);
    EVP_DigestUpdate(m_ctx.get(), line.data(), std::size_t(line.size()));
    return finish(m_ctx.get());
}

MerkleHash MerkleHasher::node(const MerkleHash& left, const MerkleHash& right)
{
    unsigned char input[65];
    input[0] = 0x01;
    std::memcpy(input + 1, left.data(), 32);
    std::memcpy(input + 33, right.data(), 32);
    EVP_DigestInit_ex2(m_ctx.get(), m_sha256.get(), nullptr);
    EVP_DigestUpdate(m_ctx.get(), input, sizeof input);
    return finish(m_ctx.get());
}

MerkleHash MerkleHasher::empty()
{
    EVP_DigestInit_ex2(m_ctx.get(), m_sha256.get(), nullptr);
    return finish(m_ctx.get());
}

namespace {

// The largest power of two smaller than n (n > 1).
qint64 splitPoint(qint64 n)
{
    qint64 k = 1;
    while (k * 2 < n)
        k *= 2;
    return k;
}

} // namespace

void MerkleTree::extendLevels(MerkleHasher& hasher) const
{
    // Levels below kLowestLevel are not kept: a block of 16 leaves is rehashed from its leaves when
    // a proof needs it (at most 15 hashes), and the levels kept hold n/8 hashes in all, not n.
    const std::size_t n = m_leaves.size();
    if (m_levels.size() < std::size_t(kLowestLevel))
        m_levels.resize(std::size_t(kLowestLevel));
    for (std::size_t h = kLowestLevel; (n >> h) > 0; ++h) {
        if (m_levels.size() <= h)
            m_levels.emplace_back();
        std::vector<MerkleHash>& level = m_levels[h];
        const std::size_t want = n >> h;
        if (level.capacity() < want)
            level.reserve(std::max(want, level.capacity() * 2));
        while (level.size() < want) {
            const std::size_t i = level.size();
            if (h == std::size_t(kLowestLevel)) {
                level.push_back(subtree(qint64(i << h), qint64((i + 1) << h), hasher));
            } else {
                const std::vector<MerkleHash>& below = m_levels[h - 1];
                level.push_back(hasher.node(below[2 * i], below[2 * i + 1]));
            }
        }
    }
}

MerkleHash MerkleTree::subtree(qint64 begin, qint64 end, MerkleHasher& hasher) const
{
    const qint64 n = end - begin;
    if (n == 1)
        return m_leaves[std::size_t(begin)];
    if ((n & (n - 1)) == 0 && begin % n == 0) { // a complete aligned block: computed once
        const int h = __builtin_ctzll(quint64(n));
        if (std::size_t(h) < m_levels.size() && std::size_t(begin >> h) < m_levels[std::size_t(h)].size())
            return m_levels[std::size_t(h)][std::size_t(begin >> h)];
    }
    const qint64 k = splitPoint(n);
    return hasher.node(subtree(begin, begin + k, hasher), subtree(begin + k, end, hasher));
}

MerkleHash MerkleTree::rootAt(qint64 size) const
{
    MerkleHasher hasher;
    if (size <= 0 || size > this->size())
        return hasher.empty();
    extendLevels(hasher);
    return subtree(0, size, hasher);
}

void MerkleTree::path(qint64 index, qint64 begin, qint64 end, QList<MerkleHash>& out, MerkleHasher& hasher) const
{
    if (end - begin <= 1)
        return;
    const qint64 k = splitPoint(end - begin);
    if (index < k) {
        path(index, begin, begin + k, out, hasher);
        out.append(subtree(begin + k, end, hasher));
    } else {
        path(index - k, begin + k, end, out, hasher);
        out.append(subtree(begin, begin + k, hasher));
    }
}

QList<MerkleHash> MerkleTree::inclusionProof(qint64 index, qint64 size) const
{
    QList<MerkleHash> out;
    if (index < 0 || index >= size || size > this->size())
        return out;
    MerkleHasher hasher;
    extendLevels(hasher);
    path(index, 0, size, out, hasher);
    return out;
}

void MerkleTree::subproof(qint64 first, qint64 begin, qint64 end, bool whole, QList<MerkleHash>& out,
                          MerkleHasher& hasher) const
{
    const qint64 n = end - begin;
    if (first == n) {
        if (!whole)
            out.append(subtree(begin, end, hasher));
        return;
    }
    const qint64 k = splitPoint(n);
    if (first <= k) {
        subproof(first, begin, begin + k, whole, out, hasher);
        out.append(subtree(begin + k, end, hasher));
    } else {
        subproof(first - k, begin + k, end, false, out, hasher);
        out.append(subtree(begin, begin + k, hasher));
    }
}

QList<MerkleHash> MerkleTree::consistencyProof(qint64 first, qint64 size) const
{
    QList<MerkleHash> out;
    if (first <= 0 || first >= size || size > this->size())
        return out;
    MerkleHasher hasher;
    extendLevels(hasher);
    subproof(first, 0, size, true, out, hasher);
    return out;
}

bool MerkleTree::verifyInclusion(qint64 index, qint64 size, const MerkleHash& leafHash, const QList<MerkleHash>& proof,
                                 const MerkleHash& root)
{
    if (index < 0 || index >= size)
        return false;
    MerkleHasher hasher;
    quint64 fn = quint64(index);
    quint64 sn = quint64(size - 1);
    MerkleHash r = leafHash;
    for (const MerkleHash& p : proof) {
        if (sn == 0)
            return false;
        if ((fn & 1) || fn == sn) {
            r = hasher.node(p, r);
            if (!(fn & 1)) {
                while (!(fn & 1) && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            }
        } else {
            r = hasher.node(r, p);
        }
        fn >>= 1;
        sn >>= 1;
    }
    return sn == 0 && r == root;
}

bool MerkleTree::verifyConsistency(qint64 first, qint64 size, const MerkleHash& firstRoot, const MerkleHash& root,
                                   const QList<MerkleHash>& proof)
{
    if (first <= 0 || first > size)
        return false;
    if (first == size)
        return proof.isEmpty() && firstRoot == root;
    QList<MerkleHash> path = proof;
    if ((quint64(first) & quint64(first - 1)) == 0) // a power of two: the first root is itself a node
        path.prepend(firstRoot);
    if (path.isEmpty())
        return false;
    MerkleHasher hasher;
    quint64 fn = quint64(first - 1);
    quint64 sn = quint64(size - 1);
    while (fn & 1) {
        fn >>= 1;
        sn >>= 1;
    }
    MerkleHash fr = path.first();
    MerkleHash sr = path.first();
    for (qsizetype i = 1; i < path.size(); ++i) {
        const MerkleHash& c = path[i];
        if (sn == 0)
            return false;
        if ((fn & 1) || fn == sn) {
            fr = hasher.node(c, fr);
            sr = hasher.node(c, sr);
            if (!(fn & 1)) {
                while (!(fn & 1) && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            }
        } else {
            sr = hasher.node(sr, c);
        }
        fn >>= 1;
        sn >>= 1;
    }
    return fr == firstRoot && sr == root && sn == 0;
}

void MerkleFrontier::append(const MerkleHash& leafHash, MerkleHasher& hasher)
{
    Node node { 0, leafHash };
    while (!m_nodes.empty() && m_nodes.back().height == node.height) {
        node = Node { node.height + 1, hasher.node(m_nodes.back().hash, node.hash) };
        m_nodes.pop_back();
    }
    m_nodes.push_back(node);
    ++m_size;
}

MerkleHash MerkleFrontier::root(MerkleHasher& hasher) const
{
    if (m_nodes.empty())
        return hasher.empty();
    MerkleHash r = m_nodes.back().hash;
    for (auto it = m_nodes.rbegin() + 1; it != m_nodes.rend(); ++it)
        r = hasher.node(it->hash, r);
    return r;
}

QList<MerkleHash> MerkleFrontier::nodes() const
{
    QList<MerkleHash> out;
    out.reserve(qsizetype(m_nodes.size()));
    for (const Node& node : m_nodes)
        out.append(node.hash);
    return out;
}

bool MerkleFrontier::restore(qint64 size, const QList<MerkleHash>& nodes)
{
    if (size < 0)
        return false;
    // The perfect subtrees of a tree of `size` leaves are its set bits, the highest first.
    std::vector<Node> rebuilt;
    for (int height = 62; height >= 0; --height) {
        if (!(quint64(size) & (quint64(1) << height)))
            continue;
        if (qsizetype(rebuilt.size()) >= nodes.size())
            return false;
        rebuilt.push_back(Node { height, nodes[qsizetype(rebuilt.size())] });
    }
    if (qsizetype(rebuilt.size()) != nodes.size())
        return false;
    m_nodes = std::move(rebuilt);
    m_size = size;
    return true;
}

} // namespace keyward::core
