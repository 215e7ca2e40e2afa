// nonblocking_poll.cpp -- polling a non-blocking pipe instead of waiting on it.
//
// What it demonstrates
//   A pipe created with pipe2(fds, O_NONBLOCK) never makes read() wait: when
//   there is no data, read() returns -1 with errno == EAGAIN and the thread
//   is free to do something else (here: try to update some shared stats with
//   try_lock, which also never waits). The loop makes a fixed number of
//   attempts, so it always ends. Data shows up on the 4th attempt, because the
//   function writes into its own pipe then.
//
// Expected quadrants
//   poll_pipe()  sync-nonblocking : read() and write() use descriptors made
//                                   non-blocking by pipe2(O_NONBLOCK) in the SAME
//                                   function, and mutex::try_lock returns at once.
//                                   No call waits, and nothing runs elsewhere.
//   main()       sync-nonblocking : it closes the pipe poll_pipe() made, and
//                                   closing a pipe returns at once (a file on a
//                                   network file system, or a socket with
//                                   SO_LINGER, could make close() wait).
//
// Note for the analyzer: quadrant knows a descriptor is non-blocking where
// O_NONBLOCK is set on every path to the call (pipe2/open/socket flags, or
// fcntl(fd, F_SETFL, flags | O_NONBLOCK)), in the function or in a helper it
// calls; what a descriptor is (here a pipe) follows it the same way.
#include <cerrno>
#include <fcntl.h>
#include <iostream>
#include <mutex>
#include <string>
#include <unistd.h>

static std::mutex stats_mutex;
static int empty_polls = 0;  // guarded by stats_mutex

// Creates a non-blocking pipe in fds and polls its read end; returns the
// number of bytes received.
static int poll_pipe(int fds[2]) {
    if (pipe2(fds, O_NONBLOCK) != 0) return -1;  // fds[0]: read end, fds[1]: write end

    int received = 0;
    for (int attempt = 1; attempt <= 6 && received == 0; ++attempt) {
        if (attempt == 4) write(fds[1], "hello", 5);  // data arrives "later"

        char buf[64];
        ssize_t n = read(fds[0], buf, sizeof buf);
        if (n > 0) {
            received = static_cast<int>(n);
            std::cout << "attempt " << attempt << ": got \""
                      << std::string(buf, n) << "\"\n";
        } else if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            std::cout << "attempt " << attempt << ": no data yet (EAGAIN)\n";
            if (stats_mutex.try_lock()) {  // never waits: skip if someone holds it
                ++empty_polls;
                stats_mutex.unlock();
            }
        } else {
            break;  // a real error, or end of file
        }
    }
    return received;
}

int main() {
    int fds[2];
    int n = poll_pipe(fds);
    // Only one thread exists, so reading empty_polls without the mutex is safe here.
    std::cout << "received " << n << " bytes after " << empty_polls << " empty polls\n";
    close(fds[0]);
    close(fds[1]);
}
