// A project's own lock and descriptor helpers, declared here and defined in
// wrappers.cpp: the callers in app.cpp see only these declarations.
#include <pthread.h>

struct my_mutex {
  pthread_mutex_t m;
};
void my_mutex_lock(my_mutex *mu);
void my_mutex_unlock(my_mutex *mu);
int set_nonblocking(int fd);
int set_blocking(int fd);

class Mutex {
public:
  void lock();
  void unlock();

private:
  pthread_mutex_t m_;
};

// Wrappers of the wrappers above, defined in layers.cpp.
void table_enter(my_mutex *mu);
void table_leave(my_mutex *mu);
void table_touch(my_mutex *mu);
int prepare(int fd);
class Registry {
public:
  void enter();
  void leave();

private:
  Mutex mu_;
};
// Three files deep: defined in wrappers.cpp, it calls table_enter.
void table_enter_outer(my_mutex *mu);

// A guard defined in the header, as most are: its constructor locks the
// mutex it is given and its destructor unlocks it.
class ScopedLock {
public:
  explicit ScopedLock(pthread_mutex_t &m) : m_(m) { pthread_mutex_lock(&m_); }
  ~ScopedLock() { pthread_mutex_unlock(&m_); }

private:
  pthread_mutex_t &m_;
};

// Declared, defined in no analyzed file: a call of it cannot be followed.
int set_nonblocking_elsewhere(int fd);

// A mutex class over a platform class, as POCO's FastMutex over MutexImpl:
// lock() calls a helper of its base (defined in wrappers.cpp) on its own
// object, from layers.cpp; the guard template reaches pthread_mutex_lock
// three calls down.
class PlatformMutex {
protected:
  void lockImpl();
  void unlockImpl();

private:
  pthread_mutex_t m_;
};
class FastMutex : private PlatformMutex {
public:
  void lock();
  void unlock();
};
template <class M> class Guard {
public:
  explicit Guard(M &m) : m_(m) { m_.lock(); }
  ~Guard() { m_.unlock(); }

private:
  M &m_;
};
// A derived class whose method locks the member it inherits.
class Channel {
protected:
  pthread_mutex_t chan_m_;
};
class FileChannel : public Channel {
public:
  void enter();
  void leave();
};
