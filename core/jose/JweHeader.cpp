// SPDX-License-Identifier: GPL-3.0-or-later
#include "JweHeader.h"

#include "jose/StrictJson.h"

#include <QJsonValue>

#include <algorithm>
#include <cstring>

namespace keyward::core::jose {

// One pass over the plain form; false as soon as the text leaves it.
class JweHeader::PlainParser {
public:
    explicit PlainParser(Plain& plain) : m_plain(plain), m_text(plain.text) { }

    bool run()
    {
        skipSpace();
        if (!object(-1, 0))
            return false;
        skipSpace();
        return m_pos == m_text.size();
    }

private:
    // The header and one level below it (`epk`); a protected header has a few dozen members at
    // most, so a longer one is left to the strict parser rather than scanned quadratically here.
    static constexpr int kMaxDepth = 2;
    static constexpr qsizetype kMaxMembers = 48;

    bool object(int parent, int depth)
    {
        if (peek() != '{')
            return false;
        ++m_pos;
        skipSpace();
        if (peek() == '}') {
            ++m_pos;
            return true;
        }
        const qsizetype first = m_plain.members.size();
        for (;;) {
            skipSpace();
            Member member;
            member.parent = parent;
            if (!string(member.nameStart, member.nameSize))
                return false;
            const QByteArrayView name = m_text.sliced(member.nameStart, member.nameSize);
            for (qsizetype i = first; i < m_plain.members.size(); ++i) {
                const Member& seen = m_plain.members.at(i);
                if (seen.parent == parent && m_text.sliced(seen.nameStart, seen.nameSize) == name)
                    return false; // a repeated name: the strict parser reports it
            }
            member.nameKey = nameKeyOf(name.data(), name.size());
            skipSpace();
            if (peek() != ':' || m_plain.members.size() >= kMaxMembers)
                return false;
            ++m_pos;
            skipSpace();
            const qsizetype index = m_plain.members.size();
            m_plain.members.append(member);
            if (!value(index, depth))
                return false;
            skipSpace();
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            if (peek() != '}')
                return false;
            ++m_pos;
            return true;
        }
    }

    bool value(qsizetype index, int depth)
    {
        const char c = peek();
        qsizetype start = m_pos, size = 0;
        Kind kind = Kind::Absent;
        if (c == '"') {
            if (!string(start, size))
                return false;
            kind = Kind::String;
        } else if (c == '{') {
            if (depth + 1 >= kMaxDepth || !object(int(index), depth + 1))
                return false;
            size = m_pos - start;
            kind = Kind::Object;
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            if (!integer())
                return false;
            size = m_pos - start;
            kind = Kind::Number;
        } else if (literal("true") || literal("false")) {
            size = m_pos - start;
            kind = Kind::Bool;
        } else if (literal("null")) {
            size = m_pos - start;
            kind = Kind::Null;
        } else {
            return false;
        }
        Member& member = m_plain.members[index];
        member.valueStart = start;
        member.valueSize = size;
        member.kind = kind;
        return isDelimiter(peek());
    }

    // A string of printable ASCII without escapes; `start`/`size` are its text without quotes.
    bool string(qsizetype& start, qsizetype& size)
    {
        if (peek() != '"')
            return false;
        start = ++m_pos;
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos];
            if (c == '"') {
                size = m_pos - start;
                ++m_pos;
                return true;
            }
            if (c < 0x20 || c > 0x7e || c == '\\')
                return false;
            ++m_pos;
        }
        return false;
    }

    // An integer of at most 15 digits (exact as a double), no leading zeros, no fraction/exponent.
    bool integer()
    {
        if (peek() == '-')
            ++m_pos;
        const qsizetype digits = m_pos;
        while (m_pos < m_text.size() && m_text[m_pos] >= '0' && m_text[m_pos] <= '9')
            ++m_pos;
        const qsizetype count = m_pos - digits;
        return count >= 1 && count <= 15 && (count == 1 || m_text[digits] != '0');
    }

    bool literal(QByteArrayView word)
    {
        if (m_text.size() - m_pos < word.size() || m_text.sliced(m_pos, word.size()) != word)
            return false;
        m_pos += word.size();
        return true;
    }

    static bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
    static bool isDelimiter(char c) { return c == ',' || c == '}' || isSpace(c); }
    char peek() const { return m_pos < m_text.size() ? m_text[m_pos] : '\0'; }
    void skipSpace()
    {
        while (m_pos < m_text.size() && isSpace(m_text[m_pos]))
            ++m_pos;
    }

    Plain& m_plain;
    QByteArrayView m_text;
    qsizetype m_pos = 0;
};

