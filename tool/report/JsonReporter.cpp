//===--- JsonReporter.cpp - The quadrant-report/1 document ------*- C++ -*-===//
//
// The schema is pinned (docs/json-report.md): other tools read it. Add
// fields; never rename or remove one without bumping "schema".
//
//===----------------------------------------------------------------------===//
#include "report/ContextText.h"
#include "report/Report.h"
#include "llvm/Support/JSON.h"

namespace quadrant::report {

namespace {

/// A chain, and beside it how many links a very long one left out.
void writeChain(llvm::json::OStream &J, llvm::StringRef Key, const classify::Chain &Chain) {
  J.attributeBegin(Key);
  J.array([&] {
    for (const classify::ChainLink &Link : Chain.Links)
      J.object([&] {
        J.attribute("function", Link.Callee);
        J.attribute("file", Link.Loc.File);
        J.attribute("line", Link.Loc.Line);
        J.attribute("column", Link.Loc.Column);
      });
  });
  J.attributeEnd();
  if (Chain.Omitted)
    J.attribute((Key + "_omitted").str(), static_cast<int64_t>(Chain.Omitted));
}

const char *kindName(contexts::Kind K) {
  switch (K) {
  case contexts::Kind::MainThread:
    return "main-thread";
  case contexts::Kind::CallerThread:
    return "caller-thread";
  case contexts::Kind::Thread:
    return "thread";
  case contexts::Kind::PoolTask:
    return "pool-task";
  case contexts::Kind::LoopHandler:
    return "loop-handler";
  case contexts::Kind::Callback:
    return "callback";
  case contexts::Kind::Coroutine:
    return "coroutine";
  case contexts::Kind::ChildProcess:
    return "child-process";
  case contexts::Kind::Program:
    return "program";
  }
  return "";
}

/// A count: a number, "hardware_concurrency" or "unknown".
llvm::json::Value countValue(const contexts::Count &C) {
  switch (C.K) {
  case contexts::Count::Kind::Known:
    return C.N;
  case contexts::Count::Kind::PerHardwareThread:
    return "hardware_concurrency";
  case contexts::Count::Kind::Unknown:
    break;
  }
  return "unknown";
}

void writeContext(llvm::json::OStream &J, const Report &R, unsigned C) {
  const contexts::Context &Ctx = R.Contexts.Contexts[C];
  J.object([&] {
    J.attribute("kind", kindName(Ctx.Kind));
    if (Ctx.Kind == contexts::Kind::LoopHandler)
      J.attribute("own_loop", Ctx.OwnLoop);
    if (Ctx.Site)
      J.attributeObject("site", [&] {
        J.attribute("callee", Ctx.Site->Callee);
        J.attribute("function", R.Program.Functions[Ctx.Starter].Name);
        J.attribute("file", Ctx.Site->Loc.File);
        J.attribute("line", Ctx.Site->Loc.Line);
        J.attribute("column", Ctx.Site->Loc.Column);
      });
    else
      J.attribute("site", nullptr);
    J.attributeArray("entries", [&] {
      for (unsigned E : Ctx.Entries)
        J.value(R.Program.Functions[E].Name);
    });
    J.attribute("threads", countValue(Ctx.Threads));
    J.attribute("separate_memory", Ctx.separateMemory());
    J.attribute("description",
                describeContext(R.Program, R.Contexts, C, [](llvm::StringRef F) { return F.str(); }));
  });
}

void writeProgram(llvm::json::OStream &J, const Report &R) {
  contexts::ProgramShape S = contexts::shapeOf(R.Program, R.Contexts);
  J.attributeObject("program", [&] {
    J.attribute("verdict", S.Verdict);
    J.attribute("concurrent", S.Concurrent);
    J.attribute("parallel", S.Parallel);
    J.attribute("why", S.Why);
    J.attribute("main_functions", S.MainFunctions);
    J.attribute("thread_sites", S.ThreadSites);
    J.attribute("threads_started", countValue(S.Threads));
    J.attribute("pool_sites", S.PoolSites);
    J.attribute("parallel_algorithms", S.ParallelAlgorithms);
    J.attribute("event_loops", S.EventLoops);
    J.attribute("event_loop_threads", countValue(R.Contexts.LoopThreads));
    J.attribute("handlers", S.LoopHandlers);
    J.attribute("callbacks", S.Callbacks);
    J.attribute("coroutines", S.Coroutines);
    J.attribute("child_processes", S.ChildProcesses);
    J.attribute("programs", S.Programs);
    J.attributeArray("contexts", [&] {
      for (unsigned C = 0; C < R.Contexts.Contexts.size(); ++C)
        writeContext(J, R, C);
    });
    J.attributeArray("shared", [&] {
      for (unsigned F : S.Shared)
        if (R.reported(F))
          J.value(R.Program.Functions[F].Name);
    });
  });
}

} // namespace

void writeFunctionJson(llvm::json::OStream &J, const Report &R, unsigned F) {
  const facts::Function &Fn = R.Program.Functions[F];
  const classify::Verdict &V = R.Verdicts[F];
  J.object([&] {
    J.attribute("name", Fn.Name);
    J.attribute("signature", Fn.Signature);
    J.attribute("file", Fn.Loc.File);
    J.attribute("line", Fn.Loc.Line);
    J.attribute("column", Fn.Loc.Column);
    J.attribute("quadrant", quadrantName(V.quadrant()));
    J.attribute("blocking", V.Blocking);
    J.attribute("async", V.Async);
    J.attribute("coroutine", Fn.IsCoroutine);
    J.attribute("pure", V.PureComputation);
    J.attribute("partial", Fn.Partial);
    J.attributeArray("traits", [&] {
      for (const std::string &T : V.Traits)
        J.value(T);
    });
    writeChain(J, "blocking_via", classify::witnessChain(R.Program, R.Verdicts, F, true));
    writeChain(J, "async_via", classify::witnessChain(R.Program, R.Verdicts, F, false));
    J.attributeArray("call_sites", [&] {
      for (const ReportedCall &Call : reportedCalls(R, F))
        J.object([&] {
          J.attribute("callee", Call.Callee);
          J.attribute("file", Call.Loc.File);
          J.attribute("line", Call.Loc.Line);
          J.attribute("column", Call.Loc.Column);
          J.attribute("blocking", isBlocking(Call.Label));
          J.attribute("async", isAsync(Call.Label));
          J.attribute("quadrant", quadrantName(Call.Label));
          if (Call.RuleId)
            J.attribute("rule", *Call.RuleId);
          else
            J.attribute("rule", nullptr);
          J.attribute("reason", Call.Reason);
        });
    });
    // Added to quadrant-report/1: the calls the verdict does not cover.
    J.attributeArray("unresolved_calls", [&] {
      for (const facts::IndirectCall &Call : Fn.UnresolvedCalls)
        J.object([&] {
          J.attribute("callee", Call.Spelling);
          J.attribute("file", Call.Loc.File);
          J.attribute("line", Call.Loc.Line);
          J.attribute("column", Call.Loc.Column);
        });
    });
    // Added to quadrant-report/1: where it runs (docs/json-report.md#contexts).
    J.attributeArray("contexts", [&] {
      for (unsigned C : R.Contexts.ByFunction[F])
        writeContext(J, R, C);
    });
    J.attribute("runs_in_parallel", static_cast<bool>(R.Contexts.Parallel[F]));
  });
}

void writeJson(const Report &R, llvm::raw_ostream &OS) {
  llvm::json::OStream J(OS, 2);
  J.object([&] {
    J.attribute("schema", "quadrant-report/1");
    J.attributeObject("tool", [&] {
      J.attribute("name", "quadrant");
      J.attribute("version", QUADRANT_VERSION);
    });
    writeProgram(J, R);
    J.attributeArray("functions", [&] {
      for (unsigned F = 0; F < R.Program.Functions.size(); ++F)
        if (R.reported(F))
          writeFunctionJson(J, R, F);
    });
    J.attributeArray("findings", [&] {
      for (const checks::Finding &F : R.Findings)
        J.object([&] {
          J.attribute("check", F.Check);
          J.attribute("severity", F.Error ? "error" : "warning");
          J.attribute("file", F.Loc.File);
          J.attribute("line", F.Loc.Line);
          J.attribute("column", F.Loc.Column);
          J.attribute("message", F.Message);
          J.attribute("function", F.Function);
          J.attribute("fingerprint", F.Fingerprint);
          J.attributeArray("notes", [&] {
            for (const checks::Note &N : F.Notes)
              J.object([&] {
                J.attribute("file", N.Loc.File);
                J.attribute("line", N.Loc.Line);
                J.attribute("column", N.Loc.Column);
                J.attribute("message", N.Message);
              });
          });
        });
    });
    J.attributeArray("diagnostics", [&] {
      for (const Diagnostic &D : R.Diagnostics)
        J.object([&] {
          J.attribute("file", D.File);
          J.attribute("severity", D.Severity);
          J.attribute("message", D.Message);
        });
    });
  });
  OS << "\n";
}

} // namespace quadrant::report
