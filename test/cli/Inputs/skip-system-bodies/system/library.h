// A library header with a mistake in each kind of body, found on -isystem:
// whether quadrant reports the mistake shows whether it parsed the body.
#pragma once

// Not a template: skipped by default.
inline void plain_body() { undeclared_in_plain_body(); }

// Clang parses a constexpr body whatever it is told: constant evaluation needs it.
constexpr int constexpr_body() { return undeclared_in_constexpr_body(); }

// A template, instantiated below with int: only --skip-system-bodies=all skips it.
template <class T> void template_body(T t) { t.member_of_int(); }
