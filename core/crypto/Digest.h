// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace keyward::core::digest {

QByteArray sha256(QByteArrayView data);
QByteArray sha384(QByteArrayView data);
QByteArray sha512(QByteArrayView data);

} // namespace keyward::core::digest
