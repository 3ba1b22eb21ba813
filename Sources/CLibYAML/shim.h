#ifndef PLACARD_CLIBYAML_SHIM_H
#define PLACARD_CLIBYAML_SHIM_H
#include <yaml.h>
#endif
