// Human-facing text is written with {fmt} through tool/core/Format.h, and
// its format strings are checked against their arguments when quadrant is
// compiled (docs/architecture.md): a message that names an argument it is
// not given, formats an argument as something it is not, or is not a
// literal at all, does not build. Compiled here with the build's compiler
// and flags: the well-formed messages compile, each broken one is an error
// at its own line.
//
// RUN: %cxx-format -fsyntax-only %s
// RUN: not %cxx-format -fsyntax-only -DMISSING_ARGUMENT %s 2>&1 | FileCheck %s --check-prefix=MISSING
// RUN: not %cxx-format -fsyntax-only -DWRONG_TYPE %s 2>&1 | FileCheck %s --check-prefix=TYPE
// RUN: not %cxx-format -fsyntax-only -DNOT_A_LITERAL %s 2>&1 | FileCheck %s --check-prefix=LITERAL
// RUN: not %cxx-format -fsyntax-only -DRETURNED_MISSING_ARGUMENT %s 2>&1 | FileCheck %s --check-prefix=RETURNED

#include "core/Format.h"
#include <string>

void wellFormed(llvm::raw_ostream &OS, llvm::StringRef Callee, unsigned Line) {
  // Positional arguments may repeat; llvm::StringRef formats as text.
  quadrant::print(OS, "{0} calls {1} at line {2}, and {1} blocks\n", Callee, "sleep", Line);
  std::string Message = fmt::format("'{}' is {}", Callee, "sync-blocking");
  quadrant::print(OS, "{:>12}|{}\n", Callee, Message);
}

#ifdef MISSING_ARGUMENT
void missingArgument(llvm::raw_ostream &OS, llvm::StringRef Callee) {
  // MISSING: format-strings.cpp:[[@LINE+2]]:{{[0-9]+}}: error: call to consteval function 'fmt::basic_format_string<{{.*}}>' is not a constant expression
  // MISSING: note: in call to 'this->on_error(&"argument not found"[0])'
  quadrant::print(OS, "{} calls {} at line {}\n", Callee, "sleep");
}
#endif

#ifdef WRONG_TYPE
void wrongType(llvm::raw_ostream &OS, llvm::StringRef Callee) {
  // TYPE: format-strings.cpp:[[@LINE+2]]:{{[0-9]+}}: error: call to consteval function 'fmt::basic_format_string<{{.*}}>' is not a constant expression
  // TYPE: note: in call to 'check_string_type_spec<
  quadrant::print(OS, "line {:d}\n", Callee);
}
#endif

#ifdef NOT_A_LITERAL
void notALiteral(llvm::raw_ostream &OS, const std::string &Wording) {
  // LITERAL: format-strings.cpp:[[@LINE+2]]:{{[0-9]+}}: error: call to consteval function 'fmt::basic_format_string<{{.*}}>' is not a constant expression
  // LITERAL: note: function parameter 'Wording' with unknown value cannot be used in a constant expression
  quadrant::print(OS, Wording);
}
#endif

#ifdef RETURNED_MISSING_ARGUMENT
std::string returnedMissingArgument(llvm::StringRef Callee) {
  // RETURNED: format-strings.cpp:[[@LINE+2]]:{{[0-9]+}}: error: call to consteval function 'fmt::basic_format_string<{{.*}}>' is not a constant expression
  // RETURNED: note: in call to 'this->on_error(&"argument not found"[0])'
  return fmt::format("'{}' is {}", Callee);
}
#endif
