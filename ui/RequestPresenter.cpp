// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequestPresenter.h"

#include "widgets/ThemeColours.h"

#include "jose/Jwk.h"
#include "keys/KeyInventory.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTableWidget>

#include <algorithm>

namespace keyward::ui {

namespace {

QString rolesText(const QJsonValue& value)
{
    QStringList names;
    for (const QJsonValue& role : value.toArray())
        names << role.toString();
    return names.isEmpty() ? RequestPresenter::tr("none") : names.join(QStringLiteral(", "));
}

QString orDash(const QString& text)
{
    return text.isEmpty() ? RequestPresenter::tr("—") : text;
}

QString timeText(const QString& iso)
{
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODate);
    return at.isValid() ? RequestPresenter::dateTime(at) : orDash(iso);
}

QString reasonCategoryText(const QString& category)
{
    if (category == QLatin1String("scheduled"))
        return RequestPresenter::tr("scheduled");
    if (category == QLatin1String("incident"))
        return RequestPresenter::tr("incident");
    if (category == QLatin1String("offboarding"))
        return RequestPresenter::tr("offboarding");
    if (category == QLatin1String("expiry"))
        return RequestPresenter::tr("expiry");
    return category;
}

QString subjectOf(const core::Request& request, const char* member)
{
    const QString fromEffect = request.effect.value(QLatin1String(member)).toString();
    return fromEffect.isEmpty() ? request.subject : fromEffect;
}

QString setOf(const core::Request& request)
{
    return request.keySet.isEmpty() ? request.effect.value(QStringLiteral("keySet")).toString()
                                    : request.keySet;
}

void rotationRows(const core::Request& r, QList<EffectRow>& rows)
{
    const QString kid = subjectOf(r, "kid");
    const QString use = r.effect.value(QStringLiteral("use")).toString();
    const QJsonObject successor = r.effect.value(QStringLiteral("successor")).toObject();
    const qint64 overlap = r.effect.value(QStringLiteral("overlapSecs")).toInteger();
    const bool prePublished = successor.value(QStringLiteral("prePublished")).toBool();
    const QString successorKid = successor.value(QStringLiteral("kid")).toString();
    QString newPrimary;
    if (prePublished)
        newPrimary = RequestPresenter::tr("%1 (pre-published)").arg(successorKid);
    else if (!successorKid.isEmpty())
        newPrimary = RequestPresenter::tr("%1 (generated at approval)").arg(successorKid);
    else
        newPrimary = RequestPresenter::tr("a new key generated at approval (kid: its RFC 7638 thumbprint)");
    // After a revocation the set has no primary: the request names the revoked key, which stays revoked.
    if (r.effect.value(QStringLiteral("predecessorRevoked")).toBool()) {
        rows << EffectRow { RequestPresenter::tr("Primary %1 key of %2").arg(orDash(use), setOf(r)),
            RequestPresenter::tr("none (%1 was revoked)").arg(kid), newPrimary };
        rows << EffectRow { RequestPresenter::tr("State of %1").arg(kid), RequestPresenter::tr("revoked"),
            RequestPresenter::tr("revoked (unchanged; no overlap)") };
    } else {
        rows << EffectRow { RequestPresenter::tr("Primary %1 key of %2").arg(orDash(use), setOf(r)), kid,
            newPrimary };
        rows << EffectRow { RequestPresenter::tr("State of %1").arg(kid), RequestPresenter::tr("active, primary"),
            overlap > 0 ? RequestPresenter::tr("grace; retirable after an overlap of %1")
                              .arg(RequestPresenter::duration(overlap))
                        : RequestPresenter::tr("grace; retirable once the overlap has passed") };
    }
    if (!prePublished) {
        const bool same = successor.value(QStringLiteral("sameAsPredecessor")).toBool();
        const QString alg = successor.value(QStringLiteral("alg")).toString();
        const QString size = successor.value(QStringLiteral("size")).toString();
        const QString params = alg.isEmpty()
            ? RequestPresenter::tr("the predecessor's")
            : (size.isEmpty() ? alg : RequestPresenter::tr("%1, %2").arg(alg, size));
        rows << EffectRow { RequestPresenter::tr("New key's algorithm"), RequestPresenter::tr("—"),
            same ? RequestPresenter::tr("%1 (same as the predecessor)").arg(params) : params };
        const QString owner = successor.value(QStringLiteral("owner")).toString();
        const QString env = successor.value(QStringLiteral("environment")).toString();
        if (!owner.isEmpty() || !env.isEmpty())
            rows << EffectRow { RequestPresenter::tr("New key's owner / environment"),
                RequestPresenter::tr("—"), RequestPresenter::tr("%1 / %2").arg(orDash(owner), orDash(env)) };
        const QString expires = successor.value(QStringLiteral("expiresAt")).toString();
        rows << EffectRow { RequestPresenter::tr("New key expires"), RequestPresenter::tr("—"),
            expires.isEmpty() ? RequestPresenter::tr("after the key set's cryptoperiod")
                              : timeText(expires) };
    }
    const QString category = r.effect.value(QStringLiteral("reasonCategory")).toString();
    if (!category.isEmpty())
        rows << EffectRow { RequestPresenter::tr("Reason category"), QString(), reasonCategoryText(category),
            false };
}

void policyRows(const core::Request& r, QList<EffectRow>& rows)
{
    const QJsonObject before = r.effect.value(QStringLiteral("before")).toObject();
    const QJsonObject after = r.effect.value(QStringLiteral("after")).toObject();
    struct Member {
        const char* name;
        QString label;
        bool isDuration;
    };
    const QList<Member> members {
        { "cryptoperiodSecs", RequestPresenter::tr("Cryptoperiod"), true },
        { "warnFirstSecs", RequestPresenter::tr("First expiry warning"), true },
        { "warnFinalSecs", RequestPresenter::tr("Final expiry warning"), true },
        { "maxTokenTtlSecs", RequestPresenter::tr("Longest token TTL"), true },
        { "clockSkewSecs", RequestPresenter::tr("Clock skew"), true },
        { "minOverlapSecs", RequestPresenter::tr("Minimum overlap"), true },
        { "defaultEnvironment", RequestPresenter::tr("Default environment"), false },
        { "bundleSigningKid", RequestPresenter::tr("Bundle signing key"), false },
    };
    const auto text = [](const QJsonObject& policy, const Member& member) {
        const QJsonValue value = policy.value(QLatin1String(member.name));
        if (value.isUndefined() || value.isNull())
            return RequestPresenter::tr("—");
        return member.isDuration ? RequestPresenter::duration(value.toInteger()) : orDash(value.toString());
    };
    for (const Member& member : members) {
        const QString was = text(before, member);
        const QString will = text(after, member);
        rows << EffectRow { member.label, was, will, was != will };
    }
}

} // namespace

