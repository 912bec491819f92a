// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalendarExport.h"

#include "audit/AuditLog.h"
#include "common/Base64Url.h"
#include "common/CommittedFiles.h"
#include "crypto/Digest.h"
#include "keys/KeyFlags.h"
#include "keys/KeyStore.h"
#include "requests/RequestStore.h"
#include "storage/Transaction.h"
#include "vault/Vault.h"

#include <QJsonObject>
#include <QUrl>

#include <algorithm>

namespace keyward::core {

namespace {

constexpr qsizetype kMaxLineOctets = 75; // RFC 5545 §3.1, excluding the CRLF

struct CalendarEvent {
    QString kind; // "rotation", "retirement", "expiry", "destruction": the UID's first part
    const KeyRecord* key = nullptr;
    QDateTime at;
    QString summary;
    QString description;
};

// RFC 5545 §3.3.11 TEXT: backslash, semicolon, comma and newlines are escaped.
QString escapeText(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '\\': out += QLatin1String("\\\\"); break;
        case ';': out += QLatin1String("\\;"); break;
        case ',': out += QLatin1String("\\,"); break;
        case '\n': out += QLatin1String("\\n"); break;
        case '\r': break;
        default: out += c;
        }
    }
    return out;
}

// RFC 5545 §3.1: lines longer than 75 octets are folded with CRLF + one space, never inside a
// UTF-8 sequence.
QByteArray foldLine(const QString& line)
{
    const QByteArray utf8 = line.toUtf8();
    QByteArray out;
    qsizetype start = 0;
    qsizetype limit = kMaxLineOctets;
    while (utf8.size() - start > limit) {
        qsizetype end = start + limit;
        while (end > start && (uchar(utf8.at(end)) & 0xC0) == 0x80)
            --end; // back off to the first byte of a character
        out += utf8.mid(start, end - start);
        out += "\r\n ";
        start = end;
        limit = kMaxLineOctets - 1; // the leading space counts
    }
    out += utf8.mid(start);
    out += "\r\n";
    return out;
}

