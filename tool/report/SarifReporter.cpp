//===--- SarifReporter.cpp - SARIF 2.1.0 for code scanning ------*- C++ -*-===//
//
// Findings only, as code-scanning services read them: each check a rule
// with its summary and a link to its page, each finding a result with its
// notes as related locations and its witness chain as a code flow, a
// partial fingerprint that survives unrelated edits, and its fix, if any.
// Checked in the test suite by Microsoft's validator (sarif-multitool
// validate).
//
//===----------------------------------------------------------------------===//
#include "report/Report.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/Path.h"

namespace quadrant::report {

namespace {

/// Percent-encodes what may not appear in a URI path (RFC 3986).
std::string encodeUriPath(llvm::StringRef Path) {
  std::string Out;
  for (unsigned char C : Path) {
    if (llvm::isAlnum(C) || llvm::StringRef("/-._~").contains(C))
      Out += C;
    else
      Out += "%" + llvm::utohexstr(C, /*LowerCase=*/false, /*Width=*/2);
  }
  return Out;
}

void writeArtifactLocation(llvm::json::OStream &J, llvm::StringRef File) {
  J.attributeObject("artifactLocation", [&] {
    if (llvm::sys::path::is_absolute(File)) {
      J.attribute("uri", "file://" + encodeUriPath(File));
    } else {
      J.attribute("uri", encodeUriPath(File));
      J.attribute("uriBaseId", "SRCROOT");
    }
  });
}

void writeLocation(llvm::json::OStream &J, const SourcePoint &P, const std::string *Message,
                   std::optional<int64_t> Id = std::nullopt) {
  J.object([&] {
    if (Id)
      J.attribute("id", *Id);
    J.attributeObject("physicalLocation", [&] {
      writeArtifactLocation(J, P.File);
      J.attributeObject("region", [&] {
        J.attribute("startLine", P.Line);
        J.attribute("startColumn", P.Column);
      });
    });
    if (Message)
      J.attributeObject("message", [&] { J.attribute("text", *Message); });
  });
}

/// SARIF's fix: the edits in one artifact, each a region deleted (empty for
/// an insertion) and the text put in its place.
void writeFix(llvm::json::OStream &J, const checks::FixIt &Fix) {
  J.object([&] {
    J.attributeObject("description", [&] { J.attribute("text", Fix.Description); });
    J.attributeArray("artifactChanges", [&] {
      J.object([&] {
        writeArtifactLocation(J, Fix.Replacements.front().Span.Begin.File);
        J.attributeArray("replacements", [&] {
          for (const checks::Replacement &R : Fix.Replacements)
            J.object([&] {
              J.attributeObject("deletedRegion", [&] {
                J.attribute("startLine", R.Span.Begin.Line);
                J.attribute("startColumn", R.Span.Begin.Column);
                J.attribute("endLine", R.Span.End.Line);
                J.attribute("endColumn", R.Span.End.Column);
              });
              J.attributeObject("insertedContent", [&] { J.attribute("text", R.Text); });
            });
        });
      });
    });
  });
}

} // namespace

void writeSarif(const Report &R, llvm::raw_ostream &OS) {
  llvm::ArrayRef<checks::CheckInfo> Checks = checks::allChecks();
  auto RuleIndex = [&](llvm::StringRef Check) -> std::optional<size_t> {
    for (size_t I = 0; I < Checks.size(); ++I)
      if (Check == Checks[I].Name)
        return I;
    return std::nullopt;
  };
  llvm::SmallString<256> Cwd;
  llvm::sys::fs::current_path(Cwd);

  llvm::json::OStream J(OS, 2);
  J.object([&] {
    J.attribute("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    J.attribute("version", "2.1.0");
    J.attributeArray("runs", [&] {
      J.object([&] {
        J.attributeObject("tool", [&] {
          J.attributeObject("driver", [&] {
            J.attribute("name", "quadrant");
            J.attribute("version", QUADRANT_VERSION);
            llvm::SmallString<256> Docs(llvm::sys::path::parent_path(R.ChecksDocDir));
            J.attribute("informationUri", "file://" + encodeUriPath(Docs) + "/");
            J.attributeArray("rules", [&] {
              for (const checks::CheckInfo &C : Checks)
                J.object([&] {
                  J.attribute("id", C.Name);
                  J.attributeObject("shortDescription", [&] { J.attribute("text", C.Summary); });
                  J.attributeObject("fullDescription", [&] { J.attribute("text", C.Summary); });
                  llvm::SmallString<256> Doc(R.ChecksDocDir);
                  llvm::sys::path::append(Doc, shortCheckName(C.Name) + ".md");
                  J.attribute("helpUri", "file://" + encodeUriPath(Doc));
                  J.attributeObject("defaultConfiguration",
                                    [&] { J.attribute("level", "warning"); });
                });
            });
          });
        });
        J.attributeObject("originalUriBaseIds", [&] {
          J.attributeObject("SRCROOT", [&] {
            J.attribute("uri", "file://" + encodeUriPath(Cwd) + "/");
          });
        });
        J.attributeArray("results", [&] {
          for (const checks::Finding &F : R.Findings)
            J.object([&] {
              J.attribute("ruleId", F.Check);
              if (std::optional<size_t> Index = RuleIndex(F.Check))
                J.attribute("ruleIndex", static_cast<int64_t>(*Index));
              J.attribute("level", F.Error ? "error" : "warning");
              J.attributeObject("message", [&] { J.attribute("text", F.Message); });
              J.attributeArray("locations", [&] { writeLocation(J, F.Loc, nullptr); });
              J.attributeObject("partialFingerprints",
                                [&] { J.attribute("quadrantFingerprint/v1", F.Fingerprint); });
              if (F.Fix)
                J.attributeArray("fixes", [&] { writeFix(J, *F.Fix); });
              if (F.Notes.empty())
                return;
              J.attributeArray("relatedLocations", [&] {
                for (size_t I = 0; I < F.Notes.size(); ++I)
                  writeLocation(J, F.Notes[I].Loc, &F.Notes[I].Message, static_cast<int64_t>(I));
              });
              // The witness chain, from the finding down to the call that decides it.
              J.attributeArray("codeFlows", [&] {
                J.object([&] {
                  J.attributeArray("threadFlows", [&] {
                    J.object([&] {
                      J.attributeArray("locations", [&] {
                        J.object([&] {
                          J.attributeBegin("location");
                          writeLocation(J, F.Loc, &F.Message);
                          J.attributeEnd();
                        });
                        for (const checks::Note &N : F.Notes)
                          J.object([&] {
                            J.attributeBegin("location");
                            writeLocation(J, N.Loc, &N.Message);
                            J.attributeEnd();
                          });
                      });
                    });
                  });
                });
              });
            });
        });
      });
    });
  });
  OS << "\n";
}

} // namespace quadrant::report
