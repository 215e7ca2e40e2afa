// select_loop.cpp -- an event loop that multiplexes two pipes with poll().
//
// What it demonstrates
//   Instead of blocking in read() on one descriptor, an event loop asks the
//   kernel "tell me when ANY of these descriptors is ready" with poll()
//   (select() and epoll_wait() do the same job). Readiness is delivered as
//   events, which is what makes it async. While nothing is ready, poll()
//   puts the thread to sleep until an event or the timeout (50 ms) arrives,
//   which is what makes it blocking. The program feeds its own pipes on some
//   rounds, so other rounds end with a timeout; 5 rounds keep it bounded.
//
// Expected quadrants
//   event_loop()  async-blocking   : poll() with a non-zero timeout waits for
//                                    readiness events. The read()/write() calls
//                                    use descriptors made non-blocking by
//                                    pipe2(O_NONBLOCK) in this same function, so
//                                    they never wait: poll() is the only wait.
//   handle()      sync-nonblocking : it only prints; no call in it waits.
//   main()        async-blocking   : it calls event_loop(), and close(), which is
//                                    labeled blocking (see nonblocking_poll.cpp).
//   (A timeout of 0 would make poll() only check and return at once:
//    async-nonblocking.)
#include <fcntl.h>
#include <iostream>
#include <poll.h>
#include <string>
#include <unistd.h>

// Print one event; returns 1 if there was data.
static int handle(int round, const char* buf, ssize_t n) {
    if (n <= 0) return 0;
    std::cout << "round " << round << ": \"" << std::string(buf, n) << "\"\n";
    return 1;
}

// Creates two non-blocking pipes in a and b ([0] read end, [1] write end) and
// serves them for 5 rounds; returns the number of events handled.
static int event_loop(int a[2], int b[2]) {
    if (pipe2(a, O_NONBLOCK) != 0 || pipe2(b, O_NONBLOCK) != 0) return -1;

    int events = 0;
    for (int round = 0; round < 5; ++round) {
        // Simulate other parts of a program producing data now and then.
        if (round == 0) write(a[1], "from A", 6);
        if (round == 2) { write(a[1], "A again", 7); write(b[1], "from B", 6); }

        pollfd fds[] = {{a[0], POLLIN, 0}, {b[0], POLLIN, 0}};
        int ready = poll(fds, 2, 50);  // wait at most 50 ms for any event
        if (ready < 0) break;
        if (ready == 0) {
            std::cout << "round " << round << ": timeout, nothing ready\n";
            continue;
        }
        // Read only the pipes poll() reported as ready: the read returns at once.
        char buf[64];
        if (fds[0].revents & POLLIN) events += handle(round, buf, read(a[0], buf, sizeof buf));
        if (fds[1].revents & POLLIN) events += handle(round, buf, read(b[0], buf, sizeof buf));
    }
    return events;
}

int main() {
    int a[2], b[2];
    int events = event_loop(a, b);
    std::cout << "handled " << events << " events\n";
    for (int fd : {a[0], a[1], b[0], b[1]}) close(fd);
}
