// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// RFC 7517 §5 JWK Set: parse with per-key diagnostics, refuse duplicate kids, serialize.

#include "common/Result.h"
#include "jose/Jwk.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace keyward::core {

class JwkSet {
public:
    // One member of `keys` that did not parse: its position, its kid when readable, and why.
    struct KeyError {
        int index = -1;
        QString kid;
        Error error;
    };

    JwkSet() = default;
    explicit JwkSet(QList<Jwk> keys)
        : m_keys(std::move(keys))
    {
    }

    // Lenient parse for import previews: every key that parses is kept, every other one is
    // reported in errors(). Malformed only when the document itself is not a JWK Set.
    static Result<JwkSet> fromJson(const QJsonObject& object);
    static Result<JwkSet> fromJsonText(QByteArrayView text);
    // Strict parse: any bad key, a duplicate kid, or a set mixing public keys with private or
    // secret ones (the Wycheproof "MixedKeySet" ambiguity) fails the whole set.
    static Result<JwkSet> fromJsonStrict(const QJsonObject& object);
    static Result<JwkSet> fromJsonTextStrict(QByteArrayView text);

    const QList<Jwk>& keys() const { return m_keys; }
    const QList<KeyError>& errors() const { return m_errors; }
    bool isEmpty() const { return m_keys.isEmpty(); }
    qsizetype size() const { return m_keys.size(); }

    // Keys with this kid (more than one only in a set that failed validate()).
    QList<Jwk> findByKid(const QString& kid) const;

    // Duplicate kids (RFC 7517 §4.5: kids within a set should be distinct; Keyward requires it),
    // the same key material twice, and mixed public/private material → the first problem found.
    Status validate() const;
    Status add(const Jwk& key); // refuses a duplicate kid or a duplicate key

    QJsonObject toPublicJson() const; // the published form: public members only, secrets left out
    QJsonObject toPrivateJson() const;
    QByteArray toJsonText(bool includePrivate = false) const; // compact UTF-8

private:
    QList<Jwk> m_keys;
    QList<KeyError> m_errors;
};

} // namespace keyward::core
