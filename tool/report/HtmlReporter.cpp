//===--- HtmlReporter.cpp - One page to look at -----------------*- C++ -*-===//
//
// One self-contained file, for students and reviewers: the page, its style
// and script (report/html/, built in with #embed) and the data, as one JSON
// object in a <script type="application/json"> element. Nothing is fetched,
// so it works opened from disk, offline. The script draws the four-quadrant
// chart, the call graph and a function's detail from the data; this file only
// gathers it: the verdicts, each function's witness hops, the call graph
// (placed by Graphviz: HtmlGraph.h), the
// findings, and the source of every file that defines a function (read now,
// so the page shows the code as it was analyzed).
//
//===----------------------------------------------------------------------===//
#include "checks/Suppressions.h"
#include "core/Paths.h"
#include "report/CallGraph.h"
#include "report/ContextText.h"
#include "report/HtmlGraph.h"
#include "report/Report.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/JSON.h"

namespace quadrant::report {

namespace {

#pragma clang diagnostic push
#pragma clang diagnostic ignored "-Wc23-extensions"
const char PageStyle[] = {
#embed "html/report.css"
    , 0};
const char PageScript[] = {
#embed "html/report.js"
    , 0};
#pragma clang diagnostic pop

class PageData {
public:
  PageData(const Report &R) : R(R), P(R.Program) {}
  void write(llvm::raw_ostream &OS);

private:
  void writeFunction(llvm::json::OStream &J, unsigned F);
  void writeHop(llvm::json::OStream &J, llvm::StringRef Key, unsigned F,
                const classify::Witness &W);
  void writeSources(llvm::json::OStream &J);
  void writeFindings(llvm::json::OStream &J);
  void writeLanes(llvm::json::OStream &J);
  /// The function a finding is in: the one of that name in its file that
  /// starts last before it.
  std::optional<unsigned> functionOf(const checks::Finding &Finding);
  /// Source text goes into JSON, which must be UTF-8.
  static std::string utf8(llvm::StringRef S) {
    return llvm::json::isUTF8(S) ? S.str() : llvm::json::fixUTF8(S);
  }

