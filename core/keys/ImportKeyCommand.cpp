// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportKeyCommand.h"

#include "keys/KeyAdmission.h"
#include "vault/Vault.h"

namespace keyward::core {

ImportKeyCommand::ImportKeyCommand(Vault& vault, KeyProvider& provider, NewKeyParams params, QByteArray data,
                                   SecureBytes passphrase)
    : m_vault(vault)
    , m_provider(provider)
    , m_params(std::move(params))
    , m_data(std::move(data))
    , m_passphrase(std::move(passphrase))
{
}

QList<KeyRecord> ImportKeyCommand::imported() const
{
    QList<KeyRecord> records;
    for (const Outcome& outcome : m_outcomes) {
        if (outcome.status.ok() && outcome.record.id != 0)
            records.append(outcome.record);
    }
    return records;
}

Status ImportKeyCommand::validate()
{
    return process(false);
}

Status ImportKeyCommand::run()
{
    return process(true);
}

Status ImportKeyCommand::process(bool write)
{
    m_outcomes.clear();
    KeyAdmission admission(m_vault, m_provider);
    KEYWARD_TRY(admission.checkParams(m_params));
    Result<DecodedKeys> decoded = KeyInput::decode(m_data, m_passphrase);
    if (!decoded.ok())
        return decoded.error();
    m_format = decoded->format;
    if (!m_params.kid.isEmpty() && decoded->entries.size() > 1)
        return Error(ErrorCode::InvalidArgument,
            tr("The JWK Set holds %1 keys; an explicit kid fits only a single key.").arg(decoded->entries.size()));

    const QString action = m_publicOnly ? QStringLiteral("key.registered") : QStringLiteral("key.imported");
    int refused = 0;
    for (const DecodedKeys::Entry& entry : decoded->entries) {
        Outcome outcome;
        outcome.index = entry.index;
        outcome.kid = entry.kid;
        if (!entry.key.ok()) {
            outcome.status = entry.key.error();
            ++refused;
            m_outcomes.append(outcome);
            continue;
        }
        Jwk key = *entry.key;
        if (m_publicOnly) {
            if (key.type() == KeyType::Oct) {
                outcome.status = Error(ErrorCode::KeyMismatch,
                    tr("A secret (oct) key has no public part to register; import it instead."));
                ++refused;
                m_outcomes.append(outcome);
                continue;
            }
            key = key.publicOnly();
        }
        QJsonObject extra { { QStringLiteral("source"), DecodedKeys::formatName(m_format) } };
        if (!key.x5tS256().isEmpty())
            extra.insert(QStringLiteral("x5t#S256"), key.x5tS256());
        if (decoded->entries.size() > 1)
            extra.insert(QStringLiteral("jwks_index"), entry.index);
        Result<KeyRecord> record = write
            ? admission.admit(key, m_params, action, extra,
                  tr("external, imported by %1").arg(KeyAdmission::productName()))
            : admission.preview(key, m_params);
        if (record.ok()) {
            outcome.record = *record;
            outcome.kid = record->kid;
        } else {
            outcome.status = record.error();
            ++refused;
        }
        m_outcomes.append(outcome);
    }
    if (refused == 0)
        return {};
    if (m_outcomes.size() == 1)
        return m_outcomes.first().status.error();
    const Outcome& first = *std::find_if(
        m_outcomes.cbegin(), m_outcomes.cend(), [](const Outcome& o) { return !o.status.ok(); });
    return Error(first.status.code(),
        tr("%1 of %2 keys were refused (first: key %3: %4); the others %5.")
            .arg(refused)
            .arg(m_outcomes.size())
            .arg(first.index + 1)
            .arg(first.status.message(), write ? tr("were imported") : tr("would be imported")));
}

} // namespace keyward::core
