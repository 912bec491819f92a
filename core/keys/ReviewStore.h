// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Acts one officer took alone that a second officer must countersign (SPEC §4 break-glass
// revocations; later SPEC §2 offboarding reviews). Open until countersigned; exports flag open ones.

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace keyward::core {

class Database;

struct Review {
    static inline const QString kBreakGlassRevocation = QStringLiteral("break-glass-revocation");
    // SPEC §2: an officer left; the review lists every key they owned, created or approved.
    static inline const QString kOffboarding = QStringLiteral("offboarding");

    qint64 id = 0;
    QString kind; // kBreakGlassRevocation, ...
    QString subject; // kid (with keySet) or officer name
    QString keySet;
    QString openedBy;
    QDateTime openedAt;
    QString reason;
    QString countersignedBy; // empty while open
    QDateTime countersignedAt;
    QString note; // the countersigning officer's note
    QByteArray signature; // their compact EdDSA JWS over the review (ReviewCountersign)

    bool isOpen() const { return countersignedBy.isEmpty(); }
};

class ReviewStore {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::ReviewStore)
public:
    explicit ReviewStore(Database& db) : m_db(db) { }

    // Inserts (id ignored) and returns the new id. Call inside the transaction of the act itself.
    Result<qint64> open(const Review& review);
    Result<QList<Review>> all() const; // newest first
    Result<QList<Review>> openReviews() const; // oldest first
    Result<QList<Review>> forSubject(const QString& subject) const;
    Result<std::optional<Review>> byId(qint64 id) const;
    // Closes an open review; NotFound when there is no open review `id`. Inside the audited change.
    Status countersign(qint64 id, const QString& officer, const QDateTime& at, const QString& note,
                       const QByteArray& signature);

private:
    Database& m_db;
};

} // namespace keyward::core
