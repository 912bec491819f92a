// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Compares a live JWKS with what the vault intends to publish for a key set (SPEC §5 drift):
// a kid the vault publishes missing, a retired/revoked/destroyed or unpublished kid still served,
// an unknown kid, a duplicate kid, private members exposed, key material differing from the
// vault's, a cache lifetime longer than the trust map allows. Fetching is bounded (timeouts, a
// size cap, at most three redirects, never from HTTPS down to HTTP); the report is recorded as an
// audit event ("drift.checked").

#include "common/Result.h"
#include "keys/KeyRecord.h"
#include "keys/KeySetPolicy.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QUrl>

#include <optional>

namespace keyward::core {

class Vault;

struct DriftFinding {
    QString kind; // missing-kid, revoked-kid-served, retired-kid-served, destroyed-kid-served,
                  // unpublished-kid-served, unknown-kid, duplicate-kid, private-member,
                  // key-mismatch, cache-lifetime, malformed-jwks, http-status, plain-http
    QString kid; // empty when the finding is about the document
    QString message; // translated
};

struct DriftReport {
    QString keySet;
    QString url;
    int httpStatus = 0;
    qint64 bytes = 0;
    std::optional<qint64> maxAgeSecs; // Cache-Control max-age served
    QStringList servedKids;
    QList<DriftFinding> findings;

    QJsonObject toJson() const;
};

class DriftCheck {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::DriftCheck)
public:
    struct Options {
        int connectTimeoutMs = 10000; // no byte for this long: give up
        int totalTimeoutMs = 30000;
        qint64 maxBytes = 1024 * 1024;
        int maxRedirects = 3;
    };
    struct Fetched {
        int httpStatus = 0;
        QByteArray body;
        std::optional<qint64> maxAgeSecs;
        QUrl finalUrl;
    };

    // Blocking GET (runs a local event loop; needs a QCoreApplication). Errors for transport
    // problems: unreachable, TLS failure, timeout, too large, too many redirects.
    static Result<Fetched> fetch(const QUrl& url, const Options& options);

    // The comparison alone: served document vs the set's keys. `cacheLimitSecs`: the longest
    // cache lifetime the trust map allows for the set (0: no limit).
    static QList<DriftFinding> compare(const QByteArray& body, const QList<KeyRecord>& setKeys,
                                       std::optional<qint64> maxAgeSecs, qint64 cacheLimitSecs);

    // Fetch, compare and record the report as an audit event.
    static Result<DriftReport> run(Vault& vault, const QString& keySet, const QUrl& url, const Options& options);
    static Result<DriftReport> run(Vault& vault, const QString& keySet, const QUrl& url) { return run(vault, keySet, url, Options {}); }

    // How long a cache may hold the set's JWKS: the longest cache TTL a workload declares, else
    // what the set's minimum overlap leaves after the token TTL and skew.
    static qint64 cacheLimitFor(const KeySetPolicy& policy, qint64 longestWorkloadCacheTtl);
};

} // namespace keyward::core
