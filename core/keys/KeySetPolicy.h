// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

namespace keyward::core {

// Per key set policy (SPEC §3). Durations are in seconds so tests and the CLI share one unit.
struct KeySetPolicy {
    static constexpr qint64 kDay = 24 * 3600;

    qint64 cryptoperiodSecs = 90 * kDay;
    qint64 warnFirstSecs = 30 * kDay; // first expiry warning window
    qint64 warnFinalSecs = 7 * kDay; // final expiry warning window
    qint64 maxTokenTtlSecs = 3600;
    qint64 clockSkewSecs = 300;
    qint64 minOverlapSecs = 7 * kDay;
    QString defaultEnvironment = QStringLiteral("prod");

    bool operator==(const KeySetPolicy&) const = default;
};

struct KeySet {
    QString name; // e.g. "payments-api"
    KeySetPolicy policy;
    QString bundleSigningKid; // signs the set's JWKS bundle (exports issue)
};

} // namespace keyward::core
