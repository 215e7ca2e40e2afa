// Rules of rules/posix-fs.yaml against the real glibc headers.
// RUN: %quadrant-cxx | %check

#include <cstdio>
#include <cstdlib>
#include <dirent.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/statvfs.h>
#include <sys/time.h>
#include <unistd.h>
#include <utime.h>

// Reading metadata can wait for the disk or a network file system.
void metadata(const char *p, int fd, char *buf) {
  // CHECK: :[[@LINE-1]]:6: 'metadata' is sync-blocking
  struct stat st;
  struct stat64 st64;
  struct statx stx;
  struct statfs sfs;
  struct statfs64 sfs64;
  struct statvfs svfs;
  struct statvfs64 svfs64;
  stat(p, &st);
  // CHECK: :[[@LINE-1]]:3: stat is sync-blocking: reads file metadata, which can wait for the disk or a network file system [posix.stat]
  lstat(p, &st);
  // CHECK-NEXT: :[[@LINE-1]]:3: lstat is sync-blocking: reads file metadata{{.*}} [posix.stat]
  fstat(fd, &st);
  // CHECK-NEXT: :[[@LINE-1]]:3: fstat is sync-blocking: reads file metadata{{.*}} [posix.stat]
  fstatat(AT_FDCWD, p, &st, AT_SYMLINK_NOFOLLOW);
  // CHECK-NEXT: :[[@LINE-1]]:3: fstatat is sync-blocking: reads file metadata{{.*}} [posix.stat]
  stat64(p, &st64);
  // CHECK-NEXT: :[[@LINE-1]]:3: stat64 is sync-blocking: reads file metadata{{.*}} [posix.stat]
  lstat64(p, &st64);
  // CHECK-NEXT: :[[@LINE-1]]:3: lstat64 is sync-blocking: reads file metadata{{.*}} [posix.stat]
  fstat64(fd, &st64);
  // CHECK-NEXT: :[[@LINE-1]]:3: fstat64 is sync-blocking: reads file metadata{{.*}} [posix.stat]
  fstatat64(AT_FDCWD, p, &st64, 0);
  // CHECK-NEXT: :[[@LINE-1]]:3: fstatat64 is sync-blocking: reads file metadata{{.*}} [posix.stat]
  statx(AT_FDCWD, p, 0, STATX_SIZE, &stx);
  // CHECK-NEXT: :[[@LINE-1]]:3: statx is sync-blocking: reads file metadata{{.*}} [posix.stat]
  access(p, R_OK);
  // CHECK-NEXT: :[[@LINE-1]]:3: access is sync-blocking: reads file metadata{{.*}} [posix.stat]
  faccessat(AT_FDCWD, p, R_OK, 0);
  // CHECK-NEXT: :[[@LINE-1]]:3: faccessat is sync-blocking: reads file metadata{{.*}} [posix.stat]
  euidaccess(p, R_OK);
  // CHECK-NEXT: :[[@LINE-1]]:3: euidaccess is sync-blocking: reads file metadata{{.*}} [posix.stat]
  eaccess(p, R_OK);
  // CHECK-NEXT: :[[@LINE-1]]:3: eaccess is sync-blocking: reads file metadata{{.*}} [posix.stat]
  statfs(p, &sfs);
  // CHECK-NEXT: :[[@LINE-1]]:3: statfs is sync-blocking: reads file metadata{{.*}} [posix.stat]
  fstatfs(fd, &sfs);
  // CHECK-NEXT: :[[@LINE-1]]:3: fstatfs is sync-blocking: reads file metadata{{.*}} [posix.stat]
  statfs64(p, &sfs64);
  // CHECK-NEXT: :[[@LINE-1]]:3: statfs64 is sync-blocking: reads file metadata{{.*}} [posix.stat]
  fstatfs64(fd, &sfs64);
  // CHECK-NEXT: :[[@LINE-1]]:3: fstatfs64 is sync-blocking: reads file metadata{{.*}} [posix.stat]
  statvfs(p, &svfs);
  // CHECK-NEXT: :[[@LINE-1]]:3: statvfs is sync-blocking: reads file metadata{{.*}} [posix.stat]
  fstatvfs(fd, &svfs);
  // CHECK-NEXT: :[[@LINE-1]]:3: fstatvfs is sync-blocking: reads file metadata{{.*}} [posix.stat]
  statvfs64(p, &svfs64);
  // CHECK-NEXT: :[[@LINE-1]]:3: statvfs64 is sync-blocking: reads file metadata{{.*}} [posix.stat]
  fstatvfs64(fd, &svfs64);
  // CHECK-NEXT: :[[@LINE-1]]:3: fstatvfs64 is sync-blocking: reads file metadata{{.*}} [posix.stat]
  readlink(p, buf, 64);
  // CHECK-NEXT: :[[@LINE-1]]:3: readlink is sync-blocking: reads file metadata{{.*}} [posix.stat]
  readlinkat(AT_FDCWD, p, buf, 64);
  // CHECK-NEXT: :[[@LINE-1]]:3: readlinkat is sync-blocking: reads file metadata{{.*}} [posix.stat]
  realpath(p, buf);
  // CHECK-NEXT: :[[@LINE-1]]:3: realpath is sync-blocking: reads file metadata{{.*}} [posix.stat]
}

