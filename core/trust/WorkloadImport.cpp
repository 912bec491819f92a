// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkloadImport.h"

#include "audit/AuditLog.h"
#include "keys/KeyInventory.h"
#include "keys/KeyStore.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "trust/WorkloadCommand.h"
#include "trust/WorkloadStore.h"
#include "vault/Vault.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace keyward::core {

namespace {

struct ParsedLine {
    qint64 line = 0;
    WorkloadInput input;
};

QStringList splitTrusts(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s;]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

// Fills `input` from named fields; returns an error message or an empty string.
QString fill(WorkloadInput& input, const std::function<QString(const char*)>& field, const QStringList& trusts)
{
    Workload& w = input.workload;
    w.name = field("name").trimmed();
    w.owner = field("owner").trimmed();
    const QString env = field("environment").trimmed();
    w.environment = env.isEmpty() ? QStringLiteral("prod") : env;
    w.notes = field("notes");
    input.trusts = trusts;
    const std::optional<qint64> cache = WorkloadImport::parseDuration(field("cache_ttl"));
    if (!cache)
        return WorkloadImport::tr("cache_ttl \"%1\" is not a duration (e.g. 300, 5m, 1h).").arg(field("cache_ttl"));
    w.cacheTtlSecs = *cache;
    const QString token = field("token_ttl").trimmed();
    const std::optional<qint64> tokenTtl = token.isEmpty() ? std::optional<qint64>(0) : WorkloadImport::parseDuration(token);
    if (!tokenTtl)
        return WorkloadImport::tr("token_ttl \"%1\" is not a duration (e.g. 300, 5m, 1h).").arg(token);
    w.maxTokenTtlSecs = *tokenTtl;
    const QString refresh = field("refresh").trimmed();
    const std::optional<RefreshMode> mode = refresh.isEmpty() ? std::optional<RefreshMode>(RefreshMode::Poll) : refreshModeFromName(refresh);
    if (!mode)
        return WorkloadImport::tr("refresh \"%1\" must be poll or on-unknown-kid.").arg(refresh);
    w.refresh = *mode;
    return QString();
}

void parseCsv(const QString& text, QList<ParsedLine>& lines, QList<ImportLineError>& errors)
{
    const QStringList rows = text.split(QLatin1Char('\n'));
    QHash<QString, int> columns;
    qint64 number = 0;
    for (QString row : rows) {
        ++number;
        if (row.endsWith(QLatin1Char('\r')))
            row.chop(1);
        if (row.trimmed().isEmpty() || row.startsWith(QLatin1Char('#')))
            continue;
        const QStringList cells = WorkloadImport::splitCsvLine(row);
        if (columns.isEmpty()) {
            for (int i = 0; i < cells.size(); ++i)
                columns.insert(cells.at(i).trimmed().toLower(), i);
            for (const char* required : { "name", "owner", "trusts", "cache_ttl" }) {
                if (!columns.contains(QString::fromLatin1(required)))
                    errors.append(ImportLineError { number,
                        WorkloadImport::tr("The header names no \"%1\" column.").arg(QString::fromLatin1(required)) });
            }
            if (!errors.isEmpty())
                return;
            continue;
        }
        const auto field = [&](const char* name) {
            const int i = columns.value(QString::fromLatin1(name), -1);
            return i >= 0 && i < cells.size() ? cells.at(i) : QString();
        };
        ParsedLine parsed;
        parsed.line = number;
        const QString problem = fill(parsed.input, field, splitTrusts(field("trusts")));
        if (!problem.isEmpty())
            errors.append(ImportLineError { number, problem });
        else
            lines.append(parsed);
    }
    if (columns.isEmpty())
        errors.append(ImportLineError { 1, WorkloadImport::tr("The file holds no header line and no workload.") });
}

void parseObject(const QJsonObject& object, qint64 number, QList<ParsedLine>& lines, QList<ImportLineError>& errors)
{
    const auto field = [&](const char* name) {
        const QJsonValue v = object.value(QString::fromLatin1(name));
        return v.isDouble() ? QString::number(v.toInteger()) : v.toString();
    };
    const QJsonValue trustsValue = object.value(QStringLiteral("trusts"));
    QStringList trusts;
    if (trustsValue.isArray()) {
        for (const QJsonValue& v : trustsValue.toArray())
            trusts.append(v.toString());
    } else {
        trusts = splitTrusts(trustsValue.toString());
    }
    ParsedLine parsed;
    parsed.line = number;
    const QString problem = fill(parsed.input, field, trusts);
    if (!problem.isEmpty())
        errors.append(ImportLineError { number, problem });
    else
        lines.append(parsed);
}

void parseJson(const QByteArray& data, QList<ParsedLine>& lines, QList<ImportLineError>& errors)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (error.error == QJsonParseError::NoError && doc.isArray()) {
        const QJsonArray array = doc.array();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isObject())
                errors.append(ImportLineError { i + 1, WorkloadImport::tr("Element %1 is not a JSON object.").arg(i + 1) });
            else
                parseObject(array.at(i).toObject(), i + 1, lines, errors);
        }
        return;
    }
    // JSON Lines: one object a line.
    const QList<QByteArray> rows = data.split('\n');
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows.at(i).trimmed().isEmpty())
            continue;
        const QJsonDocument line = QJsonDocument::fromJson(rows.at(i), &error);
        if (error.error != QJsonParseError::NoError || !line.isObject())
            errors.append(ImportLineError { i + 1, WorkloadImport::tr("Not a JSON object: %1.").arg(error.errorString()) });
        else
            parseObject(line.object(), i + 1, lines, errors);
    }
}

} // namespace

