// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace jurybox::exchange {

/// A new random access code: four groups of four from an alphabet without look-alikes (no 0/O, 1/I/L), e.g.
/// "7KQ4-MX2P-9RTA-HC3D" — 80 bits from the operating system's random source.
QString generateAccessCode();

/// The code as the key derivation sees it: upper case, without spaces or dashes, so "7kq4 mx2p…" works too.
QString normaliseAccessCode(const QString& code);

} // namespace jurybox::exchange
