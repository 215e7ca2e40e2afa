// async_io.cpp -- asynchronous I/O with POSIX aio: start a read, keep working, collect it.
//
// What it demonstrates
//   aio_read() queues a read request and returns at once. The read runs in the
//   background (glibc hands it to a helper thread) and its result is delivered
//   later, into the request. read_in_background() starts the read and goes on
//   with other work, asking aio_error() now and then whether the read has
//   finished; that question is answered at once, so the thread never waits.
//   Compare select_loop.cpp, where poll() puts the thread to sleep until data
//   is ready.
//
// Expected quadrants
//   read_in_background()  async-nonblocking : aio_read starts the read and returns
//                                             at once; aio_error and aio_return
//                                             only look at the request.
//   other_work()          sync-nonblocking  : pure computation.
//   main()                async-nonblocking : read_in_background() (async);
//                                             closing its pipe returns at once.
#include <aio.h>
#include <cerrno>
#include <fcntl.h>
#include <iostream>
#include <string>
#include <unistd.h>

// Something useful to do while the read runs.
static long other_work(long n) {
    return n % 7 + 1;
}

// Starts reading fd into buf in the background, works until the read is done,
// and returns the number of bytes read (or -1).
static long read_in_background(int fd, char* buf, size_t size) {
    aiocb request{};
    request.aio_fildes = fd;
    request.aio_buf = buf;
    request.aio_nbytes = size;
    if (aio_read(&request) != 0) return -1;  // queued: returns at once

    long work = 0;
    while (aio_error(&request) == EINPROGRESS)  // finished yet? answered at once
        work += other_work(work);
    std::cout << "did " << work << " units of other work while the read ran\n";
    return aio_return(&request);  // the read's result, like read()'s return value
}

int main() {
    int fds[2];  // fds[0]: read end, fds[1]: write end
    if (pipe2(fds, O_NONBLOCK) != 0) return 1;
    write(fds[1], "hello, aio", 10);  // the data the background read will find

    char buf[64];
    long n = read_in_background(fds[0], buf, sizeof buf);
    if (n > 0) std::cout << "read \"" << std::string(buf, n) << "\"\n";
    close(fds[0]);
    close(fds[1]);
}
