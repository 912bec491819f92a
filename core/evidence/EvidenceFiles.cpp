// SPDX-License-Identifier: GPL-3.0-or-later
#include "EvidenceFiles.h"

#include "common/Base64Url.h"
#include "crypto/Digest.h"
#include "crypto/OpenSslHandles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace keyward::core {

QByteArray EvidenceFiles::sha256Hex(QByteArrayView bytes)
{
    return digest::sha256(bytes).toHex();
}

QByteArray EvidenceFiles::sha256HexOfFile(const QString& path, qint64* size)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    ossl::Md sha(EVP_MD_fetch(nullptr, "SHA256", nullptr));
    ossl::MdCtx ctx(EVP_MD_CTX_new());
    if (!sha || !ctx || EVP_DigestInit_ex2(ctx.get(), sha.get(), nullptr) != 1)
        return QByteArray();
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    qint64 total = 0;
    for (;;) {
        const qint64 read = file.read(buffer.data(), buffer.size());
        if (read < 0)
            return QByteArray();
        if (read == 0)
            break;
        EVP_DigestUpdate(ctx.get(), buffer.constData(), std::size_t(read));
        total += read;
    }
    unsigned char digest[32];
    unsigned int length = 0;
    EVP_DigestFinal_ex(ctx.get(), digest, &length);
    if (size)
        *size = total;
    return QByteArray(reinterpret_cast<const char*>(digest), 32).toHex();
}

const QStringList& EvidenceFiles::privateMembers()
{
    static const QStringList members = { QStringLiteral("d"),  QStringLiteral("p"),  QStringLiteral("q"),
                                         QStringLiteral("dp"), QStringLiteral("dq"), QStringLiteral("qi"),
                                         QStringLiteral("k"),  QStringLiteral("oth") };
    return members;
}

namespace {

QString privateMemberInValue(const QJsonValue& value);

QString privateMemberInObject(const QJsonObject& object)
{
    if (object.contains(QStringLiteral("kty"))) {
        for (const QString& member : EvidenceFiles::privateMembers()) {
            if (object.contains(member))
                return member;
        }
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString found = privateMemberInValue(it.value());
        if (!found.isEmpty())
            return found;
    }
    return QString();
}

QString privateMemberInValue(const QJsonValue& value)
{
    if (value.isObject())
        return privateMemberInObject(value.toObject());
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue& item : array) {
            const QString found = privateMemberInValue(item);
            if (!found.isEmpty())
                return found;
        }
    }
    return QString();
}

} // namespace

QString EvidenceFiles::privateMemberIn(const QJsonObject& object)
{
    return privateMemberInObject(object);
}

QJsonObject EvidenceFiles::publicMembersOnly(const QJsonObject& jwk)
{
    QJsonObject out = jwk;
    for (const QString& member : privateMembers())
        out.remove(member);
    return out;
}

QByteArray EvidenceFiles::compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Result<QByteArray> EvidenceFiles::signCompact(const QJsonObject& header, QByteArrayView payload, const Signer& signer)
{
    const QByteArray signingInput = base64url::encode(compact(header)) + '.' + base64url::encode(payload);
    Result<QByteArray> signature = signer(signingInput);
    if (!signature.ok())
        return signature.error();
    return signingInput + '.' + base64url::encode(*signature);
}

Result<QByteArray> EvidenceFiles::read(const QString& path, qint64 maxBytes)
{
    QFile file(path);
    if (!file.exists())
        return Error(ErrorCode::NotFound, tr("%1 is missing.").arg(QDir::toNativeSeparators(path)));
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io, tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    if (file.size() > maxBytes)
        return Error(ErrorCode::PolicyRefused,
                     tr("%1 is larger than %2 bytes: not a Keyward export.").arg(QDir::toNativeSeparators(path)).arg(maxBytes));
    return file.readAll();
}

Status EvidenceFiles::writePublic(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(ErrorCode::Io, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                        | QFileDevice::ReadOther);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error(ErrorCode::Io, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

Status EvidenceFiles::ensureFolder(const QString& dir)
{
    if (dir.isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("No output folder was given."));
    const QFileInfo info(dir);
    if (info.exists() && !info.isDir())
        return Error(ErrorCode::InvalidArgument, tr("%1 is not a folder.").arg(QDir::toNativeSeparators(dir)));
    if (!QDir().mkpath(dir))
        return Error(ErrorCode::Io, tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(dir)));
    return {};
}

QString EvidenceFiles::generator()
{
    return QStringLiteral("Keyward %1").arg(QStringLiteral(KEYWARD_VERSION));
}

} // namespace keyward::core
