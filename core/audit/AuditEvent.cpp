// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditEvent.h"

#include "common/ByteScan.h"
#include "crypto/Digest.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstring>

namespace keyward::core {

QString AuditEvent::formatTime(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

namespace {

// A JSON string exactly as QJsonDocument writes it. Plain text (no control characters, quote or
// backslash) is copied as is — Qt writes non-ASCII UTF-8 unescaped too; anything else goes through
// Qt itself so the escaping can never drift from the reference.
// Text QJsonDocument writes as it is between quotes: no control character, quote or backslash.
bool isPlainByte(unsigned char byte)
{
    return !(byte < 0x20 || byte == '"' || byte == '\\' || byte == 0x7f);
}

// Eight bytes at a time: verification runs this over every event's strings.
bool isPlainJsonText(QByteArrayView utf8)
{
    const char* p = utf8.data();
    qsizetype left = utf8.size();
    for (; left >= 8; p += 8, left -= 8) {
        const quint64 word = bytescan::load8(p);
        if (bytescan::hasJsonSpecial(word) || bytescan::hasByte(word, 0x7f))
            return false;
    }
    for (; left > 0; ++p, --left) {
        if (!isPlainByte(static_cast<unsigned char>(*p)))
            return false;
    }
    return true;
}

void appendJsonString(QByteArray& out, QByteArrayView utf8)
{
    if (isPlainJsonText(utf8)) {
        // One append of three pieces: per-character appends showed up in verification profiles.
        const qsizetype at = out.size();
        out.resize(at + utf8.size() + 2);
        char* p = out.data() + at;
        *p++ = '"';
        if (!utf8.isEmpty())
            std::memcpy(p, utf8.data(), std::size_t(utf8.size()));
        p[utf8.size()] = '"';
        return;
    }
    const QByteArray quoted
        = QJsonDocument(QJsonArray { QString::fromUtf8(utf8) }).toJson(QJsonDocument::Compact); // ["..."]
    out += QByteArrayView(quoted).sliced(1, quoted.size() - 2);
}

} // namespace

QByteArray AuditEvent::canonicalBodyOf(qint64 seq, QByteArrayView at, QByteArrayView actor, QByteArrayView action,
                                       QByteArrayView subject, QByteArrayView detailsJson, QByteArrayView prev)
{
    QByteArray out;
    out.reserve(96 + at.size() + actor.size() + action.size() + subject.size() + detailsJson.size() + prev.size());
    appendCanonicalBody(out, seq, at, actor, action, subject, detailsJson, prev);
    return out;
}

void AuditEvent::appendCanonicalBody(QByteArray& out, qint64 seq, QByteArrayView at, QByteArrayView actor,
                                     QByteArrayView action, QByteArrayView subject, QByteArrayView detailsJson,
                                     QByteArrayView prev)
{
    // Digits by hand: QByteArray::number allocates, and this runs once per event.
    char digits[24];
    int n = 0;
    quint64 value = seq < 0 ? quint64(-(seq + 1)) + 1 : quint64(seq);
    do {
        digits[n++] = char('0' + value % 10);
        value /= 10;
    } while (value != 0);
    if (seq < 0)
        digits[n++] = '-';

    // The usual case, every string plain: one resize and straight copies (verification runs this
    // for every event, and piecewise appends showed in its profile).
    if (isPlainJsonText(action) && isPlainJsonText(actor) && isPlainJsonText(at) && isPlainJsonText(prev)
        && isPlainJsonText(subject)) {
        static const QByteArrayView kParts[] = { "{\"action\":\"", "\",\"actor\":\"", "\",\"at\":\"",
                                                     "\",\"details\":", ",\"prev\":\"", "\",\"seq\":",
                                                     ",\"subject\":\"", "\"}" };
        qsizetype total = n;
        for (const QByteArrayView part : kParts)
            total += part.size();
        total += action.size() + actor.size() + at.size() + detailsJson.size() + prev.size() + subject.size();
        const qsizetype start = out.size();
        out.resize(start + total);
        char* p = out.data() + start;
        const auto put = [&p](QByteArrayView bytes) {
            if (!bytes.isEmpty())
                std::memcpy(p, bytes.data(), std::size_t(bytes.size()));
            p += bytes.size();
        };
        put(kParts[0]);
        put(action);
        put(kParts[1]);
        put(actor);
        put(kParts[2]);
        put(at);
        put(kParts[3]);
        put(detailsJson);
        put(kParts[4]);
        put(prev);
        put(kParts[5]);
        while (n > 0)
            *p++ = digits[--n];
        put(kParts[6]);
        put(subject);
        put(kParts[7]);
        return;
    }

    // Keys in sorted order: action, actor, at, details, prev, seq, subject.
    out += "{\"action\":";
    appendJsonString(out, action);
    out += ",\"actor\":";
    appendJsonString(out, actor);
    out += ",\"at\":";
    appendJsonString(out, at);
    out += ",\"details\":";
    out += detailsJson;
    out += ",\"prev\":";
    appendJsonString(out, prev);
    out += ",\"seq\":";
    while (n > 0)
        out += digits[--n];
    out += ",\"subject\":";
    appendJsonString(out, subject);
    out += '}';
}

QByteArray AuditEvent::canonicalBody() const
{
    return canonicalBodyOf(seq, formatTime(at).toUtf8(), actor.toUtf8(), action.toUtf8(), subject.toUtf8(),
                           QJsonDocument(details).toJson(QJsonDocument::Compact), prev);
}

QByteArray AuditEvent::computeHash() const
{
    return digest::sha256(prev + canonicalBody()).toHex();
}

QJsonObject AuditEvent::toJson() const
{
    return QJsonObject { { QStringLiteral("seq"), seq },
                         { QStringLiteral("at"), formatTime(at) },
                         { QStringLiteral("actor"), actor },
                         { QStringLiteral("action"), action },
                         { QStringLiteral("subject"), subject },
                         { QStringLiteral("details"), details },
                         { QStringLiteral("prev"), QString::fromLatin1(prev) },
                         { QStringLiteral("hash"), QString::fromLatin1(hash) } };
}

std::optional<AuditEvent> AuditEvent::fromJson(const QJsonObject& object)
{
    static const QStringList required = { QStringLiteral("seq"),    QStringLiteral("at"),
                                          QStringLiteral("actor"),  QStringLiteral("action"),
                                          QStringLiteral("subject"), QStringLiteral("details"),
                                          QStringLiteral("prev"),   QStringLiteral("hash") };
    for (const QString& key : required) {
        if (!object.contains(key))
            return std::nullopt;
    }
    if (!object.value(QStringLiteral("seq")).isDouble() || !object.value(QStringLiteral("details")).isObject())
        return std::nullopt;
    AuditEvent event;
    event.seq = object.value(QStringLiteral("seq")).toInteger();
    event.at = QDateTime::fromString(object.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
    if (!event.at.isValid())
        return std::nullopt;
    event.actor = object.value(QStringLiteral("actor")).toString();
    event.action = object.value(QStringLiteral("action")).toString();
    event.subject = object.value(QStringLiteral("subject")).toString();
    event.details = object.value(QStringLiteral("details")).toObject();
    event.prev = object.value(QStringLiteral("prev")).toString().toLatin1();
    event.hash = object.value(QStringLiteral("hash")).toString().toLatin1();
    return event;
}

} // namespace keyward::core
