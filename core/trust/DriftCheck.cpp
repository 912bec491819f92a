// SPDX-License-Identifier: GPL-3.0-or-later
#include "DriftCheck.h"

#include "audit/AuditLog.h"
#include "jose/Jwk.h"
#include "keys/KeyStore.h"
#include "trust/WorkloadStore.h"
#include "vault/Vault.h"

#include <QEventLoop>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimer>

namespace keyward::core {

QJsonObject DriftReport::toJson() const
{
    QJsonArray list;
    for (const DriftFinding& f : findings)
        list.append(QJsonObject { { QStringLiteral("kind"), f.kind }, { QStringLiteral("kid"), f.kid },
            { QStringLiteral("message"), f.message } });
    return QJsonObject {
        { QStringLiteral("set"), keySet },
        { QStringLiteral("url"), url },
        { QStringLiteral("http_status"), httpStatus },
        { QStringLiteral("bytes"), bytes },
        { QStringLiteral("max_age_secs"), maxAgeSecs ? QJsonValue(*maxAgeSecs) : QJsonValue() },
        { QStringLiteral("served_kids"), QJsonArray::fromStringList(servedKids) },
        { QStringLiteral("findings"), list },
    };
}

namespace {

std::optional<qint64> maxAgeOf(const QByteArray& cacheControl)
{
    static const QRegularExpression pattern(QStringLiteral("(?:^|[,\\s])(?:s-)?max-age\\s*=\\s*\"?(\\d{1,12})"));
    const QRegularExpressionMatch match = pattern.match(QString::fromLatin1(cacheControl));
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).toLongLong();
}

bool isLoopback(const QUrl& url)
{
    const QString host = url.host();
    return host == QLatin1String("localhost") || host.startsWith(QLatin1String("127.")) || host == QLatin1String("::1");
}

// A kid read from the network goes into messages and the audit log: printable and short only.
QString safeKid(const QString& kid)
{
    QString out;
    for (const QChar c : kid.left(128))
        out.append(c.isPrint() && c.category() != QChar::Other_Format ? c : QChar(u'?'));
    return out;
}

} // namespace

Result<DriftCheck::Fetched> DriftCheck::fetch(const QUrl& url, const Options& options)
{
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return Error(ErrorCode::InvalidArgument, tr("\"%1\" is not an http or https URL.").arg(url.toString()));
    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    // System CAs are Qt's default; a redirect may never go from HTTPS to HTTP.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(options.maxRedirects);
    request.setTransferTimeout(options.connectTimeoutMs);
    request.setRawHeader("Accept", "application/jwk-set+json, application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Keyward drift check"));
    std::unique_ptr<QNetworkReply> reply(manager.get(request));
    QEventLoop loop;
    bool tooLarge = false;
    bool timedOut = false;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(reply.get(), &QNetworkReply::downloadProgress, &loop, [&](qint64 received, qint64 total) {
        if (received > options.maxBytes || total > options.maxBytes) {
            tooLarge = true;
            reply->abort();
        }
    });
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        reply->abort();
    });
    deadline.start(options.totalTimeoutMs);
    if (!reply->isFinished())
        loop.exec();
    if (tooLarge)
        return Error(ErrorCode::Refused, tr("%1 served more than %2 bytes; a JWKS is never that large.").arg(url.toString()).arg(options.maxBytes));
    if (timedOut)
        return Error(ErrorCode::Io, tr("%1 did not answer within %2 s.").arg(url.toString()).arg(options.totalTimeoutMs / 1000));
    if (reply->error() == QNetworkReply::TooManyRedirectsError)
        return Error(ErrorCode::Refused, tr("%1 redirected more than %2 times.").arg(url.toString()).arg(options.maxRedirects));
    if (reply->error() == QNetworkReply::InsecureRedirectError)
        return Error(ErrorCode::Refused, tr("%1 redirected from HTTPS to plain HTTP; refused.").arg(url.toString()));
    Fetched fetched;
    fetched.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError && fetched.httpStatus == 0)
        return Error(ErrorCode::Io, tr("Fetching %1 failed: %2").arg(url.toString(), reply->errorString()));
    fetched.body = reply->read(options.maxBytes + 1);
    if (fetched.body.size() > options.maxBytes)
        return Error(ErrorCode::Refused, tr("%1 served more than %2 bytes; a JWKS is never that large.").arg(url.toString()).arg(options.maxBytes));
    fetched.maxAgeSecs = maxAgeOf(reply->rawHeader("Cache-Control"));
    fetched.finalUrl = reply->url();
    return fetched;
}

