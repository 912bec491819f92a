// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/SecureBytes.h"

class QLineEdit;

namespace keyward::ui {

// Moves a passphrase out of a QLineEdit into SecureBytes and clears the field at once (STYLE §7),
// so the widget's buffer does not keep the secret for the life of the window.
core::SecureBytes takeSecret(QLineEdit* edit);

} // namespace keyward::ui
