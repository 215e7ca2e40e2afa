// Rules of rules/std-filesystem.yaml against the real libstdc++ headers.
// RUN: %quadrant-cxx | %check

#include <filesystem>
#include <system_error>

namespace fs = std::filesystem;

// std.filesystem.query: every question about a path asks the file system,
// with or without an error_code.
void query(const fs::path &p, const fs::path &q, std::error_code &ec) {
  fs::exists(p);
  // CHECK: :[[@LINE-2]]:6: 'query' is sync-blocking
  // CHECK-NEXT: blocks: query -> std::filesystem::exists at {{.*}}std-filesystem.cpp:[[@LINE-2]]:3
  // CHECK-NEXT: :[[@LINE-3]]:3: std::filesystem::exists is sync-blocking: asks the file system, which waits for the disk or a network file system [std.filesystem.query]
  fs::exists(p, ec);
  // CHECK-NEXT: :[[@LINE-1]]:3: std::filesystem::exists is sync-blocking: {{.*}} [std.filesystem.query]
  fs::is_block_file(p);
  // CHECK-NEXT: :[[@LINE-1]]:3: std::filesystem::is_block_file is sync-blocking: {{.*}} [std.filesystem.query]
  fs::is_character_file(p);
  // CHECK-NEXT: :[[@LINE-1]]:3: std::filesystem::is_character_file is sync-blocking: {{.*}} [std.filesystem.query]
  fs::is_directory(p);
  // CHECK-NEXT: :[[@LINE-1]]:3: std::filesystem::is_directory is sync-blocking: {{.*}} [std.filesystem.query]
  fs::is_empty(p);
  // CHECK-NEXT: :[[@LINE-1]]:3: std::filesystem::is_empty is sync-blocking: {{.*}} [std.filesystem.query]
  fs::is_fifo(p);
  // CHECK-NEXT: :[[@LINE-1]]:3: std::filesystem::is_fifo is sync-blocking: {{.*}} [std.filesystem.query]
  fs::is_other(p);
  // CHECK-NEXT: :[[@LINE-1]]:3: std::filesystem::is_other is sync-blocking: {{.*}} [std.filesystem.query]
  fs::is_regular_file(p);
  // CHECK-NEXT: :[[@LINE-1]]:3: std::filesystem::is_regular_file is sync-blocking: {{.*}} [std.filesystem.query]
  fs::is_socket(p);
  // CHECK-NEXT: :[[@LINE-1]]:3: std::filesystem::is_socket is sync-blocking: {{.*}} [std.filesystem.query]
  fs::is_symlink(p);
  // CHECK-NEXT: :[[@LINE-1]]:3: std::filesystem::is_symlink is sync-blocking: {{.*}} [std.filesystem.query]
  fs::status(p);
  // CHECK-NEXT: :[[@LINE-1]]:3: std::filesystem::status is sync-blocking: {{.*}} [std.filesystem.query]
  fs::symlink_status(p, ec);
  // CHECK-NEXT: :[[@LINE-1]]:3: std::filesystem::symlink_status is sync-blocking: {{.*}} [std.filesystem.query]
  fs::file_size(p);
  // CHECK-NEXT: :[[@LINE-1]]:3: std::filesystem::file_size is sync-blocking: {{.*}} [std.filesystem.query]
  fs::hard_link_count(p);
  // CHECK-NEXT: :[[@LINE-1]]:3: std::filesystem::hard_link_count is sync-blocking: {{.*}} [std.filesystem.query]
  fs::equivalent(p, q);
  // CHECK-NEXT: :[[@LINE-1]]:3: std::filesystem::equivalent is sync-blocking: {{.*}} [std.filesystem.query]
  fs::canonical(p);
  // CHECK-NEXT: :[[@LINE-1]]:3: std::filesystem::canonical is sync-blocking: {{.*}} [std.filesystem.query]
  fs::weakly_canonical(p);
  // CHECK-NEXT: :[[@LINE-1]]:3: std::filesystem::weakly_canonical is sync-blocking: {{.*}} [std.filesystem.query]
  fs::proximate(p, q);
  // CHECK-NEXT: :[[@LINE-1]]:3: std::filesystem::proximate is sync-blocking: {{.*}} [std.filesystem.query]
  fs::relative(p);
  // CHECK-NEXT: :[[@LINE-1]]:3: std::filesystem::relative is sync-blocking: {{.*}} [std.filesystem.query]
  fs::read_symlink(p);
  // CHECK-NEXT: :[[@LINE-1]]:3: std::filesystem::read_symlink is sync-blocking: {{.*}} [std.filesystem.query]
  fs::space(p);
  // CHECK-NEXT: :[[@LINE-1]]:3: std::filesystem::space is sync-blocking: {{.*}} [std.filesystem.query]
  fs::current_path();
  // CHECK-NEXT: :[[@LINE-1]]:3: std::filesystem::current_path is sync-blocking: {{.*}} [std.filesystem.query]
  fs::current_path(p);
  // CHECK-NEXT: :[[@LINE-1]]:3: std::filesystem::current_path is sync-blocking: {{.*}} [std.filesystem.query]
  fs::temp_directory_path();
  // CHECK-NEXT: :[[@LINE-1]]:3: std::filesystem::temp_directory_path is sync-blocking: {{.*}} [std.filesystem.query]
}

