// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace keyward::ui {

// A rough strength hint for a new passphrase (length × alphabet, penalised for repeats and
// sequences). It guides the officer; only the minimum length is enforced.
struct PassphraseStrength {
    enum class Level { TooShort, Weak, Fair, Strong, VeryStrong };

    static constexpr int MinimumLength = 12;

    Level level = Level::TooShort;
    int bits = 0;

    static PassphraseStrength estimate(const QString& passphrase);
    QString label() const;
    // 0..100 for a progress bar.
    int percent() const;
};

} // namespace keyward::ui