void changes(const char *p, const char *q, int fd, const timespec *ts, const timeval *tv,
             const utimbuf *ub) {
  // CHECK: :[[@LINE-2]]:6: 'changes' is sync-blocking
  mkdir(p, 0755);
  // CHECK: :[[@LINE-1]]:3: mkdir is sync-blocking: changes or looks up the file system, which can wait for the disk or a network file system [posix.fs_change]
  mkdirat(AT_FDCWD, p, 0755);
  // CHECK-NEXT: :[[@LINE-1]]:3: mkdirat is sync-blocking: changes or looks up the file system{{.*}} [posix.fs_change]
  rmdir(p);
  // CHECK-NEXT: :[[@LINE-1]]:3: rmdir is sync-blocking: changes or looks up the file system{{.*}} [posix.fs_change]
  unlink(p);
  // CHECK-NEXT: :[[@LINE-1]]:3: unlink is sync-blocking: changes or looks up the file system{{.*}} [posix.fs_change]
  unlinkat(AT_FDCWD, p, AT_REMOVEDIR);
  // CHECK-NEXT: :[[@LINE-1]]:3: unlinkat is sync-blocking: changes or looks up the file system{{.*}} [posix.fs_change]
  remove(p);
  // CHECK-NEXT: :[[@LINE-1]]:3: remove is sync-blocking: changes or looks up the file system{{.*}} [posix.fs_change]
  rename(p, q);
  // CHECK-NEXT: :[[@LINE-1]]:3: rename is sync-blocking: changes or looks up the file system{{.*}} [posix.fs_change]
  renameat(AT_FDCWD, p, AT_FDCWD, q);
  // CHECK-NEXT: :[[@LINE-1]]:3: renameat is sync-blocking: changes or looks up the file system{{.*}} [posix.fs_change]
  renameat2(AT_FDCWD, p, AT_FDCWD, q, RENAME_NOREPLACE);
  // CHECK-NEXT: :[[@LINE-1]]:3: renameat2 is sync-blocking: changes or looks up the file system{{.*}} [posix.fs_change]
  link(p, q);
  // CHECK-NEXT: :[[@LINE-1]]:3: link is sync-blocking: changes or looks up the file system{{.*}} [posix.fs_change]
  linkat(AT_FDCWD, p, AT_FDCWD, q, 0);
  // CHECK-NEXT: :[[@LINE-1]]:3: linkat is sync-blocking: changes or looks up the file system{{.*}} [posix.fs_change]
  symlink(p, q);
  // CHECK-NEXT: :[[@LINE-1]]:3: symlink is sync-blocking: changes or looks up the file system{{.*}} [posix.fs_change]
  symlinkat(p, AT_FDCWD, q);
  // CHECK-NEXT: :[[@LINE-1]]:3: symlinkat is sync-blocking: changes or looks up the file system{{.*}} [posix.fs_change]
  chmod(p, 0644);
  // CHECK-NEXT: :[[@LINE-1]]:3: chmod is sync-blocking: changes or looks up the file system{{.*}} [posix.fs_change]
  fchmod(fd, 0644);
  // CHECK-NEXT: :[[@LINE-1]]:3: fchmod is sync-blocking: changes or looks up the file system{{.*}} [posix.fs_change]
  fchmodat(AT_FDCWD, p, 0644, 0);
  // CHECK-NEXT: :[[@LINE-1]]:3: fchmodat is sync-blocking: changes or looks up the file system{{.*}} [posix.fs_change]
  chown(p, 0, 0);
  // CHECK-NEXT: :[[@LINE-1]]:3: chown is sync-blocking: changes or looks up the file system{{.*}} [posix.fs_change]
  fchown(fd, 0, 0);
  // CHECK-NEXT: :[[@LINE-1]]:3: fchown is sync-blocking: changes or looks up the file system{{.*}} [posix.fs_change]
  lchown(p, 0, 0);
  // CHECK-NEXT: :[[@LINE-1]]:3: lchown is sync-blocking: changes or looks up the file system{{.*}} [posix.fs_change]
  fchownat(AT_FDCWD, p, 0, 0, 0);
  // CHECK-NEXT: :[[@LINE-1]]:3: fchownat is sync-blocking: changes or looks up the file system{{.*}} [posix.fs_change]
  mkfifo(p, 0600);
  // CHECK-NEXT: :[[@LINE-1]]:3: mkfifo is sync-blocking: changes or looks up the file system{{.*}} [posix.fs_change]
  mkfifoat(AT_FDCWD, p, 0600);
  // CHECK-NEXT: :[[@LINE-1]]:3: mkfifoat is sync-blocking: changes or looks up the file system{{.*}} [posix.fs_change]
  mknod(p, S_IFIFO | 0600, 0);
  // CHECK-NEXT: :[[@LINE-1]]:3: mknod is sync-blocking: changes or looks up the file system{{.*}} [posix.fs_change]
  mknodat(AT_FDCWD, p, S_IFIFO | 0600, 0);
  // CHECK-NEXT: :[[@LINE-1]]:3: mknodat is sync-blocking: changes or looks up the file system{{.*}} [posix.fs_change]
  utimensat(AT_FDCWD, p, ts, 0);
  // CHECK-NEXT: :[[@LINE-1]]:3: utimensat is sync-blocking: changes or looks up the file system{{.*}} [posix.fs_change]
  futimens(fd, ts);
  // CHECK-NEXT: :[[@LINE-1]]:3: futimens is sync-blocking: changes or looks up the file system{{.*}} [posix.fs_change]
  utimes(p, tv);
  // CHECK-NEXT: :[[@LINE-1]]:3: utimes is sync-blocking: changes or looks up the file system{{.*}} [posix.fs_change]
  utime(p, ub);
  // CHECK-NEXT: :[[@LINE-1]]:3: utime is sync-blocking: changes or looks up the file system{{.*}} [posix.fs_change]
  chdir(p);
  // CHECK-NEXT: :[[@LINE-1]]:3: chdir is sync-blocking: changes or looks up the file system{{.*}} [posix.fs_change]
  fchdir(fd);
  // CHECK-NEXT: :[[@LINE-1]]:3: fchdir is sync-blocking: changes or looks up the file system{{.*}} [posix.fs_change]
}

