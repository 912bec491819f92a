// SPDX-License-Identifier: GPL-3.0-or-later
// `samples import PATH...` and `samples test [--set S] [--kid K] [--folder F]` (SPEC §6, §8):
// archived JWE samples into the vault, and test-decrypt runs over them on every core, with
// progress on stderr and the SPEC §8 --json shape on stdout.

#include "Command.h"
#include "CliContext.h"
#include "KeyCommands.h"
#include "TerminalText.h"

#include "samples/SampleImporter.h"
#include "samples/SampleRewrap.h"
#include "samples/SampleTestRun.h"
#include "vault/Vault.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace keyward::cli {

using namespace keyward::core;
using namespace keyward::core::samples;

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(keyward::cli::SampleCommands)
};

// At most a few progress lines a second, so a 100,000-file import does not flood the terminal.
class ProgressLine {
public:
    explicit ProgressLine(CliContext& context) : m_context(context) { m_clock.start(); }
    void show(const QString& text, bool force = false)
    {
        if (!force && m_clock.elapsed() - m_last < 500)
            return;
        m_last = m_clock.elapsed();
        m_context.message(text);
    }

private:
    CliContext& m_context;
    QElapsedTimer m_clock;
    qint64 m_last = -1000;
};

int runImport(CliContext& context, const QStringList& paths)
{
    int exitCode = ExitOk;
    std::unique_ptr<Vault> vault = openVaultForKeys(context, exitCode);
    if (!vault)
        return exitCode;
    SampleImporter importer(*vault);
    ProgressLine progress(context);
    importer.setProgress([&](int done, int total) { progress.show(Tr::tr("Reading sample files: %1 of %2").arg(done).arg(total), done == total); });
    Result<SampleImportReport> report = importer.import(paths);
    if (!report.ok())
        return context.fail(report.error());
    QJsonArray problems;
    for (const SampleImportProblem& p : std::as_const(report->problems)) {
        problems.append(QJsonObject {{QStringLiteral("file"), p.path}, {QStringLiteral("reason"), p.reason}});
        context.message(Tr::tr("Skipped %1: %2").arg(TerminalText::escape(p.path), p.reason));
    }
    if (context.json()) {
        context.printJson(QJsonObject {
            {QStringLiteral("files"), report->files},
            {QStringLiteral("tokens"), report->tokens},
            {QStringLiteral("added"), report->added},
            {QStringLiteral("duplicates"), report->duplicates},
            {QStringLiteral("problems"), problems},
        });
    }
    context.message(Tr::tr("Imported %n new sample(s) from %1 file(s); %2 duplicate(s), %3 file(s) skipped.", nullptr, report->added)
                        .arg(report->files)
                        .arg(report->duplicates)
                        .arg(report->problems.size()));
    return ExitOk;
}

QJsonObject resultJson(const SampleRow& sample, const SampleOutcomeRow& o)
{
    QJsonObject r {
        {QStringLiteral("file"), sample.sourcePath},
        {QStringLiteral("kid"), o.kid},
        {QStringLiteral("alg"), o.alg},
        {QStringLiteral("enc"), o.enc},
        {QStringLiteral("outcome"), sampleOutcomeName(o.outcome)},
        {QStringLiteral("digest"), sample.digest},
    };
    if (sampleDecrypts(o.outcome)) {
        r.insert(QStringLiteral("plaintext_sha256"), o.plaintextSha256);
        r.insert(QStringLiteral("plaintext_length"), o.plaintextLength);
    } else {
        r.insert(QStringLiteral("detail"), o.detail);
    }
    return r;
}

SampleSelection selectionFrom(const CliContext& context)
{
    SampleSelection selection;
    selection.keySet = context.optionValue(QStringLiteral("set"));
    selection.kid = context.optionValue(QStringLiteral("kid"));
    const QString folder = context.optionValue(QStringLiteral("folder"));
    if (!folder.isEmpty())
        selection.folder = QFileInfo(folder).absoluteFilePath();
    return selection;
}

