// SPDX-License-Identifier: GPL-3.0-or-later
#include "Deflate.h"

#include <QCoreApplication>

#include <zlib.h>

#include <memory>

namespace keyward::core::jose::deflate {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Deflate)
};

// Negative window bits select raw DEFLATE (no zlib header or checksum), as JWE requires.
constexpr int kRawWindowBits = -15;

struct InflateStream {
    z_stream z{};
    bool live = false;
    ~InflateStream()
    {
        if (live)
            inflateEnd(&z);
    }
};

struct DeflateStream {
    z_stream z{};
    bool live = false;
    ~DeflateStream()
    {
        if (live)
            deflateEnd(&z);
    }
};

} // namespace

Result<QByteArray> compress(QByteArrayView data)
{
    DeflateStream s;
    if (deflateInit2(&s.z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, kRawWindowBits, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return Error(ErrorCode::Internal, Tr::tr("Could not start DEFLATE compression."));
    s.live = true;
    QByteArray out(qsizetype(deflateBound(&s.z, uLong(data.size()))), Qt::Uninitialized);
    s.z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    s.z.avail_in = uInt(data.size());
    s.z.next_out = reinterpret_cast<Bytef*>(out.data());
    s.z.avail_out = uInt(out.size());
    if (::deflate(&s.z, Z_FINISH) != Z_STREAM_END)
        return Error(ErrorCode::Internal, Tr::tr("DEFLATE compression failed."));
    out.resize(qsizetype(s.z.total_out));
    return out;
}

Result<QByteArray> decompress(QByteArrayView data, qsizetype maxOutput)
{
    InflateStream s;
    if (inflateInit2(&s.z, kRawWindowBits) != Z_OK)
        return Error(ErrorCode::Internal, Tr::tr("Could not start DEFLATE decompression."));
    s.live = true;
    s.z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    s.z.avail_in = uInt(data.size());
    QByteArray out;
    constexpr qsizetype chunk = 64 * 1024;
    for (;;) {
        // Grow by chunks, never past the cap (+1 byte so "exactly at the cap" is still allowed
        // and one byte more is detected).
        const qsizetype room = std::min<qsizetype>(chunk, maxOutput + 1 - out.size());
        if (room <= 0)
            return Error(ErrorCode::PolicyRefused,
                         Tr::tr("The compressed content inflates to more than %1 bytes, the cap for zip content.").arg(maxOutput));
        const qsizetype before = out.size();
        out.resize(before + room);
        s.z.next_out = reinterpret_cast<Bytef*>(out.data() + before);
        s.z.avail_out = uInt(room);
        const int rc = inflate(&s.z, Z_NO_FLUSH);
        out.resize(before + room - qsizetype(s.z.avail_out));
        if (out.size() > maxOutput)
            return Error(ErrorCode::PolicyRefused,
                         Tr::tr("The compressed content inflates to more than %1 bytes, the cap for zip content.").arg(maxOutput));
        if (rc == Z_STREAM_END) {
            if (s.z.avail_in != 0)
                return Error(ErrorCode::Malformed, Tr::tr("The compressed content has trailing bytes after the DEFLATE stream."));
            return out;
        }
        if (rc == Z_BUF_ERROR && s.z.avail_in == 0)
            return Error(ErrorCode::Malformed, Tr::tr("The compressed content is truncated."));
        if (rc != Z_OK && rc != Z_BUF_ERROR)
            return Error(ErrorCode::Malformed, Tr::tr("The compressed content is not valid DEFLATE data."));
    }
}

} // namespace keyward::core::jose::deflate