qint64 DriftCheck::cacheLimitFor(const KeySetPolicy& policy, qint64 longestWorkloadCacheTtl)
{
    if (longestWorkloadCacheTtl > 0)
        return longestWorkloadCacheTtl;
    return std::max<qint64>(0, policy.minOverlapSecs - policy.maxTokenTtlSecs - policy.clockSkewSecs);
}

QList<DriftFinding> DriftCheck::compare(const QByteArray& body, const QList<KeyRecord>& setKeys,
                                        std::optional<qint64> maxAgeSecs, qint64 cacheLimitSecs)
{
    QList<DriftFinding> findings;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject() || !doc.object().value(QStringLiteral("keys")).isArray()) {
        findings.append(DriftFinding { QStringLiteral("malformed-jwks"), QString(),
            tr("The document served is not a JWKS (a JSON object with a \"keys\" array).") });
        return findings;
    }
    QHash<QString, const KeyRecord*> vaultKeys;
    for (const KeyRecord& key : setKeys)
        vaultKeys.insert(key.kid, &key);
    QHash<QString, int> served;
    static const char* privateMembers[] = { "d", "p", "q", "dp", "dq", "qi", "oth", "k" };
    const QJsonArray keys = doc.object().value(QStringLiteral("keys")).toArray();
    for (const QJsonValue& value : keys) {
        const QJsonObject jwk = value.toObject();
        const QString kid = safeKid(jwk.value(QStringLiteral("kid")).toString());
        if (++served[kid] == 2)
            findings.append(DriftFinding { QStringLiteral("duplicate-kid"), kid,
                tr("The kid \"%1\" is served more than once; verifiers may pick either key.").arg(kid) });
        QStringList exposed;
        for (const char* member : privateMembers) {
            if (jwk.contains(QLatin1String(member)))
                exposed.append(QString::fromLatin1(member));
        }
        if (!exposed.isEmpty())
            findings.append(DriftFinding { QStringLiteral("private-member"), kid,
                tr("The key \"%1\" is served with private key material (%2): treat it as compromised.")
                    .arg(kid, exposed.join(QStringLiteral(", "))) });
        const KeyRecord* key = vaultKeys.value(kid, nullptr);
        if (!key) {
            findings.append(DriftFinding { QStringLiteral("unknown-kid"), kid,
                tr("The kid \"%1\" is served but is not a key of this set in the vault.").arg(kid) });
            continue;
        }
        const auto stateFinding = [&](const char* kind, const QString& message) {
            findings.append(DriftFinding { QString::fromLatin1(kind), kid, message });
        };
        switch (key->state) {
        case KeyState::Revoked:
            stateFinding("revoked-kid-served", tr("The revoked kid \"%1\" is still served: tokens forged with it verify.").arg(kid));
            break;
        case KeyState::Retired:
            stateFinding("retired-kid-served", tr("The retired kid \"%1\" is still served.").arg(kid));
            break;
        case KeyState::Destroyed:
            stateFinding("destroyed-kid-served", tr("The destroyed kid \"%1\" is still served.").arg(kid));
            break;
        default:
            if (!KeyStateMachine::isPublished(key->state, key->use, true))
                stateFinding("unpublished-kid-served",
                    tr("The kid \"%1\" is served, but a %2 %3 key is not published.").arg(kid, keyStateName(key->state), keyUseName(key->use)));
            break;
        }
        if (exposed.isEmpty() && !key->thumbprint.isEmpty()) {
            Result<Jwk> parsed = Jwk::fromJson(jwk);
            if (parsed.ok() && parsed->thumbprintBase64Url() != key->thumbprint)
                findings.append(DriftFinding { QStringLiteral("key-mismatch"), kid,
                    tr("The key served as \"%1\" is not the vault's key with that kid.").arg(kid) });
        }
    }
    for (const KeyRecord& key : setKeys) {
        if (KeyStateMachine::isPublished(key.state, key.use) && !served.contains(key.kid))
            findings.append(DriftFinding { QStringLiteral("missing-kid"), key.kid,
                tr("The %1 kid \"%2\" should be published but is not served%3.")
                    .arg(keyStateName(key.state), key.kid, key.primary ? tr(" (it is the primary)") : QString()) });
    }
    if (maxAgeSecs && cacheLimitSecs > 0 && *maxAgeSecs > cacheLimitSecs)
        findings.append(DriftFinding { QStringLiteral("cache-lifetime"), QString(),
            tr("Cache-Control max-age %1 s is longer than the %2 s the trust map allows: caches would outlive the rotation overlap.")
                .arg(*maxAgeSecs)
                .arg(cacheLimitSecs) });
    return findings;
}

