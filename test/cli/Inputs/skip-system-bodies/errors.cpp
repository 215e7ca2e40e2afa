#include <library.h>

void use() { template_body(1); }