// A status already obtained is checked without the file system; the path
// class and absolute() do not touch it either.
bool classify(fs::file_status s, const fs::path &p) {
  return fs::exists(s) && fs::is_directory(s) && fs::is_regular_file(s) &&
         fs::is_symlink(s) && fs::status_known(s) && !p.filename().empty() &&
         fs::absolute(p).has_root_path();
}
// CHECK: :[[@LINE-5]]:6: 'classify' is sync-nonblocking (pure computation

// std.filesystem.modify: creating, copying, renaming and removing.
void modify(const fs::path &p, const fs::path &q, std::error_code &ec) {
  fs::copy(p, q);
  // CHECK: :[[@LINE-2]]:6: 'modify' is sync-blocking
  // CHECK-NEXT: blocks: modify -> std::filesystem::copy at {{.*}}std-filesystem.cpp:[[@LINE-2]]:3
  // CHECK-NEXT: :[[@LINE-3]]:3: std::filesystem::copy is sync-blocking: changes or reads the file system, which waits for the disk or a network file system [std.filesystem.modify]
  fs::copy(p, q, fs::copy_options::recursive, ec);
  // CHECK-NEXT: :[[@LINE-1]]:3: std::filesystem::copy is sync-blocking: {{.*}} [std.filesystem.modify]
  fs::copy_file(p, q, fs::copy_options::overwrite_existing);
  // CHECK-NEXT: :[[@LINE-1]]:3: std::filesystem::copy_file is sync-blocking: {{.*}} [std.filesystem.modify]
  fs::copy_symlink(p, q);
  // CHECK-NEXT: :[[@LINE-1]]:3: std::filesystem::copy_symlink is sync-blocking: {{.*}} [std.filesystem.modify]
  fs::create_directory(p);
  // CHECK-NEXT: :[[@LINE-1]]:3: std::filesystem::create_directory is sync-blocking: {{.*}} [std.filesystem.modify]
  fs::create_directories(p, ec);
  // CHECK-NEXT: :[[@LINE-1]]:3: std::filesystem::create_directories is sync-blocking: {{.*}} [std.filesystem.modify]
  fs::create_directory_symlink(p, q);
  // CHECK-NEXT: :[[@LINE-1]]:3: std::filesystem::create_directory_symlink is sync-blocking: {{.*}} [std.filesystem.modify]
  fs::create_hard_link(p, q);
  // CHECK-NEXT: :[[@LINE-1]]:3: std::filesystem::create_hard_link is sync-blocking: {{.*}} [std.filesystem.modify]
  fs::create_symlink(p, q);
  // CHECK-NEXT: :[[@LINE-1]]:3: std::filesystem::create_symlink is sync-blocking: {{.*}} [std.filesystem.modify]
  fs::remove(p);
  // CHECK-NEXT: :[[@LINE-1]]:3: std::filesystem::remove is sync-blocking: {{.*}} [std.filesystem.modify]
  fs::remove_all(p);
  // CHECK-NEXT: :[[@LINE-1]]:3: std::filesystem::remove_all is sync-blocking: {{.*}} [std.filesystem.modify]
  fs::rename(p, q);
  // CHECK-NEXT: :[[@LINE-1]]:3: std::filesystem::rename is sync-blocking: {{.*}} [std.filesystem.modify]
  fs::resize_file(p, 0);
  // CHECK-NEXT: :[[@LINE-1]]:3: std::filesystem::resize_file is sync-blocking: {{.*}} [std.filesystem.modify]
  fs::permissions(p, fs::perms::owner_all);
  // CHECK-NEXT: :[[@LINE-1]]:3: std::filesystem::permissions is sync-blocking: {{.*}} [std.filesystem.modify]
  auto t = fs::last_write_time(p);
  // CHECK-NEXT: :[[@LINE-1]]:12: std::filesystem::last_write_time is sync-blocking: {{.*}} [std.filesystem.modify]
  fs::last_write_time(q, t);
  // CHECK-NEXT: :[[@LINE-1]]:3: std::filesystem::last_write_time is sync-blocking: {{.*}} [std.filesystem.modify]
}

