// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Acts one officer took alone that a second officer must countersign (SPEC §4 break-glass
// revocations; later SPEC §2 offboarding reviews). Open until countersigned; exports flag open ones.

#include "common/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace keyward::core {

class Database;

struct Review {
    static inline const QString kBreakGlassRevocation = QStringLiteral("break-glass-revocation");

    qint64 id = 0;
    QString kind; // kBreakGlassRevocation, ...
    QString subject; // kid (with keySet) or officer name
    QString keySet;
    QString openedBy;
    QDateTime openedAt;
    QString reason;
    QString countersignedBy; // empty while open
    QDateTime countersignedAt;

    bool isOpen() const { return countersignedBy.isEmpty(); }
};

class ReviewStore {
public:
    explicit ReviewStore(Database& db) : m_db(db) { }

    // Inserts (id ignored) and returns the new id. Call inside the transaction of the act itself.
    Result<qint64> open(const Review& review);
    Result<QList<Review>> all() const; // newest first
    Result<QList<Review>> openReviews() const; // oldest first
    Result<QList<Review>> forSubject(const QString& subject) const;
    Result<std::optional<Review>> byId(qint64 id) const;

private:
    Database& m_db;
};

} // namespace keyward::core
