// Rules of rules/std-io.yaml against the real libstdc++ headers.
// RUN: %quadrant-cxx | %check

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

// std.istream.extract (members of std::basic_istream) and
// std.istream.extract_free (std::operator>>, std::getline): reading the
// console waits for input.
void reads(std::string &s, int &x, char *buf) {
  std::cin >> x;
  // CHECK: :[[@LINE-2]]:6: 'reads' is sync-blocking
  // CHECK-NEXT: blocks: reads -> std::basic_istream::operator>> at {{.*}}std-io.cpp:[[@LINE-2]]:12
  // CHECK-NEXT: :[[@LINE-3]]:12: std::basic_istream::operator>> is sync-blocking: reading a stream waits for its terminal, pipe or file to supply input [std.istream.extract]
  std::cin >> s;
  // CHECK-NEXT: :[[@LINE-1]]:12: std::operator>> is sync-blocking: {{.*}} [std.istream.extract_free]
  char c;
  std::cin >> c;
  // CHECK-NEXT: :[[@LINE-1]]:12: std::operator>> is sync-blocking: {{.*}} [std.istream.extract_free]
  std::cin >> x >> s;
  // CHECK-NEXT: :[[@LINE-1]]:12: std::basic_istream::operator>> is sync-blocking: {{.*}} [std.istream.extract]
  // CHECK-NEXT: :[[@LINE-2]]:17: std::operator>> is sync-blocking: {{.*}} [std.istream.extract_free]
  std::getline(std::cin, s);
  // CHECK-NEXT: :[[@LINE-1]]:3: std::getline is sync-blocking: {{.*}} [std.istream.extract_free]
  std::getline(std::cin, s, ';');
  // CHECK-NEXT: :[[@LINE-1]]:3: std::getline is sync-blocking: {{.*}} [std.istream.extract_free]
  std::cin.get();
  // CHECK-NEXT: :[[@LINE-1]]:12: std::basic_istream::get is sync-blocking: {{.*}} [std.istream.extract]
  std::cin.getline(buf, 10);
  // CHECK-NEXT: :[[@LINE-1]]:12: std::basic_istream::getline is sync-blocking: {{.*}} [std.istream.extract]
  std::cin.read(buf, 10);
  // CHECK-NEXT: :[[@LINE-1]]:12: std::basic_istream::read is sync-blocking: {{.*}} [std.istream.extract]
  std::cin.ignore();
  // CHECK-NEXT: :[[@LINE-1]]:12: std::basic_istream::ignore is sync-blocking: {{.*}} [std.istream.extract]
  std::cin.peek();
  // CHECK-NEXT: :[[@LINE-1]]:12: std::basic_istream::peek is sync-blocking: {{.*}} [std.istream.extract]
}

// Any std::istream may be a terminal, pipe or file: reading one blocks, and
// so does reading a file stream.
void stream_reads(std::istream &is, std::ifstream &f, std::fstream &fs, int &x, std::string &s) {
  is >> x;
  // CHECK: :[[@LINE-2]]:6: 'stream_reads' is sync-blocking
  // CHECK: :[[@LINE-2]]:6: std::basic_istream::operator>> is sync-blocking: {{.*}} [std.istream.extract]
  std::getline(is, s);
  // CHECK-NEXT: :[[@LINE-1]]:3: std::getline is sync-blocking: {{.*}} [std.istream.extract_free]
  f >> x;
  // CHECK-NEXT: :[[@LINE-1]]:5: std::basic_istream::operator>> is sync-blocking: {{.*}} [std.istream.extract]
  std::getline(f, s);
  // CHECK-NEXT: :[[@LINE-1]]:3: std::getline is sync-blocking: {{.*}} [std.istream.extract_free]
  f.read(&s[0], 1);
  // CHECK-NEXT: :[[@LINE-1]]:5: std::basic_istream::read is sync-blocking: {{.*}} [std.istream.extract]
  fs.get();
  // CHECK-NEXT: :[[@LINE-1]]:6: std::basic_istream::get is sync-blocking: {{.*}} [std.istream.extract]
}