  const Report &R;
  const link::Program &P;
  PathDisplay Display;
  checks::SourceLines Sources;
};

/// The first hop of the chain that says why one axis holds: the call of
/// another analyzed function (whose own hop continues the chain, as
/// classify::witnessChain follows it), the call site that decides it, or the
/// function being a coroutine.
void PageData::writeHop(llvm::json::OStream &J, llvm::StringRef Key, unsigned F,
                        const classify::Witness &W) {
  using Kind = classify::Witness::Kind;
  if (W.K == Kind::None)
    return;
  const facts::Function &Fn = P.Functions[F];
  J.attributeObject(Key, [&] {
    if (W.K == Kind::Coroutine) {
      J.attribute("coroutine", true);
      return;
    }
    const SourcePoint &Loc =
        W.K == Kind::Call ? Fn.Calls[W.Index].Loc : Fn.CallSites[W.Index].Loc;
    if (W.K == Kind::Call)
      J.attribute("target", P.original(W.Target));
    else
      J.attribute("callee", Fn.CallSites[W.Index].Callee);
    J.attribute("file", Display(Loc.File));
    J.attribute("line", Loc.Line);
    J.attribute("column", Loc.Column);
  });
}

void PageData::writeFunction(llvm::json::OStream &J, unsigned F) {
  const facts::Function &Fn = P.Functions[F];
  const classify::Verdict &V = R.Verdicts[F];
  J.object([&] {
    J.attribute("name", Fn.Name);
    if (!R.reported(F))
      J.attribute("excluded", true);
    J.attribute("signature", Fn.Signature);
    J.attribute("file", Display(Fn.Loc.File));
    J.attribute("line", Fn.Loc.Line);
    J.attribute("column", Fn.Loc.Column);
    // What the page shows of its code: at least every line it reports.
    unsigned End = std::max(Fn.Loc.Line, Fn.End.Line);
    std::vector<ReportedCall> Calls = reportedCalls(R, F);
    for (const ReportedCall &Call : Calls)
      if (Call.Loc.File == Fn.Loc.File)
        End = std::max(End, Call.Loc.Line);
    J.attribute("end_line", End);
    J.attribute("quadrant", quadrantName(V.quadrant()));
    J.attribute("pure", V.PureComputation);
    J.attribute("coroutine", Fn.IsCoroutine);
    J.attribute("partial", Fn.Partial);
    writeHop(J, "blocks", F, V.BlockingWitness);
    writeHop(J, "async", F, V.AsyncWitness);
    J.attributeArray("calls", [&] {
      for (const ReportedCall &Call : Calls)
        J.object([&] {
          J.attribute("callee", Call.Callee);
          J.attribute("file", Display(Call.Loc.File));
          J.attribute("line", Call.Loc.Line);
          J.attribute("column", Call.Loc.Column);
          J.attribute("quadrant", quadrantName(Call.Label));
          if (Call.RuleId)
            J.attribute("rule", *Call.RuleId);
          J.attribute("reason", Call.Reason);
          // A call of analyzed code links to the functions it may run.
          J.attributeArray("targets", [&] {
            for (unsigned C = 0; C < Fn.Calls.size(); ++C)
              if (!Call.RuleId && Fn.Calls[C].Loc == Call.Loc)
                for (unsigned T : P.Targets[F][C])
                  J.value(T);
          });
        });
    });
  });
}

/// Where code runs: the program's shape and one lane per context with the
/// functions that run in it (the page draws the lanes).
void PageData::writeLanes(llvm::json::OStream &J) {
  contexts::ProgramShape S = contexts::shapeOf(P, R.Contexts);
  auto Show = [&](llvm::StringRef File) { return Display(File).str(); };
  J.attribute("verdict", S.Verdict);
  J.attribute("why", S.Why);
  std::vector<std::vector<unsigned>> Members(R.Contexts.Contexts.size());
  for (unsigned F = 0; F < P.written(); ++F)
    if (R.reported(F))
      for (unsigned C : R.Contexts.ByFunction[F])
        Members[C].push_back(F);
  J.attributeArray("lanes", [&] {
    for (unsigned C = 0; C < Members.size(); ++C)
      J.object([&] {
        const contexts::Context &Ctx = R.Contexts.Contexts[C];
        J.attribute("title", describeContext(P, R.Contexts, C, Show));
        J.attribute("separate_memory", Ctx.separateMemory());
        J.attributeArray("functions", [&] {
          for (unsigned F : Members[C])
            J.value(F);
        });
      });
  });
  J.attributeArray("shared", [&] {
    for (unsigned F : S.Shared)
      if (R.reported(F))
        J.value(F);
  });
}

void PageData::writeSources(llvm::json::OStream &J) {
  llvm::StringSet<> Done;
  for (const facts::Function &Fn : P.writtenFunctions()) {
    if (!Done.insert(Fn.Loc.File).second)
      continue;
    J.attributeArray(Display(Fn.Loc.File), [&] {
      for (unsigned N = 1, E = Sources.lineCount(Fn.Loc.File); N <= E; ++N)
        J.value(utf8(Sources.line(Fn.Loc.File, N)));
    });
  }
}

std::optional<unsigned> PageData::functionOf(const checks::Finding &Finding) {
  std::optional<unsigned> Best;
  for (unsigned F = 0; F < P.written(); ++F) {
    const facts::Function &Fn = P.Functions[F];
    if (Fn.Name != Finding.Function || Display(Fn.Loc.File) != Display(Finding.Loc.File) ||
        Finding.Loc.Line < Fn.Loc.Line)
      continue;
    if (!Best || P.Functions[*Best].Loc.Line <= Fn.Loc.Line)
      Best = F;
  }
  return Best;
}

void PageData::writeFindings(llvm::json::OStream &J) {
  auto Point = [&](const SourcePoint &Loc) {
    J.attribute("file", Display(Loc.File));
    J.attribute("line", Loc.Line);
    J.attribute("column", Loc.Column);
  };
  for (const checks::Finding &F : R.Findings)
    J.object([&] {
      J.attribute("check", F.Check);
      J.attribute("severity", F.Error ? "error" : "warning");
      Point(F.Loc);
      J.attribute("message", F.Message);
      J.attribute("function", F.Function);
      if (std::optional<unsigned> In = functionOf(F))
        J.attribute("function_index", *In);
      J.attributeArray("notes", [&] {
        for (const checks::Note &N : F.Notes)
          J.object([&] {
            Point(N.Loc);
            J.attribute("message", N.Message);
          });
      });
    });
}

void PageData::write(llvm::raw_ostream &OS) {
  llvm::json::OStream J(OS);
  J.object([&] {
    J.attribute("version", QUADRANT_VERSION);
    J.attributeObject("colors", [&] {
      for (int Q = 0; Q < 4; ++Q)
        J.attribute(quadrantName(static_cast<Quadrant>(Q)), quadrantFill(static_cast<Quadrant>(Q)));
      J.attribute("pure", pureFill());
      J.attribute("hand-off", handOffColour());
    });
    J.attributeArray("functions", [&] {
      for (unsigned F = 0; F < P.written(); ++F)
        writeFunction(J, F);
    });
    writeGraphJson(J, R);
    J.attributeObject("program", [&] { writeLanes(J); });
    J.attributeObject("sources", [&] { writeSources(J); });
    J.attributeArray("findings", [&] { writeFindings(J); });
    J.attributeArray("diagnostics", [&] {
      for (const Diagnostic &D : R.Diagnostics)
        J.object([&] {
          J.attribute("file", Display(D.File));
          J.attribute("severity", D.Severity);
          J.attribute("message", D.Message);
        });
    });
  });
}

} // namespace

void writeHtml(const Report &R, llvm::raw_ostream &OS) {
  std::string Data;
  {
    llvm::raw_string_ostream DataOS(Data);
    PageData(R).write(DataOS);
  }
  OS << "<!DOCTYPE html>\n"
     << "<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
     << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
     << "<meta name=\"generator\" content=\"quadrant " QUADRANT_VERSION "\">\n"
     << "<title>quadrant report</title>\n<style>\n"
     << PageStyle << "</style>\n</head>\n<body>\n"
     << "<noscript><p>This report draws itself with JavaScript; please enable it. "
        "<code>quadrant --format=text</code> prints the same findings as text.</p>"
        "</noscript>\n"
     // Inside <script>, "</script" or "<!--" in a string would end or
     // confuse the element; JSON may spell every '<' as \u003c instead.
     << "<script type=\"application/json\" id=\"quadrant-data\">";
  for (char C : Data) {
    if (C == '<')
      OS << "\\u003c";
    else
      OS << C;
  }
  OS << "</script>\n<script>\n" << PageScript << "</script>\n</body>\n</html>\n";
}

} // namespace quadrant::report
