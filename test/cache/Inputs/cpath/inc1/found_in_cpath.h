#pragma once
inline unsigned settle(unsigned s) { return s; }
