#pragma once
inline unsigned local_b() { return 1; }
