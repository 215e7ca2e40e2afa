//===--- ConstructedClasses.h - Which classes the program makes -*- C++ -*-===//
//
//   in:  one parsed TU  =>  out: TranslationUnit::ConstructedClasses
//
// Rapid type analysis narrows a virtual call to the overriders of classes
// the program constructs: an object whose dynamic type is D exists only
// where D is constructed (a local, a member, `new D`, `std::make_unique<D>`,
// `std::make_shared<D>`). A TU lists the polymorphic classes it constructs
// and their bases; the linker takes the union over the program.
//
//===----------------------------------------------------------------------===//
#ifndef QUADRANT_FACTS_CONSTRUCTEDCLASSES_H
#define QUADRANT_FACTS_CONSTRUCTEDCLASSES_H

#include "facts/Facts.h"

namespace clang {
class ASTContext;
}

namespace quadrant::facts {

/// Sets TU.ConstructedClasses: the qualified names of the polymorphic
/// classes this TU's own code constructs, and of all their bases, sorted.
void extractConstructedClasses(clang::ASTContext &Ctx, TranslationUnit &TU);

} // namespace quadrant::facts

#endif
