// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditEvent.h"

#include "crypto/Digest.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace keyward::core {

QString AuditEvent::formatTime(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

namespace {

// A JSON string exactly as QJsonDocument writes it. Plain text (no control characters, quote or
// backslash) is copied as is — Qt writes non-ASCII UTF-8 unescaped too; anything else goes through
// Qt itself so the escaping can never drift from the reference.
void appendJsonString(QByteArray& out, QByteArrayView utf8)
{
    bool plain = true;
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 || byte == '"' || byte == '\\' || byte == 0x7f) {
            plain = false;
            break;
        }
    }
    if (plain) {
        out += '"';
        out += utf8;
        out += '"';
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
    // Digits by hand: QByteArray::number allocates, and this runs once per event.
    char digits[24];
    int n = 0;
    quint64 value = seq < 0 ? quint64(-(seq + 1)) + 1 : quint64(seq);
    do {
        digits[n++] = char('0' + value % 10);
        value /= 10;
    } while (value != 0);
    if (seq < 0)
        out += '-';
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