QString icalTime(const QDateTime& at)
{
    return at.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

QString uidPart(const QString& text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

QString keyLabel(const KeyRecord& key)
{
    return CalendarExport::tr("key \"%1\" of key set %2").arg(key.kid, key.keySet);
}

void collectKeyEvents(const QList<KeyRecord>& keys, const QHash<QString, KeySetPolicy>& policies,
                      QList<CalendarEvent>& events)
{
    for (const KeyRecord& key : keys) {
        const KeySetPolicy policy = policies.value(key.keySet, KeySetPolicy());
        if (key.state == KeyState::Active && key.primary) {
            const QDateTime end = cryptoperiodEnd(key, policy);
            if (end.isValid())
                events.append({ QStringLiteral("rotation"), &key, end,
                    CalendarExport::tr("Rotate %1").arg(key.kid),
                    CalendarExport::tr("The cryptoperiod of %1 ends. Request its rotation in Keyward (two-person rule).")
                        .arg(keyLabel(key)) });
        }
        if (key.state == KeyState::Grace && key.retireAfter.isValid())
            events.append({ QStringLiteral("retirement"), &key, key.retireAfter,
                CalendarExport::tr("Retire %1").arg(key.kid),
                CalendarExport::tr("The overlap of %1 after its successor \"%2\" took over ends: it may be retired.")
                    .arg(keyLabel(key), key.successorKid) });
        const bool inService = key.state == KeyState::Pending || key.state == KeyState::Active || key.state == KeyState::Grace;
        if (inService && key.expiresAt.isValid())
            events.append({ QStringLiteral("expiry"), &key, key.expiresAt,
                CalendarExport::tr("%1 expires").arg(key.kid),
                CalendarExport::tr("%1 (%2, owner %3) expires.").arg(keyLabel(key), keyStateName(key.state), key.owner) });
    }
}

} // namespace

Result<QByteArray> CalendarExport::build(Vault& vault)
{
    const KeyStore store(vault.database());
    Result<QList<KeyRecord>> keys = store.all(KeyStore::Detail::Summary);
    if (!keys.ok())
        return keys.error();
    Result<QHash<QString, KeySetPolicy>> policies = store.policies();
    if (!policies.ok())
        return policies.error();
    QList<CalendarEvent> events;
    collectKeyEvents(*keys, *policies, events);

    RequestStore::Query approved;
    approved.state = RequestState::Approved;
    Result<QList<Request>> requests = RequestStore(vault.database()).list(approved);
    if (!requests.ok())
        return requests.error();
    for (const Request& request : std::as_const(*requests)) {
        if (request.kind != RequestKind::Destroy || !request.scheduledFor.isValid() || request.executedAt.isValid())
            continue;
        const auto key = std::find_if(keys->cbegin(), keys->cend(), [&](const KeyRecord& k) {
            return k.kid == request.subject && k.keySet == request.keySet;
        });
        if (key == keys->cend())
            continue;
        events.append({ QStringLiteral("destruction"), &*key, request.scheduledFor,
            tr("Destruction of %1").arg(key->kid),
            tr("Request #%1 erases the private material of %2 (crypto-shred). It can be cancelled until then.")
                .arg(request.id)
                .arg(keyLabel(*key)) });
    }
    std::stable_sort(events.begin(), events.end(), [](const CalendarEvent& a, const CalendarEvent& b) { return a.at < b.at; });

    const QString stamp = icalTime(vault.clock().now());
    QByteArray out;
    const auto line = [&](const QString& text) { out += foldLine(text); };
    line(QStringLiteral("BEGIN:VCALENDAR"));
    line(QStringLiteral("VERSION:2.0"));
    line(QStringLiteral("PRODID:-//Keyward//Keyward %1//EN").arg(QStringLiteral(KEYWARD_VERSION)));
    line(QStringLiteral("CALSCALE:GREGORIAN"));
    line(QStringLiteral("METHOD:PUBLISH"));
    line(QStringLiteral("X-WR-CALNAME:") + escapeText(tr("Keyward key dates")));
    for (const CalendarEvent& event : std::as_const(events)) {
        line(QStringLiteral("BEGIN:VEVENT"));
        line(QStringLiteral("UID:%1.%2.%3.%4@keyward")
                 .arg(event.kind, uidPart(event.key->keySet), uidPart(event.key->kid), uidPart(vault.vaultId())));
        line(QStringLiteral("DTSTAMP:") + stamp);
        line(QStringLiteral("DTSTART:") + icalTime(event.at));
        line(QStringLiteral("SUMMARY:") + escapeText(event.summary));
        line(QStringLiteral("DESCRIPTION:") + escapeText(event.description));
        line(QStringLiteral("CATEGORIES:Keyward,") + event.kind);
        line(QStringLiteral("END:VEVENT"));
    }
    line(QStringLiteral("END:VCALENDAR"));
    return out;
}

Result<int> CalendarExport::write(Vault& vault, const QString& path)
{
    if (vault.isLocked())
        return Error(ErrorCode::Refused, tr("The vault is locked."));
    // One transaction: the calendar is read from one moment of the vault (no rotation half seen),
    // and the file appears only after "calendar.exported" — path and digest — has committed.
    Result<Transaction> transaction = Transaction::begin(vault.database());
    if (!transaction.ok())
        return transaction.error();
    Result<QByteArray> calendar = build(vault);
    if (!calendar.ok())
        return calendar.error();
    const int events = int(calendar->count("BEGIN:VEVENT"));
    CommittedFiles files;
    KEYWARD_TRY(files.stage(path, *calendar, CommittedFiles::kOwnerOnly));
    const QJsonObject details { { QStringLiteral("path"), path },
                                { QStringLiteral("sha256"), QString::fromLatin1(hex::encode(digest::sha256(*calendar))) },
                                { QStringLiteral("events"), events } };
    Result<AuditEvent> event = vault.audit().record(vault.currentOfficer().name, QStringLiteral("calendar.exported"),
                                                    vault.vaultId(), details);
    if (!event.ok())
        return event.error();
    KEYWARD_TRY(transaction->commit());
    KEYWARD_TRY(files.publish());
    return events;
}

} // namespace keyward::core