QString RequestPresenter::summary(const core::Request& r)
{
    const QString set = setOf(r);
    switch (r.kind) {
    case core::RequestKind::Rotate: {
        const QString category = r.effect.value(QStringLiteral("reasonCategory")).toString();
        return category.isEmpty()
            ? tr("Rotate %1 in %2").arg(subjectOf(r, "kid"), set)
            : tr("Rotate %1 in %2 (%3)").arg(subjectOf(r, "kid"), set, reasonCategoryText(category));
    }
    case core::RequestKind::Retire:
        return tr("Retire %1 in %2").arg(subjectOf(r, "kid"), set);
    case core::RequestKind::Destroy:
        return tr("Destroy the private material of %1 in %2").arg(subjectOf(r, "kid"), set);
    case core::RequestKind::ExportPrivate:
        return tr("Export the private key of %1 in %2 (%3)")
            .arg(subjectOf(r, "kid"), set, r.effect.value(QStringLiteral("format")).toString());
    case core::RequestKind::OfficerAdd:
        return tr("Add officer %1 (%2)")
            .arg(subjectOf(r, "officer"), rolesText(r.effect.value(QStringLiteral("roles"))));
    case core::RequestKind::OfficerRemove:
        return tr("Remove officer %1").arg(subjectOf(r, "officer"));
    case core::RequestKind::RoleChange:
        return tr("Change the roles of %1 to %2")
            .arg(subjectOf(r, "officer"), rolesText(r.effect.value(QStringLiteral("after"))));
    case core::RequestKind::PolicyChange:
        return tr("Change the policy of key set %1").arg(r.subject.isEmpty() ? set : r.subject);
    }
    return core::requestKindTitle(r.kind);
}

