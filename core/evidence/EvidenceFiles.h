// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small shared pieces of every export folder: file digests, the private-member guard (SPEC §7: no
// export ever holds private key material) and the compact JWS form the officers' keys sign.

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <functional>

namespace keyward::core {

struct ExportedFile {
    QString name; // relative to the export folder
    QByteArray sha256Hex;
    qint64 size = 0;
};

class EvidenceFiles {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::EvidenceFiles)
public:
    static QByteArray sha256Hex(QByteArrayView bytes);
    // A file's SHA-256 through OpenSSL (SHA extensions), streamed: an empty result when unreadable.
    static QByteArray sha256HexOfFile(const QString& path, qint64* size = nullptr);
    // RFC 7517/7518 private members: d, p, q, dp, dq, qi, oth (RSA/EC/OKP) and k (oct).
    static const QStringList& privateMembers();
    // The first private member found anywhere in a JSON object tree (as a member of an object that
    // also has "kty"), or "" when there is none.
    static QString privateMemberIn(const QJsonObject& object);
    // `object` with private members dropped: applied to every JWK that leaves the vault.
    static QJsonObject publicMembersOnly(const QJsonObject& jwk);
    static QByteArray compact(const QJsonObject& object);

    // Compact JWS signed through `signer` (raw signature over the signing input). The header is
    // taken as given (alg, typ and kid set by the caller).
    using Signer = std::function<Result<QByteArray>(QByteArrayView)>;
    static Result<QByteArray> signCompact(const QJsonObject& header, QByteArrayView payload, const Signer& signer);

    // Reads a file of an export folder, refusing anything above `maxBytes`.
    static Result<QByteArray> read(const QString& path, qint64 maxBytes = 64 * 1024 * 1024);
    // Writes a public file atomically (QSaveFile: temporary file, fsync, rename), mode 0644.
    static Status writePublic(const QString& path, const QByteArray& bytes);
    static Status ensureFolder(const QString& dir);

    static QString generator(); // "Keyward 0.1.0"
};

} // namespace keyward::core
