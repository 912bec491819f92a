// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequestEffects.h"

namespace keyward::core::effects {

QJsonObject policyToJson(const KeySet& set)
{
    return QJsonObject {
        { QStringLiteral("cryptoperiodSecs"), set.policy.cryptoperiodSecs },
        { QStringLiteral("warnFirstSecs"), set.policy.warnFirstSecs },
        { QStringLiteral("warnFinalSecs"), set.policy.warnFinalSecs },
        { QStringLiteral("maxTokenTtlSecs"), set.policy.maxTokenTtlSecs },
        { QStringLiteral("clockSkewSecs"), set.policy.clockSkewSecs },
        { QStringLiteral("minOverlapSecs"), set.policy.minOverlapSecs },
        { QStringLiteral("defaultEnvironment"), set.policy.defaultEnvironment },
        { QStringLiteral("bundleSigningKid"), set.bundleSigningKid },
    };
}

KeySet policyFromJson(const QString& name, const QJsonObject& json)
{
    // Missing members keep the defaults; the executor validates the result like any policy.
    KeySet set;
    set.name = name;
    const auto secs = [&json](const char* member, qint64 fallback) {
        const QJsonValue value = json.value(QLatin1String(member));
        return value.isDouble() ? qint64(value.toDouble()) : fallback;
    };
    KeySetPolicy& p = set.policy;
    p.cryptoperiodSecs = secs("cryptoperiodSecs", p.cryptoperiodSecs);
    p.warnFirstSecs = secs("warnFirstSecs", p.warnFirstSecs);
    p.warnFinalSecs = secs("warnFinalSecs", p.warnFinalSecs);
    p.maxTokenTtlSecs = secs("maxTokenTtlSecs", p.maxTokenTtlSecs);
    p.clockSkewSecs = secs("clockSkewSecs", p.clockSkewSecs);
    p.minOverlapSecs = secs("minOverlapSecs", p.minOverlapSecs);
    p.defaultEnvironment = json.value(QStringLiteral("defaultEnvironment")).toString(p.defaultEnvironment);
    set.bundleSigningKid = json.value(QStringLiteral("bundleSigningKid")).toString();
    return set;
}

} // namespace keyward::core::effects
