// SPDX-License-Identifier: GPL-3.0-or-later
#include "Request.h"

#include "keys/KeyStore.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <array>
#include <utility>

namespace keyward::core {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::Request)
};

constexpr std::array<std::pair<RequestKind, const char*>, 8> kKindNames { {
    { RequestKind::Rotate, "rotate" },
    { RequestKind::Retire, "retire" },
    { RequestKind::Destroy, "destroy" },
    { RequestKind::ExportPrivate, "export-private" },
    { RequestKind::OfficerAdd, "officer-add" },
    { RequestKind::OfficerRemove, "officer-remove" },
    { RequestKind::RoleChange, "role-change" },
    { RequestKind::PolicyChange, "policy-change" },
} };

constexpr std::array<std::pair<RequestState, const char*>, 6> kStateNames { {
    { RequestState::Pending, "pending" },
    { RequestState::Approved, "approved" },
    { RequestState::Rejected, "rejected" },
    { RequestState::Cancelled, "cancelled" },
    { RequestState::Expired, "expired" },
    { RequestState::Executed, "executed" },
} };

QJsonValue requestTimeOrNull(const QDateTime& at)
{
    return at.isValid() ? QJsonValue(KeyStore::formatTime(at)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QString requestKindName(RequestKind kind)
{
    for (const auto& [k, name] : kKindNames) {
        if (k == kind)
            return QString::fromLatin1(name);
    }
    return QString();
}

std::optional<RequestKind> requestKindFromName(const QString& name)
{
    for (const auto& [k, text] : kKindNames) {
        if (name == QLatin1String(text))
            return k;
    }
    return std::nullopt;
}

QList<RequestKind> allRequestKinds()
{
    QList<RequestKind> kinds;
    for (const auto& entry : kKindNames)
        kinds.append(entry.first);
    return kinds;
}

QString requestKindTitle(RequestKind kind)
{
    switch (kind) {
    case RequestKind::Rotate:
        return Tr::tr("Rotation");
    case RequestKind::Retire:
        return Tr::tr("Retirement");
    case RequestKind::Destroy:
        return Tr::tr("Destruction");
    case RequestKind::ExportPrivate:
        return Tr::tr("Private key export");
    case RequestKind::OfficerAdd:
        return Tr::tr("Officer addition");
    case RequestKind::OfficerRemove:
        return Tr::tr("Officer removal");
    case RequestKind::RoleChange:
        return Tr::tr("Role change");
    case RequestKind::PolicyChange:
        return Tr::tr("Policy change");
    }
    return QString();
}

QString requestStateName(RequestState state)
{
    for (const auto& [s, name] : kStateNames) {
        if (s == state)
            return QString::fromLatin1(name);
    }
    return QString();
}

std::optional<RequestState> requestStateFromName(const QString& name)
{
    for (const auto& [s, text] : kStateNames) {
        if (name == QLatin1String(text))
            return s;
    }
    return std::nullopt;
}

bool isFinalRequestState(RequestState state)
{
    return state == RequestState::Rejected || state == RequestState::Cancelled || state == RequestState::Expired
        || state == RequestState::Executed;
}

int Request::approvalCount() const
{
    return int(std::count_if(decisions.cbegin(), decisions.cend(),
                             [](const RequestDecision& d) { return d.verdict == RequestDecision::Verdict::Approve; }));
}

bool Request::hasDecisionBy(const QString& officer) const
{
    return std::any_of(decisions.cbegin(), decisions.cend(), [&](const RequestDecision& d) { return d.officer == officer; });
}

bool Request::isOverdue(const QDateTime& now) const
{
    return state == RequestState::Pending && expiresAt.isValid() && now >= expiresAt;
}

QString Request::auditSubject(qint64 id)
{
    return QStringLiteral("request-%1").arg(id);
}

QJsonObject Request::toJson() const
{
    QJsonArray approvals;
    QJsonArray rejections;
    for (const RequestDecision& decision : decisions) {
        QJsonObject entry { { QStringLiteral("officer"), decision.officer },
                            { QStringLiteral("at"), KeyStore::formatTime(decision.at) },
                            { QStringLiteral("jws"), QString::fromLatin1(decision.jws) },
                            { QStringLiteral("officerJwk"), decision.officerJwk } };
        if (decision.verdict == RequestDecision::Verdict::Approve) {
            approvals.append(entry);
        } else {
            entry.insert(QStringLiteral("why"), decision.why);
            rejections.append(entry);
        }
    }
    return QJsonObject {
        { QStringLiteral("id"), id },
        { QStringLiteral("kind"), requestKindName(kind) },
        { QStringLiteral("title"), requestKindTitle(kind) },
        { QStringLiteral("state"), requestStateName(state) },
        { QStringLiteral("subject"), subject },
        { QStringLiteral("keySet"), keySet },
        { QStringLiteral("requester"), requester },
        { QStringLiteral("reason"), reason },
        { QStringLiteral("effect"), effect },
        { QStringLiteral("createdAt"), requestTimeOrNull(createdAt) },
        { QStringLiteral("expiresAt"), requestTimeOrNull(expiresAt) },
        { QStringLiteral("requiredApprovals"), requiredApprovals },
        { QStringLiteral("approvals"), approvals },
        { QStringLiteral("rejections"), rejections },
        { QStringLiteral("scheduledFor"), requestTimeOrNull(scheduledFor) },
        { QStringLiteral("executedAt"), requestTimeOrNull(executedAt) },
        { QStringLiteral("executionError"), executionError.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                     : QJsonValue(executionError) },
        { QStringLiteral("outcome"), outcome },
    };
}

} // namespace keyward::core
