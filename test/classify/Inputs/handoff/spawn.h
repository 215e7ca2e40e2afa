// A project's own ways to start work elsewhere, defined in spawn.cpp: each
// passes the callable its caller gives it on to the library.
#include <asio.hpp>
#include <functional>

void post_task(asio::io_context &io, std::function<void()> task);
void start_worker(void *(*fn)(void *), void *arg);
