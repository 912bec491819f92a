// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrustReport.h"

#include "keys/KeyStore.h"

#include <QJsonArray>

namespace keyward::core {

namespace {

QJsonValue timeJson(const QDateTime& at)
{
    return at.isValid() ? QJsonValue(KeyStore::formatTime(at)) : QJsonValue(QJsonValue::Null);
}

QString timeText(const QDateTime& at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODate) : TrustReport::tr("never");
}

QJsonArray impactsJson(const TrustMap& map, const QList<WorkloadImpact>& impacts)
{
    QJsonArray array;
    for (const WorkloadImpact& impact : impacts)
        array.append(QJsonObject { { QStringLiteral("workload"), map.workloads().at(impact.workload).name },
            { QStringLiteral("reason"), trustReasonName(impact.reason) },
            { QStringLiteral("last_seen"), timeJson(impact.lastSeen) } });
    return array;
}

QString workloadName(const TrustMap& map, int workload)
{
    return workload < 0 ? TrustReport::tr("(token lifetime)") : map.workloads().at(workload).name;
}

} // namespace

QJsonObject TrustReport::convergenceJson(const TrustMap& map, const Convergence& c)
{
    QJsonArray blockers;
    for (const ConvergenceBlocker& b : c.blockers)
        blockers.append(QJsonObject { { QStringLiteral("workload"), b.workload < 0 ? QJsonValue() : QJsonValue(workloadName(map, b.workload)) },
            { QStringLiteral("reason"), trustReasonName(b.reason) },
            { QStringLiteral("clears_at"), timeJson(b.clearsAt) } });
    return QJsonObject {
        { QStringLiteral("kid"), map.keys().at(c.predecessor).kid },
        { QStringLiteral("successor"), c.successor < 0 ? QJsonValue() : QJsonValue(map.keys().at(c.successor).kid) },
        { QStringLiteral("published_at"), timeJson(c.publishedAt) },
        { QStringLiteral("handover_at"), timeJson(c.handoverAt) },
        { QStringLiteral("converged"), c.converged },
        { QStringLiteral("converged_at"), timeJson(c.convergedAt) },
        { QStringLiteral("blockers"), blockers },
    };
}

QJsonObject TrustReport::kidJson(const TrustMap& map, int key, const QDateTime& now)
{
    const TrustKey& k = map.keys().at(key);
    QJsonArray declared;
    QJsonArray observed;
    for (int e : map.edgesOfKey(key)) {
        const TrustEdge& edge = map.edges()[size_t(e)];
        const QString name = map.workloads().at(edge.workload).name;
        if (edge.declared())
            declared.append(QJsonObject { { QStringLiteral("workload"), name },
                { QStringLiteral("by"), edge.pinned ? QStringLiteral("pinned") : QStringLiteral("set") } });
        if (edge.observed())
            observed.append(QJsonObject { { QStringLiteral("workload"), name },
                { QStringLiteral("first_seen"), timeJson(edge.firstSeen) },
                { QStringLiteral("last_seen"), timeJson(edge.lastSeen) }, { QStringLiteral("count"), edge.seenCount } });
    }
    const BlastRadius radius = map.blastRadius(key);
    QJsonArray stale;
    for (const StaleTrust& s : map.staleTrust()) {
        if (s.key == key)
            stale.append(QJsonObject { { QStringLiteral("workload"), map.workloads().at(s.workload).name },
                { QStringLiteral("reason"), trustReasonName(s.reason) }, { QStringLiteral("last_seen"), timeJson(s.lastSeen) } });
    }
    QJsonObject object {
        { QStringLiteral("kid"), k.kid },
        { QStringLiteral("set"), k.keySet },
        { QStringLiteral("state"), keyStateName(k.state) },
        { QStringLiteral("primary"), k.primary },
        { QStringLiteral("declared"), declared },
        { QStringLiteral("observed"), observed },
        { QStringLiteral("blast_radius"),
            QJsonObject { { QStringLiteral("breaks"), impactsJson(map, radius.breaks) },
                { QStringLiteral("exposed"), impactsJson(map, radius.exposed) } } },
        { QStringLiteral("stale"), stale },
    };
    if (k.state == KeyState::Grace || !k.successorKid.isEmpty())
        object.insert(QStringLiteral("convergence"), convergenceJson(map, map.convergence(key, now)));
    const DefaultOverlap overlap = map.defaultOverlap(k.keySet);
    object.insert(QStringLiteral("default_overlap"),
        QJsonObject { { QStringLiteral("secs"), overlap.secs },
            { QStringLiteral("cache_ttl_workload"), overlap.cacheWorkload < 0 ? QJsonValue() : QJsonValue(workloadName(map, overlap.cacheWorkload)) },
            { QStringLiteral("token_ttl_workload"), overlap.tokenWorkload < 0 ? QJsonValue() : QJsonValue(workloadName(map, overlap.tokenWorkload)) },
            { QStringLiteral("explanation"), overlap.explanation } });
    return object;
}

QStringList TrustReport::kidLines(const TrustMap& map, int key, const QDateTime& now)
{
    const QJsonObject o = kidJson(map, key, now);
    QStringList lines;
    const TrustKey& k = map.keys().at(key);
    lines << tr("%1 (set %2, %3%4)").arg(k.kid, k.keySet, keyStateName(k.state), k.primary ? tr(", primary") : QString());
    const auto names = [](const QJsonArray& array, const char* extra) {
        QStringList out;
        for (const QJsonValue& v : array) {
            const QJsonObject item = v.toObject();
            out << QStringLiteral("%1 (%2)").arg(item.value(QStringLiteral("workload")).toString(),
                item.value(QLatin1String(extra)).toString());
        }
        return out.isEmpty() ? tr("none") : out.join(QStringLiteral(", "));
    };
    lines << tr("Declared: %1").arg(names(o.value(QStringLiteral("declared")).toArray(), "by"));
    lines << tr("Observed: %1").arg(names(o.value(QStringLiteral("observed")).toArray(), "last_seen"));
    const QJsonObject radius = o.value(QStringLiteral("blast_radius")).toObject();
    lines << tr("Breaks if it vanished: %1").arg(names(radius.value(QStringLiteral("breaks")).toArray(), "reason"));
    lines << tr("Exposed if it leaked: %1").arg(names(radius.value(QStringLiteral("exposed")).toArray(), "reason"));
    lines << tr("Stale trust: %1").arg(names(o.value(QStringLiteral("stale")).toArray(), "last_seen"));
    if (k.state == KeyState::Grace || !k.successorKid.isEmpty()) {
        const Convergence c = map.convergence(key, now);
        lines << (c.converged ? tr("Convergence: reached (%1)").arg(timeText(c.convergedAt))
                              : tr("Convergence: not reached; expected %1").arg(timeText(c.convergedAt)));
        for (const ConvergenceBlocker& b : c.blockers)
            lines << tr("  blocked by %1: %2, clears %3").arg(workloadName(map, b.workload), trustReasonName(b.reason), timeText(b.clearsAt));
    }
    lines << tr("Default rotation overlap: %1").arg(map.defaultOverlap(k.keySet).explanation);
    return lines;
}

} // namespace keyward::core