QList<EffectRow> RequestPresenter::effectRows(const core::Request& r)
{
    QList<EffectRow> rows;
    const QString kid = subjectOf(r, "kid");
    const QString officer = subjectOf(r, "officer");
    switch (r.kind) {
    case core::RequestKind::Rotate:
        rotationRows(r, rows);
        break;
    case core::RequestKind::Retire:
        rows << EffectRow { tr("State of %1").arg(kid),
            orDash(r.effect.value(QStringLiteral("state")).toString()), tr("retired") };
        rows << EffectRow { tr("In the JWKS of %1").arg(setOf(r)), tr("published"), tr("removed") };
        break;
    case core::RequestKind::Destroy: {
        const qint64 wait = r.effect.value(QStringLiteral("waitSecs")).toInteger();
        rows << EffectRow { tr("Private material of %1").arg(kid), tr("held in the vault"),
            tr("erased (crypto-shred) %1 after approval; any officer may cancel until then")
                .arg(duration(wait)) };
        rows << EffectRow { tr("State of %1").arg(kid), tr("as now"), tr("destroyed") };
        // What the approver signs away: the samples the crypto-shred names (SPEC §6).
        if (const QJsonArray shred = r.effect.value(QStringLiteral("shredSamples")).toArray(); !shred.isEmpty()) {
            QStringList digests;
            for (const QJsonValue& v : shred)
                digests << v.toString().left(12);
            rows << EffectRow { tr("Archived samples only %1 decrypts").arg(kid), tr("%n readable", nullptr, int(shred.size())),
                tr("unreadable for good (crypto-shred), SHA-256 %1").arg(digests.join(QStringLiteral(", "))) };
        }
        rows << EffectRow { tr("Copies and backups of the vault"), tr("hold the private material"),
            tr("still hold it: only this vault is wiped") };
        break;
    }
    case core::RequestKind::ExportPrivate: {
        const QString format = r.effect.value(QStringLiteral("format")).toString();
        const QString after = format == QLatin1String("jwe")
            ? tr("also in a JWE-wrapped JWK for the key %1")
                  .arg(r.effect.value(QStringLiteral("recipientThumbprint")).toString())
            : tr("also in a passphrase-encrypted PKCS#8 file the requester writes");
        rows << EffectRow { tr("Private key of %1").arg(kid), tr("only in the vault"), after };
        break;
    }
    case core::RequestKind::OfficerAdd: {
        rows << EffectRow { tr("Officer %1").arg(officer), tr("—"), tr("added") };
        rows << EffectRow { tr("Roles"), tr("—"), rolesText(r.effect.value(QStringLiteral("roles"))) };
        const auto jwk = core::Jwk::fromJson(r.effect.value(QStringLiteral("signingJwk")).toObject());
        if (jwk)
            rows << EffectRow { tr("Personal signing key"), tr("—"), jwk->thumbprintBase64Url() };
        break;
    }
    case core::RequestKind::OfficerRemove:
        rows << EffectRow { tr("Officer %1").arg(officer), rolesText(r.effect.value(QStringLiteral("roles"))),
            tr("removed; the vault is re-keyed without their keyslot") };
        rows << EffectRow { tr("Offboarding review"), tr("—"),
            tr("opens; a second officer countersigns it") };
        break;
    case core::RequestKind::RoleChange:
        rows << EffectRow { tr("Roles of %1").arg(officer),
            rolesText(r.effect.value(QStringLiteral("before"))),
            rolesText(r.effect.value(QStringLiteral("after"))) };
        break;
    case core::RequestKind::PolicyChange:
        policyRows(r, rows);
        break;
    }
    return rows;
}

QList<QPair<QString, QString>> RequestPresenter::outcomeRows(const core::Request& request)
{
    const QList<QPair<const char*, QString>> known {
        { "successorKid", tr("Successor") },
        { "successorVersion", tr("Successor version") },
        { "successorThumbprint", tr("Successor thumbprint") },
        { "successorGenerated", tr("Successor generated") },
        { "retireAfter", tr("Predecessor retires after") },
        { "overlapSecs", tr("Overlap") },
        { "overlapExplanation", tr("Why this overlap") },
    };
    QList<QPair<QString, QString>> rows;
    QJsonObject rest = request.outcome;
    const auto text = [](const QString& name, const QJsonValue& value) -> QString {
        if (name.endsWith(QLatin1String("Secs")) && value.isDouble())
            return duration(value.toInteger());
        if (value.isBool())
            return value.toBool() ? tr("yes") : tr("no");
        if (value.isDouble())
            return QString::number(value.toInteger());
        if (value.isString()) {
            const QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
            return at.isValid() && value.toString().size() >= 20 ? dateTime(at) : value.toString();
        }
        return QString::fromUtf8(value.isArray()
                ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    };
    for (const auto& [member, label] : known) {
        const QString name = QLatin1String(member);
        if (rest.contains(name))
            rows.append({ label, text(name, rest.take(name)) });
    }
    // Members a newer executor adds are still shown, under their own names.
    for (auto it = rest.constBegin(); it != rest.constEnd(); ++it)
        rows.append({ it.key(), text(it.key(), it.value()) });
    return rows;
}

void RequestPresenter::fillEffectTable(QTableWidget* table, const core::Request& request)
{
    const QList<EffectRow> rows = effectRows(request);
    table->clear();
    table->setColumnCount(3);
    table->setHorizontalHeaderLabels({ tr("What"), tr("Now"), tr("After approval") });
    table->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const EffectRow& row = rows.at(i);
        const QStringList texts { row.what, row.before, row.after };
        for (int column = 0; column < 3; ++column) {
            auto* item = new QTableWidgetItem(texts.at(column));
            item->setToolTip(texts.at(column));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            if (row.changes && column == 2) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            if (!row.changes)
                item->setForeground(theme::colour(theme::Tone::Muted));
            table->setItem(i, column, item);
        }
    }
    fitEffectTable(table);
}

