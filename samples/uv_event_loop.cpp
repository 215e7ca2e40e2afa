// uv_event_loop.cpp -- an event loop with libuv: one thread, many callbacks.
//
// What it demonstrates
//   main() asks libuv to read a file and to tick a timer, then runs the loop.
//   uv_run() is the only place the thread waits: it sleeps until some event
//   is ready (the file has been read, the timer is due) and calls that
//   event's callback. The callbacks themselves never wait; each one starts
//   the next step and returns to the loop. The same uv_fs_* call is
//   asynchronous with a callback and runs right here, waiting, without one:
//   main() uses that once, before the loop starts, where waiting is fine.
//   Slow work that has to wait goes to libuv's thread pool (uv_queue_work),
//   off the loop's thread.
//
// Expected quadrants
//   on_open(), on_read()  async-nonblocking: each starts the next file
//                                             operation with a callback.
//   on_closed(), on_tick(), work_done()
//                         sync-nonblocking : they only print (pure
//                                             computation, not listed).
//   slow_work()           sync-blocking    : it sleeps, but on the thread
//                                             pool, not on the loop.
//   main()                async-blocking   : uv_run() waits for events, and
//                                             the uv_fs_stat() without a
//                                             callback waits for the disk.
//
// Build and run:
//   clang++-19 -std=c++20 samples/uv_event_loop.cpp -luv -o /tmp/x && /tmp/x
#include <cstdio>
#include <uv.h>

static uv_fs_t open_req, read_req, close_req;
static uv_timer_t timer;
static uv_work_t work;
static char text[64];
static uv_buf_t buffer = uv_buf_init(text, sizeof text);
static int ticks = 0;

static void on_closed(uv_fs_t* req) { uv_fs_req_cleanup(req); }

static void on_read(uv_fs_t* req) {
    std::printf("read %zd bytes\n", req->result);
    uv_fs_close(req->loop, &close_req, static_cast<uv_file>(open_req.result), on_closed);
    uv_fs_req_cleanup(req);
}

static void on_open(uv_fs_t* req) {
    if (req->result < 0) return;
    uv_fs_read(req->loop, &read_req, static_cast<uv_file>(req->result), &buffer, 1, 0, on_read);
}

static void on_tick(uv_timer_t* t) {
    std::printf("tick %d\n", ++ticks);
    if (ticks == 3) uv_timer_stop(t);
}

static void slow_work(uv_work_t*) { uv_sleep(20); }
static void work_done(uv_work_t*, int) { std::printf("slow work done\n"); }

int main(int argc, char** argv) {
    const char* path = argc > 1 ? argv[1] : "/etc/hostname";
    uv_loop_t* loop = uv_default_loop();
    uv_fs_t stat_req;
    if (uv_fs_stat(loop, &stat_req, path, nullptr) == 0)  // no callback: waits here
        std::printf("%s has %llu bytes\n", path, (unsigned long long)stat_req.statbuf.st_size);
    uv_fs_req_cleanup(&stat_req);
    uv_fs_open(loop, &open_req, path, UV_FS_O_RDONLY, 0, on_open);
    uv_timer_init(loop, &timer);
    uv_timer_start(&timer, on_tick, 10, 10);
    uv_queue_work(loop, &work, slow_work, work_done);
    uv_run(loop, UV_RUN_DEFAULT);
    uv_loop_close(loop);
    return 0;
}
