// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one rule for text officers type (reasons, notes, names, kids, owners, tags): it is plain
// text. A control character (ESC, CR, BEL … and the C1 range) can drive the terminal of whoever
// reads it later — `ESC[8m` hid a request's real effect from its approver — and a bidirectional
// override (U+202A–U+202E, U+2066–U+2069) can show a kid or reason in another order than it is
// stored. So both are refused where text enters the core; front ends still escape on output
// (keyward-cli TerminalText) for text that reached a vault some other way.

#include "common/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace keyward::core {

class PlainText {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::PlainText)
public:
    // Single: one line (names, kids, owners, tags). Multi: free text typed in a multi-line box
    // (reasons, notes): a line feed is allowed, nothing else of the kind, not even CR or tab.
    enum class Lines { Single, Multi };

    // Whether `c` (a Unicode code point) may not appear in such text.
    static bool isForbidden(char32_t c, Lines lines = Lines::Single);
    // Index (in code points) of the first forbidden character, or -1.
    static qsizetype firstForbidden(QStringView text, Lines lines = Lines::Single);

    // `field` names what is checked, translated and capitalised: tr("The reason").
    // The message names the character and its position (1-based, in characters):
    // "The reason contains a control character (U+001B) at position 12; control characters are
    // not allowed."
    [[nodiscard]] static Status check(QStringView text, const QString& field, Lines lines = Lines::Single);
    [[nodiscard]] static Status checkEach(const QStringList& texts, const QString& field);
    // Every string in a JSON object, at any depth (a request's effect), as single-line text; the
    // message names the member ("successor.owner").
    [[nodiscard]] static Status checkJson(const QJsonObject& object, const QString& field);
};

} // namespace keyward::core
