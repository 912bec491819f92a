// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretInput.h"

#include <QLineEdit>

namespace keyward::ui {

core::SecureBytes takeSecret(QLineEdit* edit)
{
    QString text = edit->text();
    QByteArray utf8 = text.toUtf8();
    core::SecureBytes secret = core::SecureBytes::takeFrom(utf8);
    // After clear() our copy is the last reference to the widget's old buffer: wipe it in place.
    edit->clear();
    text.fill(QChar(u'\0'));
    return secret;
}

} // namespace keyward::ui
