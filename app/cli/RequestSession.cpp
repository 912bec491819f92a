// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequestSession.h"

#include "KeyCommands.h"
#include "TerminalText.h"

#include "keys/KeyInventory.h"
#include "keys/ReviewStore.h"
#include "vault/Vault.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace keyward::cli {

using namespace keyward::core;

std::unique_ptr<RequestSession> RequestSession::open(CliContext& context, int& exitCode, bool forDecision)
{
    std::unique_ptr<RequestSession> session(new RequestSession);
    SecureBytes passphrase;
    session->m_vault = openVaultForKeys(context, exitCode, forDecision ? &passphrase : nullptr);
    if (!session->m_vault)
        return nullptr;
    if (forDecision) {
        Result<OfficerCredential> credential = session->m_vault->authenticateOfficer(session->officer(), passphrase);
        if (!credential.ok()) {
            exitCode = context.fail(credential.error());
            return nullptr;
        }
        session->m_credential.emplace(std::move(credential).value());
    }
    session->m_keys = std::make_unique<VaultKeyProvider>(session->m_vault->database());
    session->m_executors = RequestExecutors::standard();
    session->m_engine = std::make_unique<RequestEngine>(*session->m_vault, *session->m_keys, session->m_executors);
    return session;
}

std::unique_ptr<RequestSession> RequestSession::openFor(CliContext& context, const QString& idText, qint64& id,
                                                        int& exitCode, bool forDecision)
{
    const std::optional<qint64> parsed = parseId(context, idText, QStringLiteral("request list"), exitCode);
    if (!parsed)
        return nullptr;
    id = *parsed;
    return open(context, exitCode, forDecision);
}

std::optional<qint64> parseId(CliContext& context, const QString& text, const QString& listCommand, int& exitCode)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0) {
        exitCode = context.usageError(
            RequestSession::tr("\"%1\" is not an id: a positive number, as '%2' shows.").arg(text, listCommand));
        return std::nullopt;
    }
    return id;
}

bool requireReason(CliContext& context, QString& reason, int& exitCode)
{
    reason = context.optionValue(QStringLiteral("reason"));
    if (!reason.trimmed().isEmpty())
        return true;
    exitCode = context.usageError(RequestSession::tr("--reason TEXT is required: the approver reads why."));
    return false;
}

bool applyLifetime(CliContext& context, RequestDraft& draft, int& exitCode)
{
    if (!context.hasOption(QStringLiteral("lifetime")))
        return true;
    const std::optional<qint64> secs = KeyInventory::parseDuration(context.optionValue(QStringLiteral("lifetime")));
    if (!secs) {
        exitCode = context.usageError(RequestSession::tr("--lifetime takes a duration such as 72h or 7d."));
        return false;
    }
    draft.lifetimeSecs = *secs;
    return true;
}

int submitRequest(CliContext& context, RequestSession& session, Result<RequestDraft> draft)
{
    if (!draft.ok())
        return context.fail(draft.error());
    Result<Request> submitted = session.engine().submit(std::move(draft).value());
    if (!submitted.ok())
        return context.fail(submitted.error());
    showRequest(context, *submitted);
    context.message(RequestSession::tr("Submitted request %1 (%2). Another officer with the approver role approves "
                                       "it with 'keyward-cli request approve %1' before %3.")
                        .arg(submitted->id)
                        .arg(requestKindTitle(submitted->kind), KeyInventory::formatDateTime(submitted->expiresAt)));
    return ExitOk;
}

