// SPDX-License-Identifier: GPL-3.0-or-later
#include "Base64Url.h"

#include <QCoreApplication>

#include <array>

namespace keyward::core::base64url {
namespace {

constexpr std::array<signed char, 256> buildTable()
{
    std::array<signed char, 256> table {};
    for (auto& entry : table)
        entry = -1;
    const char* alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    for (int i = 0; i < 64; ++i)
        table[static_cast<unsigned char>(alphabet[i])] = static_cast<signed char>(i);
    return table;
}
constexpr auto kTable = buildTable();

Error malformed(const char* why)
{
    return Error(ErrorCode::Malformed, QCoreApplication::translate("keyward::core::base64url", why));
}

// Decodes into `out` (which must hold decodedSize bytes); returns an error text on failure.
const char* decodeChecked(QByteArrayView text, unsigned char* out)
{
    const auto* in = reinterpret_cast<const unsigned char*>(text.data());
    const qsizetype n = text.size();
    qsizetype i = 0;
    qsizetype o = 0;
    // Whole groups of four characters make three bytes. An invalid character (table entry -1)
    // makes the OR negative: the group is left to the checked loop below, which names the fault.
    for (; i + 4 <= n; i += 4) {
        const int a = kTable[in[i]], b = kTable[in[i + 1]], c = kTable[in[i + 2]], d = kTable[in[i + 3]];
        if ((a | b | c | d) < 0)
            break;
        const quint32 v = (quint32(a) << 18) | (quint32(b) << 12) | (quint32(c) << 6) | quint32(d);
        out[o] = static_cast<unsigned char>(v >> 16);
        out[o + 1] = static_cast<unsigned char>(v >> 8);
        out[o + 2] = static_cast<unsigned char>(v);
        o += 3;
    }
    quint32 acc = 0;
    int bits = 0;
    for (; i < n; ++i) {
        const unsigned char c = in[i];
        if (c == '=')
            return QT_TRANSLATE_NOOP("keyward::core::base64url", "base64url data must not be padded with '='");
        const int v = kTable[c];
        if (v < 0) {
            if (c == '+' || c == '/')
                return QT_TRANSLATE_NOOP("keyward::core::base64url",
                                         "base64url data contains '+' or '/' (standard base64, not base64url)");
            return QT_TRANSLATE_NOOP("keyward::core::base64url", "base64url data contains an invalid character");
        }
        acc = (acc << 6) | quint32(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out[o++] = static_cast<unsigned char>((acc >> bits) & 0xFF);
        }
    }
    if (bits > 0 && (acc & ((1u << bits) - 1)) != 0)
        return QT_TRANSLATE_NOOP("keyward::core::base64url", "base64url data has non-canonical trailing bits");
    return nullptr;
}

} // namespace

qsizetype decodedSize(qsizetype n)
{
    if (n % 4 == 1)
        return -1;
    return (n / 4) * 3 + ((n % 4) == 0 ? 0 : (n % 4) - 1);
}

bool decodeInto(QByteArrayView text, unsigned char* out)
{
    return decodedSize(text.size()) >= 0 && decodeChecked(text, out) == nullptr;
}

QByteArray encode(QByteArrayView bytes)
{
    return bytes.toByteArray().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

Result<QByteArray> decode(QByteArrayView text)
{
    const qsizetype size = decodedSize(text.size());
    if (size < 0)
        return malformed(QT_TRANSLATE_NOOP("keyward::core::base64url", "base64url data has an impossible length"));
    QByteArray out(size, Qt::Uninitialized);
    if (const char* why = decodeChecked(text, reinterpret_cast<unsigned char*>(out.data())))
        return malformed(why);
    return out;
}

Result<SecureBytes> decodeSecret(QByteArrayView text)
{
    const qsizetype size = decodedSize(text.size());
    if (size < 0)
        return malformed(QT_TRANSLATE_NOOP("keyward::core::base64url", "base64url data has an impossible length"));
    SecureBytes out(static_cast<std::size_t>(size));
    if (const char* why = decodeChecked(text, out.data()))
        return malformed(why);
    return out;
}

} // namespace keyward::core::base64url

namespace keyward::core::hex {

QByteArray encode(QByteArrayView bytes)
{
    return bytes.toByteArray().toHex();
}

Result<QByteArray> decode(QByteArrayView text)
{
    if (text.size() % 2 != 0)
        return Error(ErrorCode::Malformed, QCoreApplication::translate("keyward::core::hex", "hex data has an odd length"));
    for (char c : text) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
            return Error(ErrorCode::Malformed,
                         QCoreApplication::translate("keyward::core::hex", "hex data contains an invalid character"));
    }
    return QByteArray::fromHex(text.toByteArray());
}

} // namespace keyward::core::hex
