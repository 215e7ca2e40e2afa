//===--- ReceiverTypes.h - Virtual calls whose object the code shows -*- C++ -*-===//
//
//   in:  a virtual call in a function body
//   out: the receiver's dynamic class and its bases, nearest first, when the
//        function itself shows what the object is
//
// Rapid type analysis (link/VirtualCalls.h) keeps every overrider whose
// class the program constructs somewhere. A function often shows more: the
// object is a local of its own class (`RealRunner r; r.start();`), a
// temporary, a member held by value, or a local pointer the function
// initialized with `new D`, `std::make_unique<D>` or `std::make_shared<D>`
// and never changes. Such a call runs D's method, or the nearest base's.
//
//===----------------------------------------------------------------------===//
#ifndef QUADRANT_FACTS_RECEIVERTYPES_H
#define QUADRANT_FACTS_RECEIVERTYPES_H

#include <string>
#include <vector>

namespace clang {
class CXXMemberCallExpr;
class FunctionDecl;
} // namespace clang

namespace quadrant::facts {

/// The classes whose method the virtual call runs, the object's own first;
/// empty when the function does not show the object's dynamic type.
std::vector<std::string> receiverClasses(const clang::CXXMemberCallExpr *Call,
                                         const clang::FunctionDecl *Caller);

} // namespace quadrant::facts

#endif
