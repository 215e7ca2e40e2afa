//===--- Progress.cpp - A progress line on a terminal -----------*- C++ -*-===//
#include "driver/Progress.h"
#include "core/Format.h"
#include "llvm/Support/Process.h"
#include <sys/ioctl.h>
#include <unistd.h>

namespace quadrant::driver {

namespace {

/// Redrawing more often than this is not seen, and a warm run over
/// thousands of cached files would spend its time talking to the terminal.
constexpr std::chrono::milliseconds RedrawInterval{100};
constexpr std::chrono::seconds TickInterval{1};

/// The width of the terminal on stderr. LLVM's StandardErrColumns() reads
/// only $COLUMNS, which shells seldom export; ask the terminal, as ninja does.
unsigned terminalColumns() {
  winsize Size;
  if (ioctl(STDERR_FILENO, TIOCGWINSZ, &Size) == 0 && Size.ws_col > 0)
    return Size.ws_col;
  unsigned Columns = llvm::sys::Process::StandardErrColumns();
  return Columns ? Columns : 80;
}

} // namespace

ProgressLine::ProgressLine(llvm::raw_ostream &Terminal)
    : OS(Terminal), Width(std::max(terminalColumns(), 20u) - 1) {
  Ticker = std::thread([this] {
    std::unique_lock<std::mutex> Guard(Lock);
    while (!Stop.wait_for(Guard, TickInterval, [this] { return Stopping; }))
      if (Drawn)
        draw(Clock::now());
  });
}

ProgressLine::~ProgressLine() {
  {
    std::lock_guard<std::mutex> Guard(Lock);
    Stopping = true;
  }
  Stop.notify_one();
  Ticker.join();
  if (Drawn)
    OS << '\r' << std::string(Drawn, ' ') << '\r';
  OS.flush();
}

void ProgressLine::update(const Progress &P) {
  std::lock_guard<std::mutex> Guard(Lock);
  Done = P.Done;
  Total = P.Total;
  Current = P.Current.str();
  Clock::time_point Now = Clock::now();
  if (!Drawn || Done == Total || Now - LastDraw >= RedrawInterval)
    draw(Now);
}

void ProgressLine::draw(Clock::time_point Now) {
  LastDraw = Now;
  auto Seconds = std::chrono::duration_cast<std::chrono::seconds>(Now - Start).count();
  std::string Line =
      fmt::format("quadrant: [{}/{}] {}:{:02} ", Done, Total, Seconds / 60, Seconds % 60);
  // Too long: keep the end of the path, which names the file.
  llvm::StringRef Path = Display(Current);
  if (Line.size() + Path.size() <= Width)
    Line += Path;
  else if (Line.size() + 3 < Width)
    Line += fmt::format("...{}", Path.take_back(Width - Line.size() - 3));
  if (Line.size() > Width) // a terminal narrower than the counts
    Line.resize(Width);
  size_t Length = Line.size();
  if (Length < Drawn)
    Line.append(Drawn - Length, ' ');
  OS << '\r' << Line;
  OS.flush();
  Drawn = std::max(Drawn, Length);
}

} // namespace quadrant::driver
