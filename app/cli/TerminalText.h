// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Text from a vault reaches a terminal only through here. The core refuses control and bidi
// characters at input (core::PlainText), but a vault written by an older Keyward, or edited
// directly by someone holding the master key, may still hold them: printed raw, `ESC[8m` in a
// reason hid the `effect:` line from the approver. Escaping turns each such character into a
// visible `\u001b`, so what the officer reads is what is stored, and nothing else.

#include <QString>

namespace keyward::cli {

class TerminalText {
public:
    // One field value on one line: every forbidden character, line feeds included, escaped.
    static QString escape(QStringView text);
    // Free text that may span lines (a reason, a note): line feeds are kept, and every line after
    // the first is indented by `indent` spaces so none can pose as a field of its own
    // ("effect: …" must start a line only when Keyward wrote it).
    static QString escapeLines(QStringView text, int indent);
    // The last line of defence for a whole message: escapes what `escape` does but keeps line
    // feeds (Keyward's own multi-line output).
    static QString sanitise(QStringView text);
    // Compact JSON from QJsonDocument escapes C0 controls itself but writes DEL, C1 and bidi
    // controls raw; this escapes them as \uXXXX too (valid JSON, the same string once parsed).
    static QString jsonSafe(QStringView json);
};

} // namespace keyward::cli
