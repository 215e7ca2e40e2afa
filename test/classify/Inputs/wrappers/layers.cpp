// Wrappers of the wrappers in wrappers.cpp, in a third file: their own
// summaries are empty here, since the functions they call are defined
// elsewhere; the linker completes them.
#include "wrappers.h"

void table_enter(my_mutex *mu) { my_mutex_lock(mu); }
void table_leave(my_mutex *mu) { my_mutex_unlock(mu); }
void table_touch(my_mutex *mu) {
  my_mutex_lock(mu);
  my_mutex_unlock(mu);
}
int prepare(int fd) { return set_nonblocking(fd); }
void Registry::enter() { mu_.lock(); }
void Registry::leave() { mu_.unlock(); }
void FastMutex::lock() { lockImpl(); }
void FastMutex::unlock() { unlockImpl(); }
void FileChannel::enter() { pthread_mutex_lock(&chan_m_); }
void FileChannel::leave() { pthread_mutex_unlock(&chan_m_); }
