#include "atlascatch.h"
