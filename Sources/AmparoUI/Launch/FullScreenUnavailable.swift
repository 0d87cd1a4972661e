/// Why a full-screen front cannot start (not a terminal, a terminal that cannot move the
/// cursor). The launcher then uses the plain line mode, saying why, except in kiosk mode.
public protocol FullScreenUnavailable: Error, CustomStringConvertible {}
