// SPDX-License-Identifier: GPL-3.0-or-later
#include "TerminalText.h"

#include "common/PlainText.h"


namespace keyward::cli {

using core::PlainText;

namespace {

// `keep`: the characters let through as they are (a line feed, a tab) — anything else that
// PlainText forbids in a single line becomes \uXXXX.
template <typename Keep>
QString escaped(QStringView text, Keep keep)
{
    QString result;
    result.reserve(text.size());
    for (const uint codePoint : text.toUcs4()) {
        const char32_t c = char32_t(codePoint);
        if (PlainText::isForbidden(c, PlainText::Lines::Single) && !keep(c))
            result += QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
        else
            result += QString::fromUcs4(&c, 1);
    }
    return result;
}

} // namespace

QString TerminalText::escape(QStringView text)
{
    return escaped(text, [](char32_t) { return false; });
}

QString TerminalText::escapeLines(QStringView text, int indent)
{
    QString result = escaped(text, [](char32_t c) { return c == U'\n'; });
    result.replace(QLatin1Char('\n'), QLatin1Char('\n') + QString(indent, QLatin1Char(' ')));
    return result;
}

QString TerminalText::sanitise(QStringView text)
{
    return escaped(text, [](char32_t c) { return c == U'\n' || c == U'\t'; });
}

QString TerminalText::jsonSafe(QStringView json)
{
    // Outside strings JSON is plain ASCII, so every such character is inside a string, where
    // \uXXXX means exactly that character.
    return escaped(json, [](char32_t c) { return c < 0x7F; });
}

} // namespace keyward::cli