JweHeader::JweHeader(QJsonObject object) : m_object(std::move(object)) { }

std::optional<JweHeader> JweHeader::parsePlain(QByteArray json)
{
    auto plain = std::make_shared<Plain>();
    plain->text = std::move(json);
    if (!PlainParser(*plain).run())
        return std::nullopt;
    JweHeader header;
    header.m_plain = std::move(plain);
    return header;
}

quint64 JweHeader::nameKeyOf(const char* name, qsizetype size)
{
    quint64 key = quint64(std::min<qsizetype>(size, 255));
    for (qsizetype i = 0; i < std::min<qsizetype>(size, 7); ++i)
        key |= quint64(quint8(name[i])) << (8 * (i + 1));
    return key;
}

// A decrypt looks up about twenty parameters in a header of about ten: each comparison is one
// integer, and only names longer than seven bytes compare their remaining bytes.
const JweHeader::Member* JweHeader::find(QLatin1StringView name) const
{
    const qsizetype size = name.size();
    const quint64 key = nameKeyOf(name.data(), size);
    const char* const text = m_plain->text.constData();
    for (const Member& m : m_plain->members) {
        if (m.nameKey == key && m.parent == m_scope && m.nameSize == size
            && (size <= 7 || std::memcmp(text + m.nameStart + 7, name.data() + 7, std::size_t(size - 7)) == 0))
            return &m;
    }
    return nullptr;
}

JweHeader::Kind JweHeader::kind(QLatin1StringView name) const
{
    if (m_plain) {
        const Member* m = find(name);
        return m ? m->kind : Kind::Absent;
    }
    switch (m_object.value(name).type()) {
    case QJsonValue::Null:
        return Kind::Null;
    case QJsonValue::Bool:
        return Kind::Bool;
    case QJsonValue::Double:
        return Kind::Number;
    case QJsonValue::String:
        return Kind::String;
    case QJsonValue::Array:
        return Kind::Array;
    case QJsonValue::Object:
        return Kind::Object;
    case QJsonValue::Undefined:
        break;
    }
    return Kind::Absent;
}

QString JweHeader::string(QLatin1StringView name) const
{
    if (m_plain) {
        const Member* m = find(name);
        return m && m->kind == Kind::String ? QString::fromLatin1(valueOf(*m)) : QString();
    }
    return m_object.value(name).toString();
}

QByteArrayView JweHeader::latin1(QLatin1StringView name, QVarLengthArray<char, 256>& storage) const
{
    if (m_plain) {
        const Member* m = find(name);
        return m && m->kind == Kind::String ? valueOf(*m) : QByteArrayView();
    }
    const QString text = m_object.value(name).toString();
    storage.resize(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        storage[i] = c < 0x100 ? char(c) : '?';
    }
    return QByteArrayView(storage.constData(), storage.size());
}

double JweHeader::number(QLatin1StringView name, double otherwise) const
{
    if (!m_plain)
        return m_object.value(name).toDouble(otherwise);
    const Member* m = find(name);
    if (!m || m->kind != Kind::Number)
        return otherwise;
    QByteArrayView digits = valueOf(*m);
    const bool negative = digits.startsWith('-');
    if (negative)
        digits = digits.sliced(1);
    double value = 0; // at most 15 digits: every step is exact
    for (const char c : digits)
        value = value * 10 + (c - '0');
    return negative ? -value : value;
}

JweHeader JweHeader::object(QLatin1StringView name) const
{
    if (!m_plain)
        return JweHeader(m_object.value(name).toObject());
    const Member* m = find(name);
    if (!m || m->kind != Kind::Object)
        return JweHeader();
    JweHeader child;
    child.m_plain = m_plain;
    child.m_scope = int(m - m_plain->members.constData());
    return child;
}

QJsonObject JweHeader::toJsonObject() const
{
    if (!m_plain)
        return m_object;
    if (m_scope >= 0) {
        const Member& self = m_plain->members.at(m_scope);
        auto parsed = strictjson::parseObject(valueOf(self));
        return parsed.ok() ? *parsed : QJsonObject();
    }
    // The plain form is strict JSON (see the class comment), so this parse cannot fail.
    auto parsed = strictjson::parseObject(m_plain->text);
    return parsed.ok() ? *parsed : QJsonObject();
}

} // namespace keyward::core::jose
