#include "wrappers.h"
#include <fcntl.h>

void my_mutex_lock(my_mutex *mu) { pthread_mutex_lock(&mu->m); }
void my_mutex_unlock(my_mutex *mu) { pthread_mutex_unlock(&mu->m); }
int set_nonblocking(int fd) { return fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK); }
int set_blocking(int fd) { return fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK); }
void Mutex::lock() { pthread_mutex_lock(&m_); }
void Mutex::unlock() { pthread_mutex_unlock(&m_); }
void table_enter_outer(my_mutex *mu) { table_enter(mu); }
void PlatformMutex::lockImpl() {
  if (pthread_mutex_lock(&m_))
    throw 1;
}
void PlatformMutex::unlockImpl() { pthread_mutex_unlock(&m_); }
