// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What report.pdf shows (issue #15), gathered in core from one read of the vault so the renderer
// (ui/report, QtGui) only lays it out. Sections for the trust map and samples runs are filled when
// those tables exist in this vault's schema, and left out of the report otherwise.

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

namespace keyward::core {

class Vault;

struct AuditReportData {
    struct Officer {
        QString name, roles, thumbprint;
        bool tofu = false;
    };
    struct Key {
        QString set, kid, use, alg, state, nistState, owner, env, expires, flags;
        bool primary = false;
    };
    struct Rotation {
        qint64 request = 0;
        QString subject, set, requester, approvers, state, reason, created, executed, signature;
    };
    struct BreakGlass {
        qint64 review = 0;
        QString subject, set, openedBy, openedAt, reason;
    };
    struct Row {
        QStringList cells;
    };

    QString vaultId, fingerprint, exporter, generatedAt, rangeFrom, rangeTo, generator;
    qint64 eventCount = 0, firstSeq = 0, lastSeq = 0, treeSize = 0;
    QString firstHash, lastHash, treeRoot;
    QList<Officer> officers;
    QList<Key> keys;
    QList<Rotation> rotations;
    QList<Key> overdue;
    QList<BreakGlass> unreviewedBreakGlass;
    // Optional sections: a title and rows (first row: headers); absent when the vault has no such table.
    QList<std::pair<QString, QList<Row>>> extraSections;
};

class AuditReportGatherer {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::AuditReportGatherer)
public:
    // Inventory, rotations, overdue keys, open break-glass reviews as of now.
    static Result<AuditReportData> gather(Vault& vault);
};

} // namespace keyward::core