void sizes(const char *p, int fd) {
  // CHECK: :[[@LINE-1]]:6: 'sizes' is sync-blocking
  truncate(p, 0);
  // CHECK: :[[@LINE-1]]:3: truncate is sync-blocking: changes a file's size or allocation, which can wait for the disk or a network file system [posix.truncate]
  truncate64(p, 0);
  // CHECK-NEXT: :[[@LINE-1]]:3: truncate64 is sync-blocking: changes a file's size{{.*}} [posix.truncate]
  ftruncate(fd, 4096);
  // CHECK-NEXT: :[[@LINE-1]]:3: ftruncate is sync-blocking: changes a file's size{{.*}} [posix.truncate]
  ftruncate64(fd, 4096);
  // CHECK-NEXT: :[[@LINE-1]]:3: ftruncate64 is sync-blocking: changes a file's size{{.*}} [posix.truncate]
  posix_fallocate(fd, 0, 4096);
  // CHECK-NEXT: :[[@LINE-1]]:3: posix_fallocate is sync-blocking: changes a file's size{{.*}} [posix.truncate]
  posix_fallocate64(fd, 0, 4096);
  // CHECK-NEXT: :[[@LINE-1]]:3: posix_fallocate64 is sync-blocking: changes a file's size{{.*}} [posix.truncate]
  fallocate(fd, FALLOC_FL_KEEP_SIZE, 0, 4096);
  // CHECK-NEXT: :[[@LINE-1]]:3: fallocate is sync-blocking: changes a file's size{{.*}} [posix.truncate]
  fallocate64(fd, 0, 0, 4096);
  // CHECK-NEXT: :[[@LINE-1]]:3: fallocate64 is sync-blocking: changes a file's size{{.*}} [posix.truncate]
}