namespace {

QString roleList(const QJsonValue& value)
{
    QStringList names;
    for (const QJsonValue& role : value.toArray())
        names.append(role.toString());
    return names.isEmpty() ? RequestSession::tr("no roles") : names.join(QStringLiteral(", "));
}

QString durationText(qint64 secs)
{
    if (secs % 86400 == 0)
        return RequestSession::tr("%n day(s)", nullptr, int(secs / 86400));
    if (secs % 3600 == 0)
        return RequestSession::tr("%n hour(s)", nullptr, int(secs / 3600));
    return RequestSession::tr("%n minute(s)", nullptr, int(secs / 60));
}

QString rotationEffect(const QJsonObject& effect)
{
    const QString kid = effect.value(QStringLiteral("kid")).toString();
    const QJsonObject successor = effect.value(QStringLiteral("successor")).toObject();
    QString text;
    if (successor.value(QStringLiteral("prePublished")).toBool()) {
        text = RequestSession::tr("the pre-published key %1 becomes primary in place of %2")
                   .arg(successor.value(QStringLiteral("kid")).toString(), kid);
    } else {
        const QString newKid = successor.value(QStringLiteral("kid")).toString();
        const QString algAndSize = QStringList { successor.value(QStringLiteral("alg")).toString(),
                                                 successor.value(QStringLiteral("size")).toString() }
                                       .join(QLatin1Char(' '))
                                       .trimmed();
        text = RequestSession::tr("a new %1 key%2 owned by %3 (%4, expires %5) becomes primary in place of %6")
                   .arg(algAndSize,
                        newKid.isEmpty() ? QString() : QStringLiteral(" \"%1\"").arg(newKid),
                        successor.value(QStringLiteral("owner")).toString(),
                        successor.value(QStringLiteral("environment")).toString(),
                        successor.value(QStringLiteral("expiresAt")).toString().isEmpty()
                            ? RequestSession::tr("after the set's cryptoperiod")
                            : successor.value(QStringLiteral("expiresAt")).toString(),
                        kid);
        if (successor.value(QStringLiteral("sameAsPredecessor")).toBool())
            text += RequestSession::tr(" (same parameters as the predecessor)");
    }
    const qint64 overlap = effect.value(QStringLiteral("overlapSecs")).toInteger();
    if (effect.value(QStringLiteral("predecessorRevoked")).toBool()) // no primary since its revocation
        text += RequestSession::tr("; %1 was revoked and stays revoked, with no overlap").arg(kid);
    else
        text += overlap > 0 ? RequestSession::tr("; %1 goes to grace for %2").arg(kid, durationText(overlap))
                        : RequestSession::tr("; %1 goes to grace for the overlap the retirement gate computes").arg(kid);
    return text + RequestSession::tr(" (%1 rotation)").arg(effect.value(QStringLiteral("reasonCategory")).toString());
}

QString policyEffect(const QJsonObject& effect)
{
    const QJsonObject before = effect.value(QStringLiteral("before")).toObject();
    const QJsonObject after = effect.value(QStringLiteral("after")).toObject();
    QStringList changes;
    for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
        if (before.value(it.key()) != it.value())
            changes.append(QStringLiteral("%1 %2 → %3")
                               .arg(it.key(), before.value(it.key()).toVariant().toString(), it.value().toVariant().toString()));
    }
    return RequestSession::tr("key set %1 policy: %2")
        .arg(effect.value(QStringLiteral("keySet")).toString(),
             changes.isEmpty() ? RequestSession::tr("no change") : changes.join(QStringLiteral(", ")));
}

QString decisionLine(const RequestDecision& decision)
{
    if (decision.verdict == RequestDecision::Verdict::Approve)
        return RequestSession::tr("approved by %1 at %2").arg(decision.officer, KeyInventory::formatDateTime(decision.at));
    return RequestSession::tr("rejected by %1 at %2: %3")
        .arg(decision.officer, KeyInventory::formatDateTime(decision.at), decision.why);
}

} // namespace

