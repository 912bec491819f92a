// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditLine.h"

#include "common/ByteScan.h"

#include <QJsonDocument>

#include <cstring>

namespace keyward::core {

void AuditLine::append(QByteArray& out, const ChainVerifier::RawEvent& event, QByteArray& scratch)
{
    // AuditEvent::appendCanonicalBody is the one definition of the hashed bytes; the hash member
    // goes between "details" and "prev". The tail after "details" is measured on a body with
    // empty leading members, so an escaped subject is measured exactly as written. Both are built
    // in buffers the caller reuses: no allocation per event once they are large enough.
    static constexpr qsizetype kEmptyPrefix = sizeof(R"({"action":"","actor":"","at":"","details":{})") - 1;
    scratch.resize(0);
    AuditEvent::appendCanonicalBody(scratch, event.seq, {}, {}, {}, event.subject, "{}", event.prev);
    const qsizetype tail = scratch.size() - kEmptyPrefix;
    AuditEvent::appendCanonicalBody(out, event.seq, event.at, event.actor, event.action, event.subject,
                                    event.detailsJson, event.prev);
    const qsizetype bodyEnd = out.size();
    static constexpr QByteArrayView kHashKey = ",\"hash\":\"";
    const qsizetype member = kHashKey.size() + event.hash.size() + 1;
    out.resize(bodyEnd + member);
    char* split = out.data() + bodyEnd - tail;
    std::memmove(split + member, split, std::size_t(tail));
    std::memcpy(split, kHashKey.data(), std::size_t(kHashKey.size()));
    if (!event.hash.isEmpty())
        std::memcpy(split + kHashKey.size(), event.hash.data(), std::size_t(event.hash.size()));
    split[member - 1] = '"';
}

QByteArray AuditLine::build(const ChainVerifier::RawEvent& event)
{
    QByteArray line, scratch;
    line.reserve(160 + event.at.size() + event.actor.size() + event.action.size() + event.subject.size()
                 + event.detailsJson.size() + event.prev.size() + event.hash.size());
    append(line, event, scratch);
    return line;
}

QByteArray AuditLine::build(const AuditEvent& event)
{
    const QByteArray at = AuditEvent::formatTime(event.at).toUtf8();
    const QByteArray actor = event.actor.toUtf8();
    const QByteArray action = event.action.toUtf8();
    const QByteArray subject = event.subject.toUtf8();
    const QByteArray details = QJsonDocument(event.details).toJson(QJsonDocument::Compact);
    return build(ChainVerifier::RawEvent { event.seq, at, actor, action, subject, details, event.prev, event.hash });
}

namespace {

class Cursor {
public:
    explicit Cursor(QByteArrayView text) : m_text(text) { }
    qsizetype pos() const { return m_pos; }
    bool atEnd() const { return m_pos == m_text.size(); }

    // A fixed key text: its size is known at compile time, so the comparison is inlined.
    template <std::size_t N>
    bool literal(const char (&expected)[N])
    {
        constexpr qsizetype size = qsizetype(N - 1);
        if (m_text.size() - m_pos < size || std::memcmp(m_text.data() + m_pos, expected, std::size_t(size)) != 0)
            return false;
        m_pos += size;
        return true;
    }
    // A JSON string; `inner` receives the raw bytes between the quotes. Plain runs are skipped
    // eight bytes at a time: this scanner runs over every line of a million-event export.
    bool string(QByteArrayView& inner)
    {
        const char* data = m_text.data();
        const qsizetype size = m_text.size();
        if (m_pos >= size || data[m_pos] != '"')
            return false;
        const qsizetype begin = ++m_pos;
        for (;;) {
            while (size - m_pos >= 8 && !bytescan::hasJsonSpecial(bytescan::load8(data + m_pos)))
                m_pos += 8;
            if (m_pos >= size)
                return false;
            const char c = data[m_pos];
            if (c == '\\') {
                m_pos += 2;
                continue;
            }
            if (c == '"') {
                inner = m_text.sliced(begin, m_pos - begin);
                ++m_pos;
                return true;
            }
            if (static_cast<unsigned char>(c) < 0x20)
                return false;
            ++m_pos;
        }
    }
    // A JSON object, skipped with its strings (depth counted outside strings only).
    bool object(QByteArrayView& whole)
    {
        const qsizetype begin = m_pos;
        if (!object())
            return false;
        whole = m_text.sliced(begin, m_pos - begin);
        return true;
    }
    bool object()
    {
        if (m_pos >= m_text.size() || m_text[m_pos] != '{')
            return false;
        int depth = 0;
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos];
            if (c == '"') {
                QByteArrayView ignored;
                if (!string(ignored))
                    return false;
                continue;
            }
            ++m_pos;
            if (c == '{' || c == '[')
                ++depth;
            else if ((c == '}' || c == ']') && --depth == 0)
                return true;
        }
        return false;
    }
    bool number(qint64& value)
    {
        const qsizetype begin = m_pos;
        value = 0;
        while (m_pos < m_text.size() && m_text[m_pos] >= '0' && m_text[m_pos] <= '9' && m_pos - begin < 18)
            value = value * 10 + (m_text[m_pos++] - '0');
        return m_pos > begin && !(m_text[begin] == '0' && m_pos - begin > 1);
    }

private:
    QByteArrayView m_text;
    qsizetype m_pos = 0;
};

} // namespace

bool AuditLine::parse(QByteArrayView line, AuditLineFields& fields)
{
    Cursor cursor(line);
    if (!cursor.literal(R"({"action":)") || !cursor.string(fields.action) || !cursor.literal(R"(,"actor":)")
        || !cursor.string(fields.actor) || !cursor.literal(R"(,"at":)") || !cursor.string(fields.at)
        || !cursor.literal(R"(,"details":)") || !cursor.object(fields.details))
        return false;
    fields.hashMemberBegin = cursor.pos();
    if (!cursor.literal(R"(,"hash":)") || !cursor.string(fields.hash))
        return false;
    fields.hashMemberEnd = cursor.pos();
    return cursor.literal(R"(,"prev":)") && cursor.string(fields.prev) && cursor.literal(R"(,"seq":)")
        && cursor.number(fields.seq) && cursor.literal(R"(,"subject":)") && cursor.string(fields.subject)
        && cursor.literal("}") && cursor.atEnd();
}

} // namespace keyward::core