std::optional<qint64> WorkloadImport::parseDuration(const QString& text)
{
    const QString value = text.trimmed();
    static const QRegularExpression digits(QStringLiteral("^\\d{1,9}$"));
    if (digits.match(value).hasMatch())
        return value.toLongLong();
    return KeyInventory::parseDuration(value);
}

QStringList WorkloadImport::splitCsvLine(const QString& line)
{
    QStringList cells;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                cell.append(c);
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                cell.append(c);
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            cells.append(cell);
            cell.clear();
        } else {
            cell.append(c);
        }
    }
    cells.append(cell);
    return cells;
}

Result<WorkloadImportReport> WorkloadImport::importData(Vault& vault, const QByteArray& data)
{
    WorkloadImportReport report;
    QList<ParsedLine> lines;
    const QByteArray trimmed = data.trimmed();
    if (trimmed.startsWith('[') || trimmed.startsWith('{'))
        parseJson(data, lines, report.errors);
    else
        parseCsv(QString::fromUtf8(data), lines, report.errors);

    Database& db = vault.database();
    Result<Transaction> tx = Transaction::begin(db);
    if (!tx.ok())
        return tx.error();
    const KeyStore keys(db);
    WorkloadStore store(db);
    QSet<QString> seen;
    QList<std::pair<qint64, Workload>> resolved;
    for (const ParsedLine& parsed : std::as_const(lines)) {
        Result<Workload> w = WorkloadCommand::resolve(keys, parsed.input);
        if (!w.ok()) {
            report.errors.append(ImportLineError { parsed.line, w.message() });
            continue;
        }
        Result<std::optional<Workload>> existing = store.byName(w->name);
        if (!existing.ok())
            return existing.error();
        if (existing->has_value() || seen.contains(w->name)) {
            report.errors.append(ImportLineError { parsed.line,
                tr("A workload named %1 is already registered%2.")
                    .arg(w->name, existing->has_value() ? QString() : tr(" earlier in this file")) });
            continue;
        }
        seen.insert(w->name);
        resolved.append({ parsed.line, *w });
    }
    std::sort(report.errors.begin(), report.errors.end(),
        [](const ImportLineError& a, const ImportLineError& b) { return a.line < b.line; });
    if (!report.errors.isEmpty() || resolved.isEmpty()) {
        if (report.errors.isEmpty())
            report.errors.append(ImportLineError { 0, tr("The file holds no workload.") });
        return report; // the transaction rolls back: nothing was written
    }
    for (auto& [line, w] : resolved) {
        Result<Workload> added = WorkloadCommand::add(vault, WorkloadInput { w, w.trustedSets + w.pinnedKids });
        if (!added.ok())
            return added.error();
        report.imported.append(*added);
    }
    KEYWARD_TRY(tx->commit());
    return report;
}

} // namespace keyward::core
