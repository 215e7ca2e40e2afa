// Rules of rules/posix-process.yaml against the real glibc headers.
// RUN: %quadrant-cxx | %check

#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

// Starting a child process: the child runs on its own and the parent goes on.
void spawns(pid_t *pid, char *const argv[], char *const envp[]) {
  // CHECK: :[[@LINE-1]]:6: 'spawns' is async-nonblocking
  fork();
  // CHECK: :[[@LINE-1]]:3: fork is async-nonblocking: starts a child process that runs on its own; the parent continues at once [posix.fork]
  posix_spawn(pid, "/bin/true", nullptr, nullptr, argv, envp);
  // CHECK-NEXT: :[[@LINE-1]]:3: posix_spawn is async-nonblocking: starts a child process that runs on its own; the caller continues at once [posix.posix_spawn]
  posix_spawnp(pid, "true", nullptr, nullptr, argv, envp);
  // CHECK-NEXT: :[[@LINE-1]]:3: posix_spawnp is async-nonblocking: starts a child process{{.*}} [posix.posix_spawn]
  FILE *p = popen("ls", "r");
  // CHECK-NEXT: :[[@LINE-1]]:13: popen is async-nonblocking: starts a shell command in a child process connected by a pipe [posix.popen]
  (void)p;
}

// vfork suspends the parent until the child calls exec or exits.
pid_t vforks() { return vfork(); }
// CHECK: :[[@LINE-1]]:7: 'vforks' is async-blocking
// CHECK: :[[@LINE-2]]:25: vfork is async-blocking: starts a child process and suspends the parent until the child calls exec or exits [posix.vfork]

// system runs the command to completion; pclose waits for the child.
void runs(FILE *p) {
  // CHECK: :[[@LINE-1]]:6: 'runs' is sync-blocking
  system("ls");
  // CHECK: :[[@LINE-1]]:3: system is sync-blocking: runs a shell command and waits until it finishes [posix.system]
  std::system("ls");
  // CHECK-NEXT: :[[@LINE-1]]:3: system is sync-blocking: runs a shell command{{.*}} [posix.system]
  pclose(p);
  // CHECK-NEXT: :[[@LINE-1]]:3: pclose is sync-blocking: waits until the child process started by popen exits [posix.pclose]
}

// Waiting for a child blocks, unless WNOHANG asks for the current state.
void waits(pid_t pid, siginfo_t *info, rusage *ru) {
  // CHECK: :[[@LINE-1]]:6: 'waits' is sync-blocking
  int status;
  wait(&status);
  // CHECK: :[[@LINE-1]]:3: wait is sync-blocking: waits until a child process changes state [posix.wait]
  wait3(&status, 0, ru);
  // CHECK-NEXT: :[[@LINE-1]]:3: wait3 is sync-blocking: waits until a child process changes state [posix.wait3]
  waitpid(pid, &status, 0);
  // CHECK-NEXT: :[[@LINE-1]]:3: waitpid is sync-blocking: waits until the child process changes state [posix.waitpid]
  waitpid(-1, &status, WUNTRACED | WCONTINUED);
  // CHECK-NEXT: :[[@LINE-1]]:3: waitpid is sync-blocking: waits until the child process changes state [posix.waitpid]
  wait4(pid, &status, 0, ru);
  // CHECK-NEXT: :[[@LINE-1]]:3: wait4 is sync-blocking: waits until the child process changes state [posix.waitpid]
  waitid(P_PID, pid, info, WEXITED);
  // CHECK-NEXT: :[[@LINE-1]]:3: waitid is sync-blocking: waits until the child process changes state [posix.waitid]
}

