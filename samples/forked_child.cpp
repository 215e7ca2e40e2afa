// forked_child.cpp -- parallel with separate memory: a child process.
//
// What it demonstrates
//   fork() copies the whole process. From then on the parent and the child
//   run AT THE SAME TIME (parallelism), but each in its own memory: the
//   child's `answer` is a copy, and changing it does not change the
//   parent's. They talk through a pipe instead. compute_in_child() runs only
//   in the child, on the branch where fork() returned 0; wait_for_child()
//   runs only in the parent.
//
// Expected quadrants
//   compute_in_child()  sync-blocking     : it writes to the pipe.
//   wait_for_child()    sync-blocking     : it reads the pipe and waits for
//                                           the child to exit.
//   main()              async-blocking    : fork() starts the child (async);
//                                           the parent then waits (blocking).
// Where code runs (the report's first lines)
//   concurrent and parallel: 1 child process has its own copy of memory.
#include <cstdio>
#include <sys/wait.h>
#include <unistd.h>

static int answer = 0;

static void compute_in_child(int out) {
    answer = 6 * 7;  // the child's own copy: the parent still sees 0
    write(out, &answer, sizeof answer);
    _exit(0);
}

static int wait_for_child(pid_t child, int in) {
    int received = 0;
    read(in, &received, sizeof received);
    waitpid(child, nullptr, 0);
    return received;
}

int main() {
    int fds[2];
    if (pipe(fds) != 0)
        return 1;
    pid_t pid = fork();
    if (pid == 0)
        compute_in_child(fds[1]);  // runs in the child process only
    int received = wait_for_child(pid, fds[0]);
    std::printf("child computed %d; the parent's answer is still %d\n", received, answer);
}
