// SPDX-License-Identifier: GPL-3.0-or-later
#include "OfficerStore.h"

#include "audit/AuditEvent.h"
#include "storage/Database.h"

#include <QJsonDocument>

namespace keyward::core {

namespace {

const QString kSelectOfficers = QStringLiteral(
    "SELECT name, roles, signing_jwk, created_at, created_by, acknowledged FROM officers ");

Officer officerFromRow(const Statement& row)
{
    Officer officer;
    officer.name = row.columnText(0);
    officer.roles = OfficerStore::decodeRoles(row.columnText(1));
    officer.signingJwk = QJsonDocument::fromJson(row.columnText(2).toUtf8()).object();
    officer.createdAt = QDateTime::fromString(row.columnText(3), Qt::ISODateWithMs);
    officer.createdBy = row.columnText(4);
    officer.custodianAcknowledged = row.columnInt64(5) != 0;
    return officer;
}

} // namespace

QString OfficerStore::encodeRoles(const QList<Role>& roles)
{
    return roleNames(roles).join(QLatin1Char(','));
}

QList<Role> OfficerStore::decodeRoles(const QString& text)
{
    QList<Role> roles;
    for (const QString& name : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (const std::optional<Role> role = roleFromName(name); role && !roles.contains(*role))
            roles.append(*role);
    }
    return roles;
}

Result<QList<Officer>> OfficerStore::all() const
{
    Result<Statement> stmt = m_db.prepare(kSelectOfficers + QStringLiteral("ORDER BY created_at, name"));
    if (!stmt.ok())
        return stmt.error();
    QList<Officer> result;
    for (;;) {
        Result<bool> row = stmt->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            return result;
        result.append(officerFromRow(*stmt));
    }
}

Result<std::optional<Officer>> OfficerStore::find(const QString& name) const
{
    Result<Statement> stmt = m_db.prepare(kSelectOfficers + QStringLiteral("WHERE name = ?"));
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, name);
    Result<bool> row = stmt->step();
    if (!row.ok())
        return row.error();
    if (!*row)
        return std::optional<Officer>();
    return std::optional<Officer>(officerFromRow(*stmt));
}

Result<QStringList> OfficerStore::names() const
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral("SELECT name FROM officers ORDER BY name"));
    if (!stmt.ok())
        return stmt.error();
    QStringList result;
    for (;;) {
        Result<bool> row = stmt->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            return result;
        result.append(stmt->columnText(0));
    }
}

Status OfficerStore::insert(const Officer& officer)
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral(
        "INSERT INTO officers (name, roles, signing_jwk, created_at, created_by, acknowledged) "
        "VALUES (?, ?, ?, ?, ?, ?)"));
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, officer.name)
        .bind(2, encodeRoles(officer.roles))
        .bind(3, QString::fromUtf8(QJsonDocument(officer.signingJwk).toJson(QJsonDocument::Compact)))
        .bind(4, AuditEvent::formatTime(officer.createdAt))
        .bind(5, officer.createdBy)
        .bind(6, officer.custodianAcknowledged);
    return stmt->run();
}

Status OfficerStore::remove(const QString& name)
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral("DELETE FROM officers WHERE name = ?"));
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, name);
    KEYWARD_TRY(stmt->run());
    if (m_db.changes() != 1)
        return Error(ErrorCode::NotFound, tr("There is no officer named %1.").arg(name));
    return {};
}

Status OfficerStore::setAcknowledged(const QString& name, const QDateTime& at)
{
    Result<Statement> stmt = m_db.prepare(
        QStringLiteral("UPDATE officers SET acknowledged = 1, acknowledged_at = ? WHERE name = ?"));
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, AuditEvent::formatTime(at)).bind(2, name);
    KEYWARD_TRY(stmt->run());
    if (m_db.changes() != 1)
        return Error(ErrorCode::NotFound, tr("There is no officer named %1.").arg(name));
    return {};
}

Status OfficerStore::setRoles(const QString& name, const QList<Role>& roles)
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral("UPDATE officers SET roles = ? WHERE name = ?"));
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, encodeRoles(roles)).bind(2, name);
    KEYWARD_TRY(stmt->run());
    if (m_db.changes() != 1)
        return Error(ErrorCode::NotFound, tr("There is no officer named %1.").arg(name));
    return {};
}

Status OfficerStore::setSigningJwk(const QString& name, const QJsonObject& jwk)
{
    Result<Statement> stmt = m_db.prepare(QStringLiteral("UPDATE officers SET signing_jwk = ? WHERE name = ?"));
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, QString::fromUtf8(QJsonDocument(jwk).toJson(QJsonDocument::Compact))).bind(2, name);
    KEYWARD_TRY(stmt->run());
    if (m_db.changes() != 1)
        return Error(ErrorCode::NotFound, tr("There is no officer named %1.").arg(name));
    return {};
}

} // namespace keyward::core
