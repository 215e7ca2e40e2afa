//===--- YamlNesting.cpp - A depth limit before llvm::yaml::Input -*- C++ -*-===//
#include "core/YamlNesting.h"
#include "core/Format.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/YAMLParser.h"
#include <vector>

namespace quadrant {

namespace {

using namespace llvm::yaml;

/// A node whose children are being walked: a sequence, a mapping or one of a
/// mapping's key-value pairs.
struct Open {
  Node *N;
  SequenceNode::iterator InSequence = {};
  MappingNode::iterator InMapping = {};
  unsigned Taken = 0; ///< children returned so far

  /// The next child, or nullptr. Every child returned before has been walked
  /// to its end, so moving past it does not skip it, which would recurse.
  Node *next() {
    if (auto *S = llvm::dyn_cast<SequenceNode>(N)) {
      InSequence = Taken++ ? std::next(InSequence) : S->begin();
      return InSequence == S->end() ? nullptr : &*InSequence;
    }
    if (auto *M = llvm::dyn_cast<MappingNode>(N)) {
      InMapping = Taken++ ? std::next(InMapping) : M->begin();
      return InMapping == M->end() ? nullptr : &*InMapping;
    }
    auto *KV = llvm::cast<KeyValueNode>(N);
    switch (Taken++) {
    case 0:
      return KV->getKey();
    case 1:
      return KV->getValue();
    default:
      return nullptr;
    }
  }
};

} // namespace

llvm::Error checkYamlNesting(llvm::MemoryBufferRef Buffer, unsigned MaxDepth) {
  llvm::SourceMgr Quiet;
  Quiet.setDiagHandler([](const llvm::SMDiagnostic &, void *) {});
  Stream S(Buffer, Quiet);
  for (Document &D : S) {
    std::vector<Open> Stack;
    unsigned Depth = 0; // collections on the stack
    auto Enter = [&](Node *N) {
      if (llvm::isa<SequenceNode, MappingNode>(N))
        ++Depth;
      else if (!llvm::isa<KeyValueNode>(N))
        return; // a scalar, alias or null: nothing inside
      Stack.push_back({N});
    };
    if (Node *Root = D.getRoot())
      Enter(Root);
    while (!Stack.empty()) {
      if (Depth > MaxDepth) {
        auto [Line, Column] = Quiet.getLineAndColumn(Stack.back().N->getSourceRange().Start);
        return llvm::createStringError(
            llvm::inconvertibleErrorCode(),
            fmt::format("{}:{}:{}: error: nested more than {} levels deep",
                        Buffer.getBufferIdentifier(), Line, Column, MaxDepth));
      }
      if (Node *Child = Stack.back().next()) {
        Enter(Child);
        continue;
      }
      if (!llvm::isa<KeyValueNode>(Stack.back().N))
        --Depth;
      Stack.pop_back();
    }
  }
  return llvm::Error::success();
}

} // namespace quadrant