// std.filesystem.directory_iterator, std.filesystem.directory_iterator.increment:
// opening a directory and stepping through it read the file system; the end
// iterator and copies read nothing.
void list(const fs::path &p, std::error_code &ec) {
  fs::directory_iterator it(p);
  // CHECK: :[[@LINE-2]]:6: 'list' is sync-blocking
  // CHECK-NEXT: blocks: list -> std::filesystem::directory_iterator::directory_iterator at {{.*}}std-filesystem.cpp:[[@LINE-2]]:26
  // CHECK-NEXT: :[[@LINE-3]]:26: std::filesystem::directory_iterator::directory_iterator is sync-blocking: opens the directory and reads its first entry, waiting for the file system [std.filesystem.directory_iterator]
  fs::directory_iterator end;
  fs::directory_iterator copy(it);
  ++it;
  // CHECK-NEXT: :[[@LINE-1]]:3: std::filesystem::directory_iterator::operator++ is sync-blocking: reads the next directory entry, waiting for the file system [std.filesystem.directory_iterator.increment]
  it.increment(ec);
  // CHECK-NEXT: :[[@LINE-1]]:6: std::filesystem::directory_iterator::increment is sync-blocking: {{.*}} [std.filesystem.directory_iterator.increment]
  fs::recursive_directory_iterator rit(p, fs::directory_options::skip_permission_denied);
  // CHECK-NEXT: :[[@LINE-1]]:36: std::filesystem::recursive_directory_iterator::recursive_directory_iterator is sync-blocking: {{.*}} [std.filesystem.directory_iterator]
  rit++;
  // CHECK-NEXT: :[[@LINE-1]]:3: std::filesystem::recursive_directory_iterator::operator++ is sync-blocking: {{.*}} [std.filesystem.directory_iterator.increment]
  rit.increment(ec);
  // CHECK-NEXT: :[[@LINE-1]]:7: std::filesystem::recursive_directory_iterator::increment is sync-blocking: {{.*}} [std.filesystem.directory_iterator.increment]
  rit.pop();
  // CHECK-NEXT: :[[@LINE-1]]:7: std::filesystem::recursive_directory_iterator::pop is sync-blocking: {{.*}} [std.filesystem.directory_iterator.increment]
  fs::recursive_directory_iterator rend{};
  // The range-for's own increments read the directory too, but quadrant does
  // not report a range-for's implicit calls (a known analyzer limitation); the
  // construction is reported.
  for (const fs::directory_entry &e : fs::directory_iterator(p, ec))
    (void)e;
  // CHECK-NEXT: :[[@LINE-2]]:39: std::filesystem::directory_iterator::directory_iterator is sync-blocking: {{.*}} [std.filesystem.directory_iterator]
}

