//===--- Names.h - How quadrant spells declarations -------------*- C++ -*-===//
//
// Rules and reports name declarations by their qualified name without
// template arguments or inline namespaces ("std::future::get", not
// "std::__basic_future<int>::get"), so one rule covers every specialization
// and every standard library version.
//
//===----------------------------------------------------------------------===//
#ifndef QUADRANT_FACTS_NAMES_H
#define QUADRANT_FACTS_NAMES_H

#include "core/Quadrant.h"
#include "clang/AST/Decl.h"
#include <string>

namespace quadrant::facts {

/// "ns::Class::method", "std::thread", "main::(lambda at 12:15)".
std::string qualifiedName(const clang::NamedDecl *D);

/// The class of a type, looking through references, pointers and sugar.
const clang::CXXRecordDecl *classOf(clang::QualType T);

/// Whether Class, or one of its bases, has one of Names as qualified name.
bool classIsOneOf(const clang::CXXRecordDecl *Class, llvm::ArrayRef<std::string> Names);

/// The function whose facts stand for FD: a template instantiation reports as
/// its template, so its call sites are labeled once, at the template's lines.
const clang::FunctionDecl *reportedFunction(const clang::FunctionDecl *FD);

/// The USR that keys FD's facts: its reportedFunction's, the same in every TU.
std::string usrOf(const clang::FunctionDecl *FD);

/// A file's path as reports show it. A compile command may name its file
/// relative to its directory ("../src/a.cpp"): such a path holds nowhere
/// else, so it is made absolute, and its ".." resolved, as the command meant.
/// A path given whole keeps its "..": it may cross a symbolic link.
std::string reportedPath(const clang::SourceManager &SM, llvm::StringRef Name);

/// Where a construct is reported: where the user wrote it. A call inside a
/// macro's body is reported where the macro is used, and MacroName (if
/// given) says which macro; a call written as a macro argument is reported
/// as written.
SourcePoint reportedPoint(const clang::ASTContext &Ctx, clang::SourceLocation Loc,
                          std::string *MacroName);

} // namespace quadrant::facts

#endif