void polls_children(pid_t pid, siginfo_t *info, rusage *ru) {
  // CHECK: :[[@LINE-1]]:6: 'polls_children' is sync-nonblocking
  int status;
  wait3(&status, WNOHANG, ru);
  // CHECK: :[[@LINE-1]]:3: wait3 is sync-nonblocking: WNOHANG returns at once when no child has changed state [posix.wait3]
  waitpid(pid, &status, WNOHANG);
  // CHECK-NEXT: :[[@LINE-1]]:3: waitpid is sync-nonblocking: WNOHANG returns at once when no child has changed state [posix.waitpid]
  waitpid(-1, &status, WNOHANG | WUNTRACED);
  // CHECK-NEXT: :[[@LINE-1]]:3: waitpid is sync-nonblocking: WNOHANG returns at once{{.*}} [posix.waitpid]
  wait4(-1, &status, WNOHANG, ru);
  // CHECK-NEXT: :[[@LINE-1]]:3: wait4 is sync-nonblocking: WNOHANG returns at once{{.*}} [posix.waitpid]
  waitid(P_ALL, 0, info, WEXITED | WNOHANG);
  // CHECK-NEXT: :[[@LINE-1]]:3: waitid is sync-nonblocking: WNOHANG returns at once when no child has changed state [posix.waitid]
}

// The exec family replaces the program; it returns only on failure.
void execs(const char *path, char *const argv[], char *const envp[], int fd) {
  // CHECK: :[[@LINE-1]]:6: 'execs' is sync-blocking
  execve(path, argv, envp);
  // CHECK: :[[@LINE-1]]:3: execve is sync-blocking: replaces this process's program, loading the new one from the file system; it returns only if that fails [posix.exec]
  execv(path, argv);
  // CHECK-NEXT: :[[@LINE-1]]:3: execv is sync-blocking: replaces this process's program{{.*}} [posix.exec]
  execvp("ls", argv);
  // CHECK-NEXT: :[[@LINE-1]]:3: execvp is sync-blocking: replaces this process's program{{.*}} [posix.exec]
  execvpe("ls", argv, envp);
  // CHECK-NEXT: :[[@LINE-1]]:3: execvpe is sync-blocking: replaces this process's program{{.*}} [posix.exec]
  execl(path, "x", nullptr);
  // CHECK-NEXT: :[[@LINE-1]]:3: execl is sync-blocking: replaces this process's program{{.*}} [posix.exec]
  execlp("ls", "ls", nullptr);
  // CHECK-NEXT: :[[@LINE-1]]:3: execlp is sync-blocking: replaces this process's program{{.*}} [posix.exec]
  execle(path, "x", nullptr, envp);
  // CHECK-NEXT: :[[@LINE-1]]:3: execle is sync-blocking: replaces this process's program{{.*}} [posix.exec]
  fexecve(fd, argv, envp);
  // CHECK-NEXT: :[[@LINE-1]]:3: fexecve is sync-blocking: replaces this process's program{{.*}} [posix.exec]
  execveat(fd, "", argv, envp, AT_EMPTY_PATH);
  // CHECK-NEXT: :[[@LINE-1]]:3: execveat is sync-blocking: replaces this process's program{{.*}} [posix.exec]
}

// Look-alikes: user functions and members that share a name with the
// library's are never labeled by the library's rules.
namespace mylib {
int fork() { return 0; }
int system(const char *) { return 0; }
int waitpid(int, int *, int) { return 0; }
int execv(const char *) { return 0; }
} // namespace mylib
// CHECK: :[[@LINE-5]]:5: 'mylib::fork' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-5]]:5: 'mylib::system' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-5]]:5: 'mylib::waitpid' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-5]]:5: 'mylib::execv' is sync-nonblocking (pure computation
struct Child {
  int wait() { return 0; }
  int spawn() { return 0; }
};
// CHECK: :[[@LINE-3]]:7: 'Child::wait' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-3]]:7: 'Child::spawn' is sync-nonblocking (pure computation

void lookalikes(Child &c) {
  mylib::fork();
  mylib::system("ls");
  int status;
  mylib::waitpid(1, &status, 0);
  mylib::execv("ls");
  c.wait();
  c.spawn();
}
// CHECK: :[[@LINE-9]]:6: 'lookalikes' is sync-nonblocking (pure computation

// CHECK: 13 functions: 3 sync-blocking, 8 sync-nonblocking (7 pure computation), 1 async-blocking, 1 async-nonblocking