Result<DriftReport> DriftCheck::run(Vault& vault, const QString& keySet, const QUrl& url, const Options& options)
{
    const KeyStore store(vault.database());
    Result<std::optional<KeySet>> set = store.keySet(keySet);
    if (!set.ok())
        return set.error();
    if (!set->has_value())
        return Error(ErrorCode::NotFound, tr("No key set named %1 is in the vault.").arg(keySet));
    Result<Fetched> fetched = fetch(url, options);
    if (!fetched.ok())
        return fetched.error();
    // The vault's side is read after the fetch, so a rotation meanwhile is compared as it now is.
    Result<QList<KeyRecord>> keys = store.bySet(keySet, KeyStore::Detail::Summary);
    if (!keys.ok())
        return keys.error();
    Result<QList<Workload>> workloads = WorkloadStore(vault.database()).trusting(keySet, QString());
    if (!workloads.ok())
        return workloads.error();
    qint64 longestCache = 0;
    for (const Workload& w : std::as_const(*workloads))
        longestCache = std::max(longestCache, w.cacheTtlSecs);

    DriftReport report;
    report.keySet = keySet;
    report.url = url.toString();
    report.httpStatus = fetched->httpStatus;
    report.bytes = fetched->body.size();
    report.maxAgeSecs = fetched->maxAgeSecs;
    if (fetched->httpStatus != 200) {
        report.findings.append(DriftFinding { QStringLiteral("http-status"), QString(),
            tr("%1 answered HTTP %2 instead of 200.").arg(report.url).arg(fetched->httpStatus) });
    } else {
        report.findings = compare(fetched->body, *keys, fetched->maxAgeSecs, cacheLimitFor((*set)->policy, longestCache));
        const QJsonArray served = QJsonDocument::fromJson(fetched->body).object().value(QStringLiteral("keys")).toArray();
        for (const QJsonValue& v : served)
            report.servedKids.append(safeKid(v.toObject().value(QStringLiteral("kid")).toString()));
    }
    if (fetched->finalUrl.scheme() == QLatin1String("http") && !isLoopback(fetched->finalUrl))
        report.findings.append(DriftFinding { QStringLiteral("plain-http"), QString(),
            tr("The JWKS was served over plain HTTP: anyone on the path could replace it.") });

    QJsonObject details = report.toJson();
    details.remove(QStringLiteral("served_kids"));
    Result<AuditEvent> event = vault.audit().record(vault.currentOfficer().name, QStringLiteral("drift.checked"), keySet, details);
    if (!event.ok())
        return event.error();
    return report;
}

} // namespace keyward::core
