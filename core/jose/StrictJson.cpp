// SPDX-License-Identifier: GPL-3.0-or-later
#include "StrictJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>
#include <QVarLengthArray>

#include <vector>

namespace keyward::core::strictjson {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("keyward::core::strictjson", text);
}

// QJsonDocument has already accepted the syntax; this walk only collects member names per object
// to find duplicates (which QJsonDocument resolves by keeping the last one, silently).
class DuplicateScanner {
public:
    DuplicateScanner(QByteArrayView text, int maxDepth) : m_text(text), m_maxDepth(maxDepth) { }

    Status run()
    {
        skipSpace();
        return value(0);
    }

private:
    Status value(int depth)
    {
        if (depth > m_maxDepth)
            return Error(ErrorCode::PolicyRefused,
                QCoreApplication::translate(
                    "keyward::core::strictjson", "JSON nesting is deeper than %1 levels")
                    .arg(m_maxDepth));
        skipSpace();
        if (m_pos >= m_text.size())
            return Error(ErrorCode::Malformed,
                QCoreApplication::translate("keyward::core::strictjson", "JSON ends unexpectedly"));
        const char c = m_text[m_pos];
        if (c == '{')
            return object(depth);
        if (c == '[')
            return array(depth);
        if (c == '"') {
            string();
            return {};
        }
        while (m_pos < m_text.size() && !isDelimiter(m_text[m_pos]))
            ++m_pos;
        return {};
    }

    // The member names of one object, compared as UTF-8 bytes: a name without escapes is its raw
    // bytes in the text (no copy), one with escapes is decoded first. Headers have a handful of
    // members, so a linear scan beats hashing; a big object (an attack, or a large JWK set) moves
    // to a hash set so the scan stays linear in the text.
    class Names {
    public:
        bool insert(QByteArrayView name)
        {
            if (m_hashed.isEmpty() && m_small.size() < kSmall) {
                for (QByteArrayView seen : std::as_const(m_small)) {
                    if (seen == name)
                        return false;
                }
                m_small.append(name);
                return true;
            }
            if (m_hashed.isEmpty()) {
                for (QByteArrayView seen : std::as_const(m_small))
                    m_hashed.insert(seen);
            }
            if (m_hashed.contains(name))
                return false;
            m_hashed.insert(name);
            return true;
        }
        // Keeps a decoded name alive as long as the set (QByteArray moves keep their buffer).
        QByteArrayView keep(QByteArray decoded)
        {
            m_decoded.push_back(std::move(decoded));
            return m_decoded.back();
        }

    private:
        static constexpr qsizetype kSmall = 24;
        QVarLengthArray<QByteArrayView, kSmall> m_small;
        QSet<QByteArrayView> m_hashed;
        std::vector<QByteArray> m_decoded;
    };

    Status object(int depth)
    {
        ++m_pos; // '{'
        Names names;
        skipSpace();
        if (peek() == '}') {
            ++m_pos;
            return {};
        }
        while (m_pos < m_text.size()) {
            skipSpace();
            const QByteArrayView token = string();
            const QByteArrayView name = token.contains('\\') ? names.keep(decodeEscapedName(token))
                                                              : token.sliced(1, qMax<qsizetype>(0, token.size() - 2));
            if (!names.insert(name))
                return Error(ErrorCode::Malformed,
                    QCoreApplication::translate(
                        "keyward::core::strictjson", "JSON member \"%1\" appears more than once")
                        .arg(QString::fromUtf8(name).left(64)));
            skipSpace();
            ++m_pos; // ':'
            KEYWARD_TRY(value(depth + 1));
            skipSpace();
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            ++m_pos; // '}'
            return {};
        }
        return Error(ErrorCode::Malformed,
            QCoreApplication::translate("keyward::core::strictjson", "JSON ends unexpectedly"));
    }

    Status array(int depth)
    {
        ++m_pos; // '['
        skipSpace();
        if (peek() == ']') {
            ++m_pos;
            return {};
        }
        while (m_pos < m_text.size()) {
            KEYWARD_TRY(value(depth + 1));
            skipSpace();
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            ++m_pos; // ']'
            return {};
        }
        return Error(ErrorCode::Malformed,
            QCoreApplication::translate("keyward::core::strictjson", "JSON ends unexpectedly"));
    }

    // Returns the raw string token including quotes.
    QByteArrayView string()
    {
        const qsizetype start = m_pos;
        ++m_pos; // opening quote
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos++];
            if (c == '\\')
                ++m_pos;
            else if (c == '"')
                break;
        }
        return m_text.sliced(start, qMin(m_pos, m_text.size()) - start);
    }

    // Escapes (\u0061 == "a") must compare equal to their plain form: the name as UTF-8.
    static QByteArray decodeEscapedName(QByteArrayView token)
    {
        QByteArray wrapped = "[" + token.toByteArray() + "]";
        const QJsonDocument doc = QJsonDocument::fromJson(wrapped);
        return doc.array().at(0).toString().toUtf8();
    }

    static bool isDelimiter(char c) { return c == ',' || c == ']' || c == '}' || isSpace(c); }
    static bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
    char peek() const { return m_pos < m_text.size() ? m_text[m_pos] : '\0'; }
    void skipSpace()
    {
        while (m_pos < m_text.size() && isSpace(m_text[m_pos]))
            ++m_pos;
    }

    QByteArrayView m_text;
    int m_maxDepth;
    qsizetype m_pos = 0;
};

} // namespace

Result<QJsonObject> parseObject(QByteArrayView text, const Limits& limits)
{
    if (text.size() > limits.maxBytes)
        return Error(ErrorCode::PolicyRefused,
                     tr("JSON of %1 bytes is above the %2-byte cap").arg(text.size()).arg(limits.maxBytes));
    QJsonParseError parseError;
    // A raw-data wrapper, not a copy: the parser only reads within the given length, and `text`
    // outlives the call.
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromRawData(text.data(), text.size()), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error(ErrorCode::Malformed,
                     tr("invalid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString()));
    if (!doc.isObject())
        return Error(ErrorCode::Malformed, tr("JSON text is not an object"));
    DuplicateScanner scanner(text, limits.maxDepth);
    KEYWARD_TRY(scanner.run());
    return doc.object();
}

} // namespace keyward::core::strictjson
