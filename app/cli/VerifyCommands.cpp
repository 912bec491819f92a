// SPDX-License-Identifier: GPL-3.0-or-later
// `verify jwks DIR [--trusted-key JWK]` and `verify audit DIR [--since EARLIER] [--fingerprint FP]`
// (SPEC §7, §8): offline checks of an export folder; no vault is opened. Exit 4 on any finding.

#include "CliContext.h"
#include "Command.h"
#include "ExportSupport.h"

#include "evidence/AuditVerifier.h"
#include "evidence/EvidenceFiles.h"
#include "evidence/JwksVerifier.h"
#include "jose/StrictJson.h"

namespace keyward::cli {

using namespace keyward::core;

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(keyward::cli::VerifyCommands)
};

// --trusted-key: a JWK given inline or as a file name.
bool trustedKey(CliContext& context, QJsonObject& key, int& exitCode)
{
    const QString value = context.optionValue(QStringLiteral("trusted-key"));
    if (value.isEmpty())
        return true;
    QByteArray text = value.toUtf8();
    if (!value.trimmed().startsWith(QLatin1Char('{'))) {
        Result<QByteArray> file = EvidenceFiles::read(value, 1024 * 1024);
        if (!file.ok()) {
            exitCode = context.usageError(file.message());
            return false;
        }
        text = *file;
    }
    Result<QJsonObject> object = strictjson::parseObject(text);
    if (!object.ok()) {
        exitCode = context.usageError(Tr::tr("--trusted-key is not a JWK: %1").arg(object.message()));
        return false;
    }
    key = *object;
    return true;
}

int runVerifyJwks(CliContext& context, const QStringList& args)
{
    QJsonObject key;
    int exitCode = ExitOk;
    if (!trustedKey(context, key, exitCode))
        return exitCode;
    const EvidenceReport report = JwksVerifier::verify(args.first(), key, context.clock().now());
    return reportVerification(context, report, Tr::tr("The JWKS bundle in %1").arg(args.first()));
}

int runVerifyAudit(CliContext& context, const QStringList& args)
{
    AuditVerifier::Options options;
    options.dir = args.first();
    options.sinceDir = context.optionValue(QStringLiteral("since"));
    options.fingerprint = context.optionValue(QStringLiteral("fingerprint"));
    const EvidenceReport report = AuditVerifier::verify(options);
    return reportVerification(context, report, Tr::tr("The audit export in %1").arg(args.first()));
}

} // namespace

QList<CommandSpec> verifyCommands()
{
    return {
        CommandSpec { { QStringLiteral("verify"), QStringLiteral("jwks") },
                      QStringLiteral("verify jwks DIR [--trusted-key JWK]"),
                      Tr::tr("Check a signed JWKS bundle folder offline (exit 4 when it does not verify)."),
                      { { QStringLiteral("trusted-key") } }, 1, 1, runVerifyJwks },
        CommandSpec { { QStringLiteral("verify"), QStringLiteral("audit") },
                      QStringLiteral("verify audit DIR [--since EARLIER_EXPORT] [--fingerprint FP]"),
                      Tr::tr("Check an audit export offline: roster, signatures, chain, Merkle tree, and growth since an earlier export (exit 4 when it does not verify)."),
                      { { QStringLiteral("since") }, { QStringLiteral("fingerprint") } }, 1, 1, runVerifyAudit },
    };
}

} // namespace keyward::cli
