// SPDX-License-Identifier: GPL-3.0-or-later
#include "ObservationImport.h"

#include "audit/AuditLog.h"
#include "crypto/OpenSslHandles.h"
#include "keys/KeyStore.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "trust/ObservationParser.h"
#include "trust/TrustMap.h"
#include "trust/WorkloadStore.h"
#include "vault/Vault.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

#include <openssl/evp.h>

namespace keyward::core {

namespace {

Status checkRole(Vault& vault)
{
    const Officer& me = vault.currentOfficer();
    if (!me.hasRole(Role::KeyOfficer) && !me.hasRole(Role::Admin))
        return Error(ErrorCode::Refused, ObservationImport::tr("Only a key officer or an admin may import observations."));
    return {};
}

} // namespace

Result<ObservationImportReport> ObservationImport::importFile(Vault& vault, const QString& path, const Progress& progress,
                                                             qint64 windowBytes)
{
    KEYWARD_TRY(checkRole(vault));
    // The names to resolve against, from one snapshot; the write below re-reads inside its
    // transaction, so a workload removed meanwhile is caught there.
    Result<TrustMap> map = TrustMapLoader::load(vault.database());
    if (!map.ok())
        return map.error();
    QStringList workloadNames;
    for (const Workload& w : map->workloads())
        workloadNames.append(w.name);
    QStringList kidNames;
    QHash<QString, int> kidSeen;
    for (const TrustKey& key : map->keys()) {
        if (!kidSeen.contains(key.kid)) {
            kidSeen.insert(key.kid, int(kidNames.size()));
            kidNames.append(key.kid);
        }
    }

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io, tr("Cannot read %1: %2").arg(path, file.errorString()));
    const qint64 size = file.size();
    ossl::MdCtx md(EVP_MD_CTX_new());
    if (!md || EVP_DigestInit_ex(md.get(), EVP_sha256(), nullptr) != 1)
        return Error(ErrorCode::Crypto, tr("SHA-256 is not available."));

    ObservationParser parser(workloadNames, kidNames);
    QByteArray carry; // a line cut by the window's end
    for (qint64 offset = 0; offset < size;) {
        const qint64 length = std::min(std::max<qint64>(windowBytes, 1), size - offset);
        uchar* window = file.map(offset, length);
        if (!window)
            return Error(ErrorCode::Io, tr("Cannot map %1: %2").arg(path, file.errorString()));
        const char* begin = reinterpret_cast<const char*>(window);
        const char* end = begin + length;
        EVP_DigestUpdate(md.get(), begin, size_t(length));
        if (!carry.isEmpty()) {
            const char* nl = static_cast<const char*>(std::memchr(begin, '\n', size_t(length)));
            const char* cut = nl ? nl : end;
            carry.append(begin, cut - begin);
            if (nl || offset + length == size) {
                parser.feed(carry.constData(), carry.constData() + carry.size());
                carry.clear();
            }
            begin = nl ? nl + 1 : end;
        }
        const char* lastNl = begin < end ? static_cast<const char*>(memrchr(begin, '\n', size_t(end - begin))) : nullptr;
        if (offset + length == size) {
            parser.feed(begin, end);
        } else if (lastNl) {
            parser.feed(begin, lastNl + 1);
            carry.append(lastNl + 1, end - lastNl - 1);
        } else {
            carry.append(begin, end - begin);
        }
        if (carry.size() > 1024 * 1024)
            return Error(ErrorCode::Malformed, tr("Line %1 is longer than 1 MiB; this is not an observation log.").arg(parser.lines() + 1));
        file.unmap(window);
        offset += length;
        if (progress && !progress(offset, size))
            return Error(ErrorCode::Cancelled, tr("The import was cancelled; nothing was added."));
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int digestLength = 0;
    EVP_DigestFinal_ex(md.get(), digest, &digestLength);

    ObservationImportReport report;
    report.digest = QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(digest), int(digestLength)).toHex());
    report.lines = parser.lines();
    report.accepted = parser.accepted();
    report.pairs = qint64(parser.aggregates().size());
    report.errorCount = parser.errorCount();
    report.errors = parser.errors();

    Database& db = vault.database();
    Result<Transaction> tx = Transaction::begin(db);
    if (!tx.ok())
        return tx.error();
    WorkloadStore store(db);
    Result<bool> seen = store.fileImported(report.digest);
    if (!seen.ok())
        return seen.error();
    if (*seen) {
        report.alreadyImported = true;
        return report;
    }
    Result<QList<Workload>> current = store.all();
    if (!current.ok())
        return current.error();
    QHash<QString, qint64> workloadIds;
    for (const Workload& w : std::as_const(*current))
        workloadIds.insert(w.name, w.id);
    const QString actor = vault.currentOfficer().name;
    const QDateTime now = vault.clock().now();
    Result<AuditEvent> event = vault.audit().record(actor, QStringLiteral("observations.imported"),
        QFileInfo(path).fileName(),
        QJsonObject { { QStringLiteral("sha256"), report.digest }, { QStringLiteral("lines"), report.lines },
            { QStringLiteral("accepted"), report.accepted }, { QStringLiteral("pairs"), report.pairs },
            { QStringLiteral("errors"), report.errorCount } },
        [&](Database&) -> Status {
            for (const auto& [pair, agg] : parser.aggregates()) {
                const QString& workload = workloadNames.at(qsizetype(pair >> 32));
                const QString& kid = kidNames.at(qsizetype(pair & 0xffffffffu));
                const qint64 id = workloadIds.value(workload, 0);
                if (id == 0)
                    return Error(ErrorCode::Refused, tr("Workload %1 was removed during the import; nothing was added.").arg(workload));
                // The kid's set: one the workload declares, else the first holding the kid.
                const int w = map->workloadIndex(workload);
                int key = map->keyIndex(kid);
                for (int e : map->edgesOfWorkload(w)) {
                    if (map->keys().at(map->edges()[size_t(e)].key).kid == kid)
                        key = map->edges()[size_t(e)].key;
                }
                KEYWARD_TRY(store.mergeObserved(id, map->keys().at(key).keySet, kid,
                    QDateTime::fromMSecsSinceEpoch(agg.firstMs, Qt::UTC), QDateTime::fromMSecsSinceEpoch(agg.lastMs, Qt::UTC),
                    agg.count));
            }
            return store.recordFileImport(report.digest, QFileInfo(path).fileName(), now, actor, report.lines, report.accepted);
        });
    if (!event.ok())
        return event.error();
    KEYWARD_TRY(tx->commit());
    return report;
}

} // namespace keyward::core
