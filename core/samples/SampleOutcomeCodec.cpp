// SPDX-License-Identifier: GPL-3.0-or-later
#include "SampleOutcomeCodec.h"

#include "crypto/Digest.h"

#include <QHash>

#include <limits>

namespace keyward::core::samples {
namespace {

constexpr char kMagic[] = {'K', 'W', 'S', 'O', 1};
constexpr qsizetype kShaBytes = 32;
// The fewest bytes an encoded row takes: eight one-byte varints and the SHA-256 flag.
constexpr qsizetype kSmallestRow = 9;

void putVarint(QByteArray& out, quint64 value)
{
    while (value >= 0x80) {
        out.append(char((value & 0x7f) | 0x80));
        value >>= 7;
    }
    out.append(char(value));
}

// The string table: each distinct text once, in the order first used.
class StringTable {
public:
    quint64 indexOf(const QString& text)
    {
        auto it = m_index.constFind(text);
        if (it != m_index.constEnd())
            return *it;
        const quint64 index = quint64(m_texts.size());
        m_index.insert(text, index);
        m_texts.append(text);
        return index;
    }
    const QStringList& texts() const { return m_texts; }

private:
    QHash<QString, quint64> m_index;
    QStringList m_texts;
};

class Reader {
public:
    explicit Reader(QByteArrayView bytes) : m_bytes(bytes) { }

    bool varint(quint64& value)
    {
        value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (m_at >= m_bytes.size())
                return false;
            const auto byte = quint8(m_bytes[m_at++]);
            if (shift == 63 && byte > 1)
                return false; // more than 64 bits
            value |= quint64(byte & 0x7f) << shift;
            if (!(byte & 0x80))
                return true;
        }
        return false;
    }
    bool take(qsizetype count, QByteArrayView& out)
    {
        if (count < 0 || count > m_bytes.size() - m_at)
            return false;
        out = m_bytes.sliced(m_at, count);
        m_at += count;
        return true;
    }
    qsizetype left() const { return m_bytes.size() - m_at; }

private:
    QByteArrayView m_bytes;
    qsizetype m_at = 0;
};

} // namespace

QByteArray SampleOutcomeCodec::encode(const QList<SampleOutcomeRow>& outcomes)
{
    StringTable strings;
    QByteArray rows;
    rows.reserve(outcomes.size() * (kSmallestRow + kShaBytes + 8));
    for (const SampleOutcomeRow& o : outcomes) {
        putVarint(rows, quint64(o.sampleId));
        putVarint(rows, strings.indexOf(sampleOutcomeName(o.outcome)));
        putVarint(rows, strings.indexOf(o.kid));
        putVarint(rows, quint64(std::max<qint64>(o.keyId, 0)));
        putVarint(rows, strings.indexOf(o.alg));
        putVarint(rows, strings.indexOf(o.enc));
        const QByteArray sha = QByteArray::fromHex(o.plaintextSha256.toLatin1());
        if (sha.size() == kShaBytes) {
            rows.append(char(1));
            rows.append(sha);
        } else {
            rows.append(char(0));
        }
        putVarint(rows, quint64(std::max<qint64>(o.plaintextLength, 0)));
        putVarint(rows, strings.indexOf(o.detail));
    }
    QByteArray out(kMagic, sizeof kMagic);
    putVarint(out, quint64(strings.texts().size()));
    for (const QString& text : strings.texts()) {
        const QByteArray utf8 = text.toUtf8();
        putVarint(out, quint64(utf8.size()));
        out.append(utf8);
    }
    putVarint(out, quint64(outcomes.size()));
    out.append(rows);
    return out;
}

Result<QList<SampleOutcomeRow>> SampleOutcomeCodec::decode(QByteArrayView bytes)
{
    const auto malformed = [](const QString& why) {
        return Error(ErrorCode::Malformed, tr("The stored outcomes of this test run are unreadable: %1.").arg(why));
    };
    Reader in(bytes);
    QByteArrayView magic;
    if (!in.take(sizeof kMagic, magic) || magic != QByteArrayView(kMagic, sizeof kMagic))
        return malformed(tr("not an outcome list of this Keyward"));
    quint64 stringCount = 0;
    if (!in.varint(stringCount) || stringCount > quint64(in.left()))
        return malformed(tr("the string table is cut short"));
    QStringList strings;
    strings.reserve(qsizetype(stringCount));
    for (quint64 i = 0; i < stringCount; ++i) {
        quint64 length = 0;
        QByteArrayView utf8;
        if (!in.varint(length) || length > quint64(in.left()) || !in.take(qsizetype(length), utf8))
            return malformed(tr("the string table is cut short"));
        strings.append(QString::fromUtf8(utf8));
    }
    quint64 rowCount = 0;
    if (!in.varint(rowCount) || rowCount > quint64(in.left() / kSmallestRow))
        return malformed(tr("the row count does not fit the data"));
    const auto text = [&](quint64 index, QString& out) {
        if (index >= quint64(strings.size()))
            return false;
        out = strings.at(qsizetype(index));
        return true;
    };
    QList<SampleOutcomeRow> rows;
    rows.reserve(qsizetype(rowCount));
    for (quint64 r = 0; r < rowCount; ++r) {
        SampleOutcomeRow o;
        quint64 sampleId = 0, outcome = 0, kid = 0, keyId = 0, alg = 0, enc = 0, length = 0, detail = 0;
        QString outcomeName;
        QByteArrayView flag, sha;
        constexpr auto kMaxId = quint64(std::numeric_limits<qint64>::max());
        if (!in.varint(sampleId) || !in.varint(outcome) || !in.varint(kid) || !in.varint(keyId) || !in.varint(alg) || !in.varint(enc)
            || !in.take(1, flag) || quint8(flag[0]) > 1 || (flag[0] == 1 && !in.take(kShaBytes, sha)) || !in.varint(length) || !in.varint(detail)
            || sampleId > kMaxId || keyId > kMaxId || length > kMaxId || !text(outcome, outcomeName) || !text(kid, o.kid) || !text(alg, o.alg)
            || !text(enc, o.enc) || !text(detail, o.detail))
            return malformed(tr("outcome %1 is cut short or refers past the string table").arg(r + 1));
        const std::optional<SampleOutcome> known = sampleOutcomeFromName(outcomeName);
        if (!known)
            return malformed(tr("outcome %1 names no known outcome").arg(r + 1));
        o.sampleId = qint64(sampleId);
        o.outcome = *known;
        o.keyId = qint64(keyId);
        o.plaintextLength = qint64(length);
        if (!sha.isEmpty())
            o.plaintextSha256 = QString::fromLatin1(sha.toByteArray().toHex());
        rows.append(std::move(o));
    }
    if (in.left() != 0)
        return malformed(tr("bytes follow the last outcome"));
    return rows;
}

QString SampleOutcomeCodec::digest(QByteArrayView encoded)
{
    return QString::fromLatin1(keyward::core::digest::sha256(encoded).toHex());
}

} // namespace keyward::core::samples