void RequestPresenter::fitEffectTable(QTableWidget* table)
{
    // What and Now fit their words up to a third of the width each; After takes the rest.
    const int cap = std::max(110, table->viewport()->width() / 3);
    for (int column : { 0, 1 }) {
        table->resizeColumnToContents(column);
        table->setColumnWidth(column, std::min(table->columnWidth(column), cap));
    }
    table->resizeRowsToContents();
    int height = table->horizontalHeader()->height() + 2 * table->frameWidth();
    for (int row = 0; row < table->rowCount(); ++row)
        height += table->rowHeight(row);
    table->setFixedHeight(height);
}

QString RequestPresenter::stateText(core::RequestState state)
{
    switch (state) {
    case core::RequestState::Pending:
        return tr("Pending");
    case core::RequestState::Approved:
        return tr("Approved");
    case core::RequestState::Rejected:
        return tr("Rejected");
    case core::RequestState::Cancelled:
        return tr("Cancelled");
    case core::RequestState::Expired:
        return tr("Expired");
    case core::RequestState::Executed:
        return tr("Executed");
    }
    return {};
}

QColor RequestPresenter::stateColor(core::RequestState state)
{
    // State text in the theme's tones: readable on light, dark and high-contrast palettes.
    switch (state) {
    case core::RequestState::Pending:
        return theme::colour(theme::Tone::Warning);
    case core::RequestState::Approved:
        return theme::colour(theme::Tone::Info);
    case core::RequestState::Rejected:
        return theme::colour(theme::Tone::Danger);
    case core::RequestState::Cancelled:
    case core::RequestState::Expired:
        return theme::colour(theme::Tone::Muted);
    case core::RequestState::Executed:
        return theme::colour(theme::Tone::Success);
    }
    return {};
}

QString RequestPresenter::expiryText(const core::Request& request, const QDateTime& now)
{
    if (request.state != core::RequestState::Pending)
        return tr("Expiry %1").arg(dateTime(request.expiresAt));
    const qint64 left = now.secsTo(request.expiresAt);
    if (left <= 0)
        return tr("Expired %1 ago, at %2").arg(duration(-left), dateTime(request.expiresAt));
    return tr("Expires in %1, at %2").arg(duration(left), dateTime(request.expiresAt));
}

QString RequestPresenter::duration(qint64 secs)
{
    constexpr qint64 minute = 60;
    constexpr qint64 hour = 3600;
    constexpr qint64 day = 24 * hour;
    if (secs >= day) {
        const int days = int(secs / day);
        const int hours = int((secs % day) / hour);
        if (hours != 0)
            return tr("%1 d %2 h").arg(days).arg(hours);
        return days == 1 ? tr("1 day") : tr("%1 days").arg(days);
    }
    if (secs >= hour) {
        const int hours = int(secs / hour);
        const int minutes = int((secs % hour) / minute);
        if (minutes != 0)
            return tr("%1 h %2 min").arg(hours).arg(minutes);
        return hours == 1 ? tr("1 hour") : tr("%1 hours").arg(hours);
    }
    if (secs >= minute)
        return tr("%1 min").arg(secs / minute);
    return tr("%1 s").arg(std::max<qint64>(secs, 0));
}

QString RequestPresenter::dateTime(const QDateTime& at)
{
    return at.isValid() ? core::KeyInventory::formatDateTime(at) : tr("—");
}

} // namespace keyward::ui
