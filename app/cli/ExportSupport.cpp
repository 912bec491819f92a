// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportSupport.h"

#include "CliContext.h"
#include "TerminalText.h"

#include "AuditReportRenderer.h"

#include <QGuiApplication>

#include <QJsonArray>

namespace keyward::cli {

using namespace keyward::core;

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(keyward::cli::ExportSupport)
};
} // namespace

QJsonObject exportedFilesJson(const QString& dir, const QList<ExportedFile>& files)
{
    QJsonArray array;
    for (const ExportedFile& file : files)
        array.append(QJsonObject { { QStringLiteral("name"), file.name },
                                   { QStringLiteral("sha256"), QString::fromLatin1(file.sha256Hex) },
                                   { QStringLiteral("size"), file.size } });
    return QJsonObject { { QStringLiteral("dir"), dir }, { QStringLiteral("files"), array } };
}

void printExportedFiles(CliContext& context, const QList<ExportedFile>& files)
{
    if (context.json())
        return;
    // sha256sum's own format, so `sha256sum -c` can read these lines.
    for (const ExportedFile& file : files)
        context.print(QStringLiteral("%1  %2").arg(QString::fromLatin1(file.sha256Hex), TerminalText::escape(file.name)));
}

AuditExport::ReportRenderer reportRenderer()
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return {};
    return [](const AuditReportData& data) { return report::renderAuditReport(data); };
}

int reportVerification(CliContext& context, const EvidenceReport& report, const QString& subject)
{
    if (context.json()) {
        QJsonArray checks;
        for (const EvidenceCheck& check : report.checks)
            checks.append(QJsonObject { { QStringLiteral("check"), check.what },
                                        { QStringLiteral("passed"), check.passed },
                                        { QStringLiteral("detail"), check.detail } });
        QJsonObject object { { QStringLiteral("ok"), report.ok() },
                             { QStringLiteral("checks"), checks },
                             { QStringLiteral("warnings"), QJsonArray::fromStringList(report.warnings) } };
        if (!report.ok())
            object.insert(QStringLiteral("problem"), report.firstFailure);
        context.printJson(object);
    } else {
        for (const EvidenceCheck& check : report.checks)
            context.message((check.passed ? QStringLiteral("  ok    ") : QStringLiteral("  FAIL  ")) + TerminalText::escape(check.what)
                            + (check.detail.isEmpty() ? QString() : QStringLiteral(": ") + TerminalText::escape(check.detail)));
    }
    for (const QString& warning : report.warnings)
        context.message(Tr::tr("Warning: %1").arg(TerminalText::escape(warning)));
    if (!report.ok()) {
        context.message(Tr::tr("%1 does NOT verify: %2").arg(subject, TerminalText::escape(report.firstFailure)));
        return ExitIntegrity;
    }
    context.message(Tr::tr("%1 verifies.").arg(subject));
    return ExitOk;
}

} // namespace keyward::cli