QString describeEffect(const Request& request)
{
    const QJsonObject& effect = request.effect;
    const QString kid = effect.value(QStringLiteral("kid")).toString(request.subject);
    switch (request.kind) {
    case RequestKind::Rotate: return rotationEffect(effect);
    case RequestKind::Retire:
        return RequestSession::tr("%1 (%2) leaves service: retired once the retirement gate allows it")
            .arg(kid, effect.value(QStringLiteral("state")).toString());
    case RequestKind::Destroy:
        return RequestSession::tr("the private material of %1 is erased (crypto-shred) %2 after approval, unless "
                                  "cancelled before; copies and backups of the vault made before still hold it")
            .arg(kid, durationText(effect.value(QStringLiteral("waitSecs")).toInteger()));
    case RequestKind::ExportPrivate: {
        const QString format = effect.value(QStringLiteral("format")).toString();
        if (format == QLatin1String("jwe"))
            return RequestSession::tr("the requester may export the private key of %1 once, as a JWE-wrapped JWK for "
                                      "the recipient key %2")
                .arg(kid, effect.value(QStringLiteral("recipientThumbprint")).toString());
        return RequestSession::tr("the requester may export the private key of %1 once, as passphrase-encrypted "
                                  "PKCS#8")
            .arg(kid);
    }
    case RequestKind::OfficerAdd:
        return RequestSession::tr("officer %1 joins with %2")
            .arg(effect.value(QStringLiteral("officer")).toString(request.subject), roleList(effect.value(QStringLiteral("roles"))));
    case RequestKind::OfficerRemove:
        return RequestSession::tr("officer %1 (%2) is removed and the vault re-keyed; a review of their keys opens")
            .arg(effect.value(QStringLiteral("officer")).toString(request.subject), roleList(effect.value(QStringLiteral("roles"))));
    case RequestKind::RoleChange:
        return RequestSession::tr("officer %1: roles %2 → %3")
            .arg(effect.value(QStringLiteral("officer")).toString(request.subject), roleList(effect.value(QStringLiteral("before"))),
                 roleList(effect.value(QStringLiteral("after"))));
    case RequestKind::PolicyChange: return policyEffect(effect);
    }
    return QString();
}

void printRequest(CliContext& context, const Request& request)
{
    // Each value is one line (escaped whole); only the reason may span lines, indented under
    // its label, so no text from the vault can start a line that looks like Keyward's own.
    const auto line = [&](const QString& label, const QString& value) {
        context.print(QStringLiteral("%1: %2").arg(label, TerminalText::escape(value)));
    };
    const auto lines = [&](const QString& label, const QString& value) {
        context.print(QStringLiteral("%1: %2").arg(label, TerminalText::escapeLines(value, int(label.size()) + 2)));
    };
    context.print(RequestSession::tr("Request %1: %2 of %3%4")
                      .arg(request.id)
                      .arg(requestKindTitle(request.kind), TerminalText::escape(request.subject),
                           request.keySet.isEmpty() || request.keySet == request.subject
                               ? QString()
                               : RequestSession::tr(" in %1").arg(TerminalText::escape(request.keySet))));
    line(RequestSession::tr("state"), requestStateName(request.state));
    line(RequestSession::tr("requester"), request.requester);
    lines(RequestSession::tr("reason"), request.reason);
    line(RequestSession::tr("effect"), describeEffect(request));
    line(RequestSession::tr("created"), KeyInventory::formatDateTime(request.createdAt));
    line(RequestSession::tr("expires"), KeyInventory::formatDateTime(request.expiresAt));
    line(RequestSession::tr("approvals"),
         RequestSession::tr("%1 of %2").arg(request.approvalCount()).arg(request.requiredApprovals));
    for (const RequestDecision& decision : request.decisions)
        line(RequestSession::tr("decision"), decisionLine(decision));
    if (request.scheduledFor.isValid())
        line(RequestSession::tr("scheduled for"), KeyInventory::formatDateTime(request.scheduledFor));
    if (request.executedAt.isValid())
        line(RequestSession::tr("executed"), KeyInventory::formatDateTime(request.executedAt));
    if (!request.executionError.isEmpty())
        line(RequestSession::tr("execution failed"), request.executionError);
    if (!request.outcome.isEmpty())
        line(RequestSession::tr("outcome"), QString::fromUtf8(QJsonDocument(request.outcome).toJson(QJsonDocument::Compact)));
}

void noteOpenReviews(CliContext& context, Vault& vault, const QString& subject)
{
    Result<QList<Review>> open = ReviewStore(vault.database()).openReviews();
    if (!open.ok())
        return;
    QStringList ids;
    for (const Review& review : std::as_const(*open)) {
        if (subject.isEmpty() || review.subject == subject)
            ids.append(QString::number(review.id));
    }
    if (ids.isEmpty())
        return;
    context.message(RequestSession::tr("warning: for %n act(s) taken alone, a second officer's countersign (review %1) is awaited; "
                                       "see 'keyward-cli review list --open'.",
                                       nullptr, int(ids.size()))
                        .arg(ids.join(QStringLiteral(", "))));
}

void showRequest(CliContext& context, const Request& request)
{
    if (context.json())
        context.printJson(request.toJson());
    else
        printRequest(context, request);
}

} // namespace keyward::cli