int runTest(CliContext& context, const QStringList&)
{
    const SampleSelection selection = selectionFrom(context);
    int exitCode = ExitOk;
    std::unique_ptr<Vault> vault = openVaultForKeys(context, exitCode);
    if (!vault)
        return exitCode;
    SampleTestRun run(*vault);
    ProgressLine progress(context);
    run.setProgress([&](qint64 done, qint64 total, double secondsLeft) {
        progress.show(secondsLeft < 0 ? Tr::tr("Tested %1 of %2 samples").arg(done).arg(total)
                                      : Tr::tr("Tested %1 of %2 samples, about %3 s left").arg(done).arg(total).arg(qRound(secondsLeft)));
    });
    Result<SampleRunResult> result = run.run(selection);
    if (!result.ok())
        return context.fail(result.error());

    QHash<qint64, const SampleRow*> samples;
    for (const SampleRow& s : std::as_const(result->samples))
        samples.insert(s.id, &s);
    QJsonArray results;
    int findings = 0;
    for (const SampleOutcomeRow& o : std::as_const(result->outcomes)) {
        const SampleRow* sample = samples.value(o.sampleId);
        if (context.json())
            results.append(resultJson(*sample, o));
        if (o.outcome != SampleOutcome::Ok) {
            ++findings;
            if (!context.json())
                context.print(QStringLiteral("%1  %2  %3  %4").arg(sampleOutcomeName(o.outcome), TerminalText::escape(o.kid),
                                                                   TerminalText::escape(sample->sourcePath), TerminalText::escape(o.detail)));
        }
    }
    QJsonObject summary;
    for (auto it = result->run.summary.begin(); it != result->run.summary.end(); ++it)
        summary.insert(it.key(), it.value());
    if (context.json()) {
        context.printJson(QJsonObject {
            {QStringLiteral("run"), result->run.id},
            {QStringLiteral("partial"), result->run.partial},
            {QStringLiteral("results"), results},
            {QStringLiteral("summary"), summary},
        });
    }
    QStringList counts;
    for (auto it = result->run.summary.begin(); it != result->run.summary.end(); ++it)
        counts << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
    context.message(Tr::tr("Run %1: tested %2 of %3 samples: %4.")
                        .arg(result->run.id)
                        .arg(result->outcomes.size())
                        .arg(result->run.selected)
                        .arg(counts.join(QStringLiteral(", "))));
    // Any finding is a verification failure for a script: the archive is not fully readable.
    return findings == 0 ? ExitOk : ExitIntegrity;
}

int runRewrap(CliContext& context, const QStringList&)
{
    const QString to = context.optionValue(QStringLiteral("to"));
    const QString out = context.optionValue(QStringLiteral("out"));
    if (to.isEmpty() || out.isEmpty())
        return context.usageError(Tr::tr("samples rewrap needs --to KID and --out DIR."));
    int exitCode = ExitOk;
    std::unique_ptr<Vault> vault = openVaultForKeys(context, exitCode);
    if (!vault)
        return exitCode;
    Result<RewrapReport> report = SampleRewrap(*vault).rewrap(selectionFrom(context), to, QFileInfo(out).absoluteFilePath());
    if (!report.ok())
        return context.fail(report.error());
    QJsonArray items;
    for (const RewrapItem& item : std::as_const(report->items))
        items.append(QJsonObject {{QStringLiteral("source"), item.source}, {QStringLiteral("old_digest"), item.oldDigest},
                                  {QStringLiteral("file"), item.file}, {QStringLiteral("new_digest"), item.newDigest},
                                  {QStringLiteral("method"), rewrapMethodName(item.method)},
                                  {QStringLiteral("reencrypt_reason"), item.reencryptReason}});
    QJsonArray skipped;
    for (const RewrapSkip& skip : std::as_const(report->skipped)) {
        skipped.append(QJsonObject {{QStringLiteral("source"), skip.source}, {QStringLiteral("reason"), skip.reason}});
        context.message(Tr::tr("Not re-wrapped %1: %2").arg(TerminalText::escape(skip.source), skip.reason));
    }
    if (context.json())
        context.printJson(QJsonObject {{QStringLiteral("successor"), to}, {QStringLiteral("manifest"), report->manifest},
                                       {QStringLiteral("items"), items}, {QStringLiteral("skipped"), skipped}});
    context.message(Tr::tr("Re-wrapped %n sample(s) to %1, each verified with it; manifest: %2", nullptr,
                           int(report->items.size()))
                        .arg(TerminalText::escape(to), TerminalText::escape(report->manifest)));
    return ExitOk;
}

} // namespace

QList<CommandSpec> sampleCommands()
{
    return {
        CommandSpec {{QStringLiteral("samples"), QStringLiteral("import")},
                     QStringLiteral("samples import PATH..."),
                     Tr::tr("Import archived JWE samples from files and folders (recursively)."),
                     {},
                     1,
                     1 << 20,
                     runImport},
        CommandSpec {{QStringLiteral("samples"), QStringLiteral("test")},
                     QStringLiteral("samples test [--set S] [--kid K] [--folder DIR]"),
                     Tr::tr("Test-decrypt the archived samples with the vault's keys, chosen by kid; exit 4 when any sample is not ok."),
                     {{QStringLiteral("set"), true, false}, {QStringLiteral("kid"), true, false}, {QStringLiteral("folder"), true, false}},
                     0,
                     0,
                     runTest},
        CommandSpec {{QStringLiteral("samples"), QStringLiteral("rewrap")},
                     QStringLiteral("samples rewrap --to KID --out DIR [--set S] [--kid K] [--folder DIR]"),
                     Tr::tr("Write the samples anew for a successor key into an empty folder, each verified, with a manifest of old → new digests."),
                     {{QStringLiteral("to"), true, false}, {QStringLiteral("out"), true, false}, {QStringLiteral("set"), true, false},
                      {QStringLiteral("kid"), true, false}, {QStringLiteral("folder"), true, false}},
                     0,
                     0,
                     runRewrap},
    };
}

} // namespace keyward::cli
