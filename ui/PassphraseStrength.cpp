// SPDX-License-Identifier: GPL-3.0-or-later
#include "PassphraseStrength.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace keyward::ui {

PassphraseStrength PassphraseStrength::estimate(const QString& passphrase)
{
    PassphraseStrength result;
    bool lower = false, upper = false, digit = false, other = false;
    QSet<QChar> distinct;
    int repeatsOrRuns = 0;
    for (int i = 0; i < passphrase.size(); ++i) {
        const QChar c = passphrase.at(i);
        lower |= c.isLower();
        upper |= c.isUpper();
        digit |= c.isDigit();
        other |= !c.isLetterOrNumber();
        distinct.insert(c);
        if (i > 0) {
            const int step = c.unicode() - passphrase.at(i - 1).unicode();
            if (step == 0 || step == 1 || step == -1)
                ++repeatsOrRuns; // "aaaa", "abcd", "4321" add little
        }
    }
    const int alphabet = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (other ? 33 : 0);
    const int effective = std::max(0, int(passphrase.size()) - repeatsOrRuns / 2);
    const double perChar = alphabet > 0 ? std::log2(double(alphabet)) : 0.0;
    // Few distinct characters cap the estimate whatever the length.
    const double cap = distinct.size() * 8.0;
    result.bits = int(std::min(cap, effective * perChar));

    if (passphrase.size() < MinimumLength)
        result.level = Level::TooShort;
    else if (result.bits < 60)
        result.level = Level::Weak;
    else if (result.bits < 80)
        result.level = Level::Fair;
    else if (result.bits < 110)
        result.level = Level::Strong;
    else
        result.level = Level::VeryStrong;
    return result;
}

QString PassphraseStrength::label() const
{
    switch (level) {
    case Level::TooShort:
        return QCoreApplication::translate("keyward::ui::PassphraseStrength", "Too short: at least %n character(s)",
                                           nullptr, MinimumLength);
    case Level::Weak:
        return QCoreApplication::translate("keyward::ui::PassphraseStrength", "Weak: add words or characters");
    case Level::Fair:
        return QCoreApplication::translate("keyward::ui::PassphraseStrength", "Fair");
    case Level::Strong:
        return QCoreApplication::translate("keyward::ui::PassphraseStrength", "Strong");
    case Level::VeryStrong:
        return QCoreApplication::translate("keyward::ui::PassphraseStrength", "Very strong");
    }
    return {};
}

int PassphraseStrength::percent() const { return std::clamp(bits * 100 / 120, 0, 100); }

} // namespace keyward::ui