void durability(int fd) {
  // CHECK: :[[@LINE-1]]:6: 'durability' is sync-blocking
  fsync(fd);
  // CHECK: :[[@LINE-1]]:3: fsync is sync-blocking: waits until the file's data has been written to the disk [posix.fsync]
  fdatasync(fd);
  // CHECK-NEXT: :[[@LINE-1]]:3: fdatasync is sync-blocking: waits until the file's data{{.*}} [posix.fsync]
  sync();
  // CHECK-NEXT: :[[@LINE-1]]:3: sync is sync-blocking: waits until the file's data{{.*}} [posix.fsync]
  syncfs(fd);
  // CHECK-NEXT: :[[@LINE-1]]:3: syncfs is sync-blocking: waits until the file's data{{.*}} [posix.fsync]
}

int no_filter(const dirent *) { return 1; }
// CHECK: :[[@LINE-1]]:5: 'no_filter' is sync-nonblocking (pure computation
void directories(const char *p, int fd, dirent *entry, dirent **result, dirent ***list,
                 dirent64 ***list64) {
  // CHECK: :[[@LINE-2]]:6: 'directories' is sync-blocking
  DIR *d = opendir(p);
  // CHECK: :[[@LINE-1]]:12: opendir is sync-blocking: reads a directory, which can wait for the disk or a network file system [posix.readdir]
  DIR *e = fdopendir(fd);
  // CHECK-NEXT: :[[@LINE-1]]:12: fdopendir is sync-blocking: reads a directory{{.*}} [posix.readdir]
  readdir(d);
  // CHECK-NEXT: :[[@LINE-1]]:3: readdir is sync-blocking: reads a directory{{.*}} [posix.readdir]
  readdir64(e);
  // CHECK-NEXT: :[[@LINE-1]]:3: readdir64 is sync-blocking: reads a directory{{.*}} [posix.readdir]
#pragma clang diagnostic ignored "-Wdeprecated-declarations"
  readdir_r(d, entry, result);
  // CHECK-NEXT: :[[@LINE-1]]:3: readdir_r is sync-blocking: reads a directory{{.*}} [posix.readdir]
  scandir(p, list, no_filter, alphasort);
  // CHECK-NEXT: :[[@LINE-1]]:3: scandir is sync-blocking: reads a directory{{.*}} [posix.readdir]
  scandir64(p, list64, nullptr, nullptr);
  // CHECK-NEXT: :[[@LINE-1]]:3: scandir64 is sync-blocking: reads a directory{{.*}} [posix.readdir]
  closedir(d);
  // CHECK-NEXT: :[[@LINE-1]]:3: closedir is sync-blocking: reads a directory{{.*}} [posix.readdir]
}

// flock waits for the lock unless LOCK_NB; unlocking returns at once.
void flocks(int fd, int how) {
  // CHECK: :[[@LINE-1]]:6: 'flocks' is sync-blocking
  flock(fd, LOCK_EX);
  // CHECK: :[[@LINE-1]]:3: flock is sync-blocking: waits until the file lock is free [posix.flock]
  flock(fd, LOCK_SH);
  // CHECK-NEXT: :[[@LINE-1]]:3: flock is sync-blocking: waits until the file lock is free [posix.flock]
  flock(fd, how);
  // CHECK-NEXT: :[[@LINE-1]]:3: flock is sync-blocking: waits until the file lock is free [posix.flock]
  flock(fd, LOCK_EX | LOCK_NB);
  // CHECK-NEXT: :[[@LINE-1]]:3: flock is sync-nonblocking: LOCK_NB returns EWOULDBLOCK at once when the lock is held [posix.flock]
  flock(fd, LOCK_UN);
  // CHECK-NEXT: :[[@LINE-1]]:3: flock is sync-nonblocking: releasing a file lock returns at once [posix.flock]
}

