#ifndef PLACARD_CCMARK_SHIM_H
#define PLACARD_CCMARK_SHIM_H
#include <cmark.h>
#endif
