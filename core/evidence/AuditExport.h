// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// `export audit --out DIR [--from T --to T]` (SPEC §7, issue #15). The folder:
//   audit.jsonl    the events in the range, one canonical line each (AuditLine.h)
//   audit.csv      the same events for a spreadsheet (cells that a spreadsheet would run as a
//                  formula are prefixed with ')
//   heads.jsonl    the signed heads of the log (issue #12, core/audit/HeadSignature.h), one
//                  {"count","officer","signature"} a line: each transaction's new head signed by the
//                  officers who acted in it
//   roster.jsonl   every roster event from genesis (officer.added/removed/roles-changed,
//                  roster.adopted), so a verifier rebuilds who the officers were
//   proofs.json    RFC 6962 inclusion proofs of the roster lines and of the range's last line in
//                  the tree head, and consistency proofs from every earlier checkpoint head
//   treehead.json  the signed tree head (general JWS JSON): payload {"v":1,"kind":
//                  "keyward-tree-head","vault","fingerprint","size","root","at","prev"} — prev is
//                  the SHA-256 of the previous head's payload (the checkpoint recorded just before
//                  the export). Signed by the exporter; `export cosign DIR` run by a second
//                  officer recomputes the root from their own vault and adds their signature.
//                  `verify audit` fails until two officers have signed.
//   report.pdf     when a renderer is given (QtGui lives outside core)
//   manifest.jws   compact JWS by the exporter (typ keyward-audit-manifest+jwt): range, count,
//                  first/last hash, the tree head payload's SHA-256 and every other file's SHA-256.
// Before writing, the export records an "audit.checkpoint" event: the tree head of the log so far,
// signed by the exporter, chained to the previous checkpoint — so a later export proves this one's
// log only grew, and a stale head shows.

#include "common/Result.h"
#include "evidence/AuditReportData.h"
#include "evidence/EvidenceFiles.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

#include <functional>

namespace keyward::core {

class Vault;
struct SignedHead;

class AuditExport {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::AuditExport)
public:
    using ReportRenderer = std::function<Result<QByteArray>(const AuditReportData&)>;
    using Progress = std::function<void(qint64 done, qint64 total)>;

    struct Options {
        QString outDir;
        QDateTime from; // invalid: from the first event
        QDateTime to; // invalid: to the last
        ReportRenderer renderReport; // empty: no report.pdf
        Progress progress;
    };

    AuditExport(Vault& vault, Options options);
    Status run();

    const QList<ExportedFile>& files() const { return m_files; }
    qint64 eventCount() const { return m_count; }
    qint64 treeSize() const { return m_treeSize; }
    QByteArray treeRoot() const { return m_treeRoot; }

    static QStringList fileNames(); // every file but report.pdf and manifest.jws, in manifest order
    static QByteArray headLine(const SignedHead& head);

private:
    Vault& m_vault;
    Options m_options;
    QList<ExportedFile> m_files;
    qint64 m_count = 0;
    qint64 m_treeSize = 0;
    QByteArray m_treeRoot;
};

// `export cosign DIR` by a second officer: recomputes the tree head's root from this vault's own log
// and adds this officer's signature to treehead.json. Refused when the root differs (the export is
// not this vault's log), when this officer already signed it, or when the payload is not a head.
class AuditCosign {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::AuditCosign)
public:
    static Status cosign(Vault& vault, const QString& dir);
};

} // namespace keyward::core