void try_flock(int fd) { flock(fd, LOCK_SH | LOCK_NB); }
// CHECK: :[[@LINE-1]]:6: 'try_flock' is sync-nonblocking
// CHECK-NEXT: :[[@LINE-2]]:26: flock is sync-nonblocking: LOCK_NB{{.*}} [posix.flock]

// lockf: F_LOCK waits; the others return at once.
void lockfs(int fd) {
  // CHECK: :[[@LINE-1]]:6: 'lockfs' is sync-blocking
  lockf(fd, F_LOCK, 0);
  // CHECK: :[[@LINE-1]]:3: lockf is sync-blocking: F_LOCK waits until the section of the file is unlocked [posix.lockf]
  lockf64(fd, F_LOCK, 0);
  // CHECK-NEXT: :[[@LINE-1]]:3: lockf64 is sync-blocking: F_LOCK waits{{.*}} [posix.lockf]
  lockf(fd, F_TLOCK, 0);
  // CHECK-NEXT: :[[@LINE-1]]:3: lockf is sync-nonblocking: F_TLOCK, F_TEST and F_ULOCK return at once [posix.lockf]
  lockf(fd, F_TEST, 0);
  // CHECK-NEXT: :[[@LINE-1]]:3: lockf is sync-nonblocking: F_TLOCK, F_TEST and F_ULOCK return at once [posix.lockf]
  lockf64(fd, F_ULOCK, 0);
  // CHECK-NEXT: :[[@LINE-1]]:3: lockf64 is sync-nonblocking: F_TLOCK{{.*}} [posix.lockf]
}

// msync: MS_SYNC waits for the write-back; MS_ASYNC leaves it to the kernel.
void msyncs(void *addr, int flags) {
  // CHECK: :[[@LINE-1]]:6: 'msyncs' is async-blocking
  msync(addr, 4096, MS_SYNC | MS_INVALIDATE);
  // CHECK: :[[@LINE-1]]:3: msync is sync-blocking: MS_SYNC waits until the mapped pages have been written to the file [posix.msync]
  msync(addr, 4096, MS_ASYNC);
  // CHECK-NEXT: :[[@LINE-1]]:3: msync is async-nonblocking: MS_ASYNC leaves the write-back to the kernel, which completes it later; the call returns at once [posix.msync]
  msync(addr, 4096, flags);
  // CHECK-NEXT: :[[@LINE-1]]:3: msync is sync-blocking: waits until the mapped pages have been written to the file [posix.msync]
}

// Look-alikes are not labeled.
namespace mylib {
int stat(const char *) { return 0; }
int mkdir(const char *) { return 0; }
int flock(int, int) { return 0; }
int fsync(int) { return 0; }
} // namespace mylib
// CHECK: :[[@LINE-5]]:5: 'mylib::stat' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-5]]:5: 'mylib::mkdir' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-5]]:5: 'mylib::flock' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-5]]:5: 'mylib::fsync' is sync-nonblocking (pure computation
struct File {
  int truncate(long) { return 0; }
  int unlink() { return 0; }
};
// CHECK: :[[@LINE-3]]:7: 'File::truncate' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-3]]:7: 'File::unlink' is sync-nonblocking (pure computation
void lookalikes(File &f) {
  mylib::stat("p");
  mylib::mkdir("p");
  mylib::flock(3, LOCK_EX);
  mylib::fsync(3);
  f.truncate(0);
  f.unlink();
}
// CHECK: :[[@LINE-8]]:6: 'lookalikes' is sync-nonblocking (pure computation

// CHECK: 17 functions: 7 sync-blocking, 9 sync-nonblocking (8 pure computation), 1 async-blocking, 0 async-nonblocking
