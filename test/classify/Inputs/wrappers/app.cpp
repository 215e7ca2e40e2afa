#include "wrappers.h"
#include <unistd.h>

my_mutex table_lock;
Mutex registry_lock;

void update_table() {
  my_mutex_lock(&table_lock);
  sleep(1);
  my_mutex_unlock(&table_lock);
  sleep(2);
}

void update_registry() {
  registry_lock.lock();
  sleep(1);
  registry_lock.unlock();
}

void drain(int fd, char *buf) {
  read(fd, buf, 1);
  set_nonblocking(fd);
  read(fd, buf, 1);
  set_blocking(fd);
  read(fd, buf, 1);
}

pthread_mutex_t raw = PTHREAD_MUTEX_INITIALIZER;
void with_guard() {
  ScopedLock g(raw);
  sleep(1);
}
void after_guard() {
  {
    ScopedLock g(raw);
  }
  sleep(1);
}

void drain_unknown(int fd, char *buf) {
  set_nonblocking_elsewhere(fd);
  read(fd, buf, 1);
}

// Wrappers of wrappers, each in another file than what it wraps.
my_mutex stats_lock;
Registry registry;
void update_stats() {
  table_enter(&stats_lock);
  sleep(1);
  table_leave(&stats_lock);
  sleep(2);
}
void touch_stats() {
  table_touch(&stats_lock);
  sleep(1);
}
void update_stats_outer() {
  table_enter_outer(&stats_lock);
  sleep(1);
  table_leave(&stats_lock);
}
void use_registry() {
  registry.enter();
  sleep(1);
  registry.leave();
}
void drain_prepared(int fd, char *buf) {
  prepare(fd);
  read(fd, buf, 1);
}

// A helper of this file around a wrapper of another: this file's facts
// know only the helper's body, the linker completes what it does.
static void enter_here(my_mutex *mu) { table_enter(mu); }
void update_here() {
  enter_here(&stats_lock);
  sleep(3);
}

FastMutex log_lock;
void log_guarded() {
  Guard<FastMutex> g(log_lock);
  sleep(1);
}
void log_locked() {
  log_lock.lock();
  sleep(1);
  log_lock.unlock();
}
void log_after_unlock() {
  log_lock.lock();
  log_lock.unlock();
  sleep(1);
}
FileChannel channel;
void log_to_channel() {
  channel.enter();
  sleep(1);
  channel.leave();
}
void log_after_guard() {
  {
    Guard<FastMutex> g(log_lock);
  }
  sleep(1);
}
