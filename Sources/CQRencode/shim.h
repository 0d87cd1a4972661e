#ifndef AMPARO_CQRENCODE_SHIM_H
#define AMPARO_CQRENCODE_SHIM_H
// libqrencode (Debian libqrencode-dev): QRcode_encodeData and friends.
#include <qrencode.h>
#endif