// Reading a string stream reads memory: not labeled.
void memory_reads(char *buf) {
  std::istringstream in("1 2 3");
  in.get();
  in.getline(buf, 10);
  in.read(buf, 10);
  in.ignore();
  in.peek();
  std::stringstream ss("4 5");
  ss.get();
  ss.getline(buf, 10);
}
// CHECK: :[[@LINE-11]]:6: 'memory_reads' is sync-nonblocking (pure computation

// Operators see the string stream, not the std::istream it converts to,
// also when chained: the second >> is called on what the first returns.
void memory_extractions(std::istringstream &in, int &x, std::string &s) {
  in >> x;
  std::getline(in, s);
  in >> std::hex >> x >> s;
}
// CHECK: :[[@LINE-5]]:6: 'memory_extractions' is sync-nonblocking (pure computation

// A chain on a file stream still reads the file at each step.
void file_chain(std::ifstream &in, int &x, int &y) {
  in >> x >> y;
  // CHECK: :[[@LINE-2]]:6: 'file_chain' is sync-blocking
  // CHECK: :[[@LINE-2]]:6: std::basic_istream::operator>> is sync-blocking: {{.*}} [std.istream.extract]
  // CHECK-NEXT: :[[@LINE-3]]:11: std::basic_istream::operator>> is sync-blocking: {{.*}} [std.istream.extract]
}

// std.fstream.open: constructing a file stream with a name opens the file;
// without one, or by moving, it opens nothing.
void opens(std::ifstream &in, std::ofstream &out) {
  std::ifstream a("in.txt");
  // CHECK: :[[@LINE-2]]:6: 'opens' is sync-blocking
  // CHECK-NEXT: blocks: opens -> std::basic_ifstream::basic_ifstream at {{.*}}std-io.cpp:[[@LINE-2]]:17
  // CHECK-NEXT: :[[@LINE-3]]:17: std::basic_ifstream::basic_ifstream is sync-blocking: opens a file, which waits for the file system [std.fstream.open]
  std::ofstream b(std::string("out.txt"));
  // CHECK-NEXT: :[[@LINE-1]]:17: std::basic_ofstream::basic_ofstream is sync-blocking: {{.*}} [std.fstream.open]
  std::fstream c("both.txt", std::ios::in | std::ios::out);
  // CHECK-NEXT: :[[@LINE-1]]:16: std::basic_fstream::basic_fstream is sync-blocking: {{.*}} [std.fstream.open]
  std::ifstream d;
  std::ofstream e;
  std::fstream f;
  std::ifstream g(std::move(in));
  std::ofstream h = std::move(out);
}

// std.fstream.member: open() and close() wait for the file system.
void members(std::ifstream &i, std::ofstream &o, std::fstream &f) {
  i.open("x");
  // CHECK: :[[@LINE-2]]:6: 'members' is sync-blocking
  // CHECK: :[[@LINE-2]]:5: std::basic_ifstream::open is sync-blocking: opening or closing a file waits for the file system [std.fstream.member]
  o.open("y");
  // CHECK-NEXT: :[[@LINE-1]]:5: std::basic_ofstream::open is sync-blocking: {{.*}} [std.fstream.member]
  f.open("z");
  // CHECK-NEXT: :[[@LINE-1]]:5: std::basic_fstream::open is sync-blocking: {{.*}} [std.fstream.member]
  i.close();
  // CHECK-NEXT: :[[@LINE-1]]:5: std::basic_ifstream::close is sync-blocking: {{.*}} [std.fstream.member]
  o.close();
  // CHECK-NEXT: :[[@LINE-1]]:5: std::basic_ofstream::close is sync-blocking: {{.*}} [std.fstream.member]
  f.close();
  // CHECK-NEXT: :[[@LINE-1]]:5: std::basic_fstream::close is sync-blocking: {{.*}} [std.fstream.member]
}

