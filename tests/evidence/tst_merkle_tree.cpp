// SPDX-License-Identifier: GPL-3.0-or-later
// RFC 6962 Merkle tree: roots against the frontier, every inclusion and consistency proof of small
// trees verifies, and a wrong size, root or proof does not.

#include "evidence/MerkleTree.h"

#include <QTest>

using namespace keyward::core;

class TestMerkleTree : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // RFC 6962 §2.1: the root of one leaf is its leaf hash; of "" is SHA-256(0x00).
    void leafHashOfEmptyLine()
    {
        MerkleHasher hasher;
        QCOMPARE(merkleHex(hasher.leaf({})), QByteArray("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d"));
    }

    void proofsOfEveryPrefix()
    {
        MerkleHasher hasher;
        MerkleTree tree;
        MerkleFrontier frontier;
        for (int i = 0; i < 40; ++i) {
            const MerkleHash leaf = hasher.leaf(QByteArray::number(i));
            tree.append(leaf);
            frontier.append(leaf, hasher);
            QCOMPARE(frontier.root(hasher), tree.root());
        }
        for (qint64 n = 1; n <= tree.size(); ++n) {
            const MerkleHash root = tree.rootAt(n);
            for (qint64 i = 0; i < n; ++i) {
                const QList<MerkleHash> proof = tree.inclusionProof(i, n);
                QVERIFY(MerkleTree::verifyInclusion(i, n, hasher.leaf(QByteArray::number(i)), proof, root));
                QVERIFY(!MerkleTree::verifyInclusion(i, n, hasher.leaf("x"), proof, root));
                if (n > 1)
                    QVERIFY(!MerkleTree::verifyInclusion((i + 1) % n, n, hasher.leaf(QByteArray::number(i)), proof, root));
            }
            for (qint64 m = 1; m <= n; ++m) {
                const QList<MerkleHash> proof = tree.consistencyProof(m, n);
                QVERIFY2(MerkleTree::verifyConsistency(m, n, tree.rootAt(m), root, proof), qPrintable(QStringLiteral("%1 %2").arg(m).arg(n)));
                if (m < n) {
                    QVERIFY(!MerkleTree::verifyConsistency(m, n, tree.rootAt(m), tree.rootAt(m), proof));
                    MerkleHash other = tree.rootAt(m);
                    other[0] ^= 1;
                    QVERIFY(!MerkleTree::verifyConsistency(m, n, other, root, proof));
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestMerkleTree)
#include "tst_merkle_tree.moc"
