// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditEvent.h"

#include "crypto/Digest.h"

#include <QJsonDocument>

namespace keyward::core {

QString AuditEvent::formatTime(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QByteArray AuditEvent::canonicalBody() const
{
    // QJsonObject keeps its keys sorted and Compact adds no whitespace, so the same event always
    // serialises to the same bytes (nested `details` objects are sorted the same way).
    QJsonObject body = toJson();
    body.remove(QStringLiteral("hash"));
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
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
