// SPDX-License-Identifier: GPL-3.0-or-later
#include "StrictJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

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

    Status object(int depth)
    {
        ++m_pos; // '{'
        QSet<QString> names;
        skipSpace();
        if (peek() == '}') {
            ++m_pos;
            return {};
        }
        while (m_pos < m_text.size()) {
            skipSpace();
            const QString name = decodeName(string());
            if (names.contains(name))
                return Error(ErrorCode::Malformed,
                    QCoreApplication::translate(
                        "keyward::core::strictjson", "JSON member \"%1\" appears more than once")
                        .arg(name.left(64)));
            names.insert(name);
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

    static QString decodeName(QByteArrayView token)
    {
        if (!token.contains('\\'))
            return QString::fromUtf8(token.sliced(1, qMax<qsizetype>(0, token.size() - 2)));
        // Escapes (\u0061 == "a") must compare equal to their plain form.
        QByteArray wrapped = "[" + token.toByteArray() + "]";
        const QJsonDocument doc = QJsonDocument::fromJson(wrapped);
        return doc.array().at(0).toString();
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
    const QJsonDocument doc = QJsonDocument::fromJson(text.toByteArray(), &parseError);
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