// std.ofstream.write: writing to a file stream may wait for the file system.
void file_inserts(std::ofstream &o) {
  o << 42;
  o << "x";
}
// CHECK: :[[@LINE-4]]:6: 'file_inserts' is sync-blocking
// CHECK-NEXT: blocks: file_inserts -> std::basic_ostream::operator<< at
// CHECK-NEXT: :[[@LINE-5]]:5: std::basic_ostream::operator<< is sync-blocking: {{.*}} [std.ofstream.write]
// CHECK-NEXT: :[[@LINE-5]]:5: std::operator<< is sync-blocking: {{.*}} [std.ofstream.write_free]

void writes(std::ofstream &o, std::fstream &f) {
  o.write("abc", 3);
  // CHECK: :[[@LINE-2]]:6: 'writes' is sync-blocking
  // CHECK: :[[@LINE-2]]:5: std::basic_ostream::write is sync-blocking: writing to a file stream waits for the file system when its buffer fills or is flushed [std.ofstream.write]
  o.put('c');
  // CHECK-NEXT: :[[@LINE-1]]:5: std::basic_ostream::put is sync-blocking: {{.*}} [std.ofstream.write]
  o.flush();
  // CHECK-NEXT: :[[@LINE-1]]:5: std::basic_ostream::flush is sync-blocking: {{.*}} [std.ofstream.write]
  f.write("abc", 3);
  // CHECK-NEXT: :[[@LINE-1]]:5: std::basic_ostream::write is sync-blocking: {{.*}} [std.ofstream.write]
  f.flush();
  // CHECK-NEXT: :[[@LINE-1]]:5: std::basic_ostream::flush is sync-blocking: {{.*}} [std.ofstream.write]
}

// Console and string-stream output is deliberately not labeled.
void console(int x) {
  std::cout << x;
  std::cout << "text";
  std::cout << std::string("s") << std::endl;
  std::cout.write("abc", 3);
  std::cout.put('c');
  std::cout.flush();
  std::cerr << x << '\n';
  std::ostringstream os;
  os << x;
  os << "s";
  os.write("abc", 3);
  os.flush();
}
// CHECK: :[[@LINE-14]]:6: 'console' is sync-nonblocking (pure computation

// std::system is C's system, declared in namespace std by <cstdlib>: the
// POSIX rule labels it (it waits until the shell command finishes).
int shell() { return std::system("ls"); }
// CHECK: :[[@LINE-1]]:5: 'shell' is sync-blocking
// CHECK-NEXT: blocks: shell -> system at
// CHECK-NEXT: :[[@LINE-3]]:22: system is sync-blocking: {{.*}} [posix.system]

// Look-alikes: user types and functions with the library's names.
struct Reader {
  Reader &operator>>(int &) { return *this; }
  void getline(char *, int) {}
  void open(const char *) {}
};
// CHECK: :[[@LINE-4]]:11: 'Reader::operator>>' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-4]]:8: 'Reader::getline' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-4]]:8: 'Reader::open' is sync-nonblocking (pure computation
namespace mylib {
void getline(std::istream &, std::string &) {}
struct ifstream {
  explicit ifstream(const char *) {}
};
} // namespace mylib
// CHECK: :[[@LINE-5]]:6: 'mylib::getline' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-4]]:12: 'mylib::ifstream::ifstream' is sync-nonblocking (pure computation

void lookalikes(Reader &r, int &x, std::string &s, char *buf) {
  r >> x;
  r.getline(buf, 10);
  r.open("f");
  mylib::getline(std::cin, s);
  mylib::ifstream f("f");
}
// CHECK: :[[@LINE-7]]:6: 'lookalikes' is sync-nonblocking (pure computation

// CHECK: 17 functions: 8 sync-blocking, 9 sync-nonblocking (9 pure computation), 0 async-blocking, 0 async-nonblocking
