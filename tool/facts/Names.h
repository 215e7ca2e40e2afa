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

#include "clang/AST/Decl.h"
#include <string>

namespace quadrant::facts {

/// "ns::Class::method", "std::thread", "main::(lambda at 12:15)".
std::string qualifiedName(const clang::NamedDecl *D);

/// The class of a type, looking through references, pointers and sugar.
const clang::CXXRecordDecl *classOf(clang::QualType T);

/// Whether Class, or one of its bases, has one of Names as qualified name.
bool classIsOneOf(const clang::CXXRecordDecl *Class, llvm::ArrayRef<std::string> Names);

} // namespace quadrant::facts

#endif