// std.filesystem.directory_entry, std.filesystem.directory_entry.member,
// std.filesystem.directory_entry.type.
void entries(const fs::path &p, fs::directory_entry &e) {
  fs::directory_entry made(p);
  // CHECK: :[[@LINE-2]]:6: 'entries' is sync-blocking
  // CHECK-NEXT: blocks: entries -> std::filesystem::directory_entry::directory_entry at {{.*}}std-filesystem.cpp:[[@LINE-2]]:23
  // CHECK-NEXT: :[[@LINE-3]]:23: std::filesystem::directory_entry::directory_entry is sync-blocking: reads the file's status from the file system [std.filesystem.directory_entry]
  fs::directory_entry blank;
  fs::directory_entry copied(e);
  e.refresh();
  // CHECK-NEXT: :[[@LINE-1]]:5: std::filesystem::directory_entry::refresh is sync-blocking: reads the file's status from the file system [std.filesystem.directory_entry.member]
  e.assign(p);
  // CHECK-NEXT: :[[@LINE-1]]:5: std::filesystem::directory_entry::assign is sync-blocking: {{.*}} [std.filesystem.directory_entry.member]
  e.replace_filename(p);
  // CHECK-NEXT: :[[@LINE-1]]:5: std::filesystem::directory_entry::replace_filename is sync-blocking: {{.*}} [std.filesystem.directory_entry.member]
  e.file_size();
  // CHECK-NEXT: :[[@LINE-1]]:5: std::filesystem::directory_entry::file_size is sync-blocking: {{.*}} [std.filesystem.directory_entry.member]
  e.hard_link_count();
  // CHECK-NEXT: :[[@LINE-1]]:5: std::filesystem::directory_entry::hard_link_count is sync-blocking: {{.*}} [std.filesystem.directory_entry.member]
  e.last_write_time();
  // CHECK-NEXT: :[[@LINE-1]]:5: std::filesystem::directory_entry::last_write_time is sync-blocking: {{.*}} [std.filesystem.directory_entry.member]
  e.status();
  // CHECK-NEXT: :[[@LINE-1]]:5: std::filesystem::directory_entry::status is sync-blocking: {{.*}} [std.filesystem.directory_entry.member]
  e.symlink_status();
  // CHECK-NEXT: :[[@LINE-1]]:5: std::filesystem::directory_entry::symlink_status is sync-blocking: {{.*}} [std.filesystem.directory_entry.member]
  e.exists();
  // CHECK-NEXT: :[[@LINE-1]]:5: std::filesystem::directory_entry::exists is sync-blocking: checks the entry's file type, asking the file system unless the directory listing already gave it [std.filesystem.directory_entry.type]
  e.is_block_file();
  // CHECK-NEXT: :[[@LINE-1]]:5: std::filesystem::directory_entry::is_block_file is sync-blocking: {{.*}} [std.filesystem.directory_entry.type]
  e.is_character_file();
  // CHECK-NEXT: :[[@LINE-1]]:5: std::filesystem::directory_entry::is_character_file is sync-blocking: {{.*}} [std.filesystem.directory_entry.type]
  e.is_directory();
  // CHECK-NEXT: :[[@LINE-1]]:5: std::filesystem::directory_entry::is_directory is sync-blocking: {{.*}} [std.filesystem.directory_entry.type]
  e.is_fifo();
  // CHECK-NEXT: :[[@LINE-1]]:5: std::filesystem::directory_entry::is_fifo is sync-blocking: {{.*}} [std.filesystem.directory_entry.type]
  e.is_other();
  // CHECK-NEXT: :[[@LINE-1]]:5: std::filesystem::directory_entry::is_other is sync-blocking: {{.*}} [std.filesystem.directory_entry.type]
  e.is_regular_file();
  // CHECK-NEXT: :[[@LINE-1]]:5: std::filesystem::directory_entry::is_regular_file is sync-blocking: {{.*}} [std.filesystem.directory_entry.type]
  e.is_socket();
  // CHECK-NEXT: :[[@LINE-1]]:5: std::filesystem::directory_entry::is_socket is sync-blocking: {{.*}} [std.filesystem.directory_entry.type]
  e.is_symlink();
  // CHECK-NEXT: :[[@LINE-1]]:5: std::filesystem::directory_entry::is_symlink is sync-blocking: {{.*}} [std.filesystem.directory_entry.type]
  e.path().filename();
}

// Look-alikes: a user namespace and class with the library's names.
namespace vfs {
bool exists(const char *) { return true; }
void copy(const char *, const char *) {}
void remove(const char *) {}
struct directory_iterator {
  explicit directory_iterator(const char *) {}
  directory_iterator &operator++() { return *this; }
};
struct directory_entry {
  unsigned long file_size() const { return 0; }
};
} // namespace vfs
// CHECK: :[[@LINE-11]]:6: 'vfs::exists' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-11]]:6: 'vfs::copy' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-11]]:6: 'vfs::remove' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-10]]:12: 'vfs::directory_iterator::directory_iterator' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-10]]:23: 'vfs::directory_iterator::operator++' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-8]]:17: 'vfs::directory_entry::file_size' is sync-nonblocking (pure computation

void lookalikes(vfs::directory_entry &e) {
  vfs::exists("a");
  vfs::copy("a", "b");
  vfs::remove("a");
  vfs::directory_iterator it(".");
  ++it;
  e.file_size();
}
// CHECK: :[[@LINE-8]]:6: 'lookalikes' is sync-nonblocking (pure computation

// CHECK: 12 functions: 4 sync-blocking, 8 sync-nonblocking (8 pure computation), 0 async-blocking, 0 async-nonblocking
