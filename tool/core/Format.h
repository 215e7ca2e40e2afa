//===--- Format.h - Human-facing text through {fmt} ---------------*- C++ -*-===//
//
// Every sentence quadrant writes for a person (the text report, `explain`,
// lint messages, the progress line, errors) is one {fmt} format string, so
// the wording of a message reads as one template rather than as fragments
// glued with `+` or `<<`. Built as C++20, {fmt} 9 checks each literal format
// string against its arguments at compile time (a consteval constructor of
// fmt::format_string): a missing argument or a type that does not fit its
// replacement field is a compile error, not a garbled message at run time.
// Machine output (JSON, SARIF, YAML, DOT) stays with LLVM's writers.
//
//===----------------------------------------------------------------------===//
#ifndef QUADRANT_CORE_FORMAT_H
#define QUADRANT_CORE_FORMAT_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/raw_ostream.h"
#include <fmt/format.h>
#include <iterator>
#include <utility>

/// Formats llvm::StringRef as text, with a string's format specs.
template <>
struct fmt::formatter<llvm::StringRef> : fmt::formatter<fmt::string_view> {
  auto format(llvm::StringRef S, fmt::format_context &Ctx) const {
    return fmt::formatter<fmt::string_view>::format({S.data(), S.size()}, Ctx);
  }
};

namespace quadrant {

/// Writes Format, filled with Args, to OS: fmt::format for LLVM's streams.
template <typename... Args>
void print(llvm::raw_ostream &OS, fmt::format_string<Args...> Format, Args &&...A) {
  fmt::memory_buffer Buffer;
  fmt::format_to(std::back_inserter(Buffer), Format, std::forward<Args>(A)...);
  OS.write(Buffer.data(), Buffer.size());
}

} // namespace quadrant

#endif
