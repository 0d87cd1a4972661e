#ifndef AMPARO_CLIBYAML_SHIM_H
#define AMPARO_CLIBYAML_SHIM_H
// libyaml's event parser (Debian libyaml-dev, pkg-config yaml-0.1). Only the loader
// (Sources/AmparoCore/Loader) imports it.
#include <yaml.h>
#endif
