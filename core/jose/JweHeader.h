// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The JOSE Header of one JWE recipient as the decrypt path reads it: typed lookups of its
// parameters, over either the JSON objects of a parsed JWE or the decoded text of a compact JWE's
// protected header in its plain form.
//
// Why two sources: a test run decrypts thousands of compact samples, and building a QJsonObject
// from each protected header (Qt's parser, the duplicate-name scan, the containers) and then
// looking its parameters up by QString cost as much as the rest of the JOSE layer together — a
// fifth of an X25519 agreement. Nearly every header is plain: one object of printable-ASCII
// strings without escapes, integers, literals and one nested object (`epk`). parsePlain() reads
// exactly that shape in one pass, with no copies; anything else (escapes, non-ASCII, arrays,
// fractions, deeper nesting, a repeated name) is left to the strict parser (strictjson), which
// gives the verdict and the message. Every text parsePlain() accepts, strictjson accepts too, with
// the same members and values (tst_jwe_header checks both on the same inputs).

#include <QByteArray>
#include <QJsonObject>
#include <QLatin1StringView>
#include <QString>
#include <QVarLengthArray>

#include <memory>
#include <optional>

namespace keyward::core::jose {

class JweHeader {
public:
    enum class Kind : quint8 { Absent, String, Number, Bool, Null, Object, Array };

    JweHeader() = default;
    explicit JweHeader(QJsonObject object);
    // The plain form described above, or nullopt (not an error: the strict parser decides).
    static std::optional<JweHeader> parsePlain(QByteArray json);

    Kind kind(QLatin1StringView name) const;
    bool contains(QLatin1StringView name) const { return kind(name) != Kind::Absent; }
    // A string parameter's text; empty when absent or not a string (as QJsonValue::toString).
    QString string(QLatin1StringView name) const;
    // A string parameter narrowed to bytes as QString::toLatin1 would (a character above Latin-1
    // becomes '?'), for base64url decoding; `storage` holds them when the source needs a copy.
    QByteArrayView latin1(QLatin1StringView name, QVarLengthArray<char, 256>& storage) const;
    // A number parameter's value, else `otherwise` (as QJsonValue::toDouble).
    double number(QLatin1StringView name, double otherwise) const;
    // An object parameter (e.g. `epk`), else an empty header.
    JweHeader object(QLatin1StringView name) const;
    // The whole header as JSON (for callers that want the object: key resolvers, the result).
    QJsonObject toJsonObject() const;

private:
    struct Member {
        quint64 nameKey = 0; // nameKeyOf(name): most lookups are decided by comparing this alone
        qsizetype nameStart = 0, nameSize = 0;
        qsizetype valueStart = 0, valueSize = 0; // a string's text without its quotes
        int parent = -1; // index of the object member holding it; -1: the top level
        Kind kind = Kind::Absent;
    };
    struct Plain {
        QByteArray text;
        QVarLengthArray<Member, 24> members;
    };
    class PlainParser;

    // The size and the first seven bytes of a name in one integer (parameter names are short).
    static quint64 nameKeyOf(const char* name, qsizetype size);
    const Member* find(QLatin1StringView name) const;
    QByteArrayView valueOf(const Member& m) const { return QByteArrayView(m_plain->text).sliced(m.valueStart, m.valueSize); }

    QJsonObject m_object; // when read from JSON objects
    std::shared_ptr<const Plain> m_plain; // when read from plain text
    int m_scope = -1; // the object within m_plain this header is (-1: the top level)
};

} // namespace keyward::core::jose
