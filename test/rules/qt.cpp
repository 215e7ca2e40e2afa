// Rules of rules/qt.yaml. Qt's headers are not installed, so this test
// declares the part of the Qt 6 API it calls, with Qt's own class names and
// signatures (global namespace, as in Debian's Qt builds).
// RUN: %quadrant-cxx | %check

// --- Declarations from Qt 6 (qthread.h, qeventloop.h, qcoreapplication.h,
// qguiapplication.h, qapplication.h, qfuture.h, qtconcurrentrun.h,
// qthreadpool.h, qmutex.h, qreadwritelock.h, qsemaphore.h, qwaitcondition.h).
class QObject {};
class QDeadlineTimer {
public:
  enum ForeverConstant { Forever };
  QDeadlineTimer(ForeverConstant = Forever);
  QDeadlineTimer(long long msecs);
};
class QThread : public QObject {
public:
  enum Priority { InheritPriority };
  void start(Priority = InheritPriority);
  bool wait(QDeadlineTimer deadline = QDeadlineTimer(QDeadlineTimer::Forever));
  bool wait(unsigned long time);
  void quit();
  void exit(int returnCode = 0);
  void requestInterruption();
  static void sleep(unsigned long secs);
  static void msleep(unsigned long msecs);
  static void usleep(unsigned long usecs);

protected:
  virtual void run();
  int exec();
};
class QEventLoop : public QObject {
public:
  enum ProcessEventsFlag { AllEvents = 0x00, ExcludeUserInputEvents = 0x01, WaitForMoreEvents = 0x04 };
  using ProcessEventsFlags = int; // QFlags<ProcessEventsFlag> in Qt
  bool processEvents(ProcessEventsFlags flags = AllEvents);
  int exec(ProcessEventsFlags flags = AllEvents);
};
class QCoreApplication : public QObject {
public:
  QCoreApplication(int &argc, char **argv);
  static int exec();
  static void processEvents(QEventLoop::ProcessEventsFlags flags = QEventLoop::AllEvents);
};
class QGuiApplication : public QCoreApplication {
public:
  QGuiApplication(int &argc, char **argv);
  static int exec();
};
class QApplication : public QGuiApplication {
public:
  QApplication(int &argc, char **argv);
  static int exec();
};
template <typename T> class QList {};
template <typename T> class QFuture {
public:
  void waitForFinished();
  bool isFinished() const;
  T result() const;
  T resultAt(int index) const;
  T takeResult();
  QList<T> results() const;
};
class QRunnable {
public:
  virtual ~QRunnable();
  virtual void run() = 0;
};
class QThreadPool : public QObject {
public:
  static QThreadPool *globalInstance();
  void start(QRunnable *runnable, int priority = 0);
  bool waitForDone(int msecs = -1);
};
namespace QtConcurrent {
template <typename T> QFuture<T> run(T (*function)());
template <typename T> QFuture<T> run(QThreadPool *pool, T (*function)());
} // namespace QtConcurrent
class QBasicMutex {
public:
  void lock() noexcept;
  void unlock() noexcept;
  bool tryLock() noexcept;
};
class QMutex : public QBasicMutex {
public:
  using QBasicMutex::tryLock;
  bool tryLock(int timeout);
};
class QRecursiveMutex {
public:
  void lock();
  bool tryLock(int timeout = 0);
  void unlock();
};
template <typename Mutex> class QMutexLocker {
public:
  explicit QMutexLocker(Mutex *mutex) noexcept;
  void unlock() noexcept;
  void relock() noexcept;
};
class QReadWriteLock {
public:
  void lockForRead();
  void lockForWrite();
  bool tryLockForRead();
  bool tryLockForRead(int timeout);
  bool tryLockForWrite();
  bool tryLockForWrite(int timeout);
  void unlock();
};
class QReadLocker {
public:
  explicit QReadLocker(QReadWriteLock *readWriteLock);
};
class QWriteLocker {
public:
  explicit QWriteLocker(QReadWriteLock *readWriteLock);
};
class QSemaphore {
public:
  explicit QSemaphore(int n = 0);
  void acquire(int n = 1);
  bool tryAcquire(int n = 1);
  bool tryAcquire(int n, int timeout);
  void release(int n = 1);
};
class QWaitCondition {
public:
  bool wait(QMutex *lockedMutex, QDeadlineTimer deadline = QDeadlineTimer(QDeadlineTimer::Forever));
  bool wait(QMutex *lockedMutex, unsigned long time);
  void wakeOne();
  void wakeAll();
};
// --- End of the Qt declarations.

int compute() { return 42; }
// CHECK: :[[@LINE-1]]:5: 'compute' is sync-nonblocking (pure computation

// qt.thread.start, qt.thread.quit: starting and stopping a QThread return at
// once; qt.thread.wait waits, unless its timeout is zero.
void threads(QThread &t) {
  t.start();
  t.quit();
  t.exit(1);
  t.requestInterruption();
  t.wait();
  t.wait(100);
  t.wait(0);
}
// CHECK: :[[@LINE-9]]:6: 'threads' is async-blocking
// CHECK-NEXT: blocks: threads -> QThread::wait at {{.*}}qt.cpp:[[@LINE-5]]:5
// CHECK-NEXT: async: threads -> QThread::start at {{.*}}qt.cpp:[[@LINE-10]]:5
// CHECK-NEXT: :[[@LINE-11]]:5: QThread::start is async-nonblocking: starts the thread running run(); the caller continues at once [qt.thread.start]
// CHECK-NEXT: :[[@LINE-11]]:5: QThread::quit is sync-nonblocking: asks the thread to stop and returns at once; wait() waits for it [qt.thread.quit]
// CHECK-NEXT: :[[@LINE-11]]:5: QThread::exit is sync-nonblocking: {{.*}} [qt.thread.quit]
// CHECK-NEXT: :[[@LINE-11]]:5: QThread::requestInterruption is sync-nonblocking: {{.*}} [qt.thread.quit]
// CHECK-NEXT: :[[@LINE-11]]:5: QThread::wait is sync-blocking: waits until the thread finishes or the timeout expires [qt.thread.wait]
// CHECK-NEXT: :[[@LINE-11]]:5: QThread::wait is sync-blocking: {{.*}} [qt.thread.wait]
// CHECK-NEXT: :[[@LINE-11]]:5: QThread::wait is sync-nonblocking: a zero timeout checks whether the thread has finished and returns at once [qt.thread.wait]

// qt.thread.sleep.
void naps() {
  QThread::sleep(1);
  QThread::msleep(10);
  QThread::usleep(10);
}
// CHECK: :[[@LINE-5]]:6: 'naps' is sync-blocking
// CHECK-NEXT: blocks: naps -> QThread::sleep at {{.*}}qt.cpp:[[@LINE-5]]:3
// CHECK-NEXT: :[[@LINE-6]]:3: QThread::sleep is sync-blocking: suspends the calling thread until the time has passed [qt.thread.sleep]
// CHECK-NEXT: :[[@LINE-6]]:3: QThread::msleep is sync-blocking: {{.*}} [qt.thread.sleep]
// CHECK-NEXT: :[[@LINE-6]]:3: QThread::usleep is sync-blocking: {{.*}} [qt.thread.sleep]

// qt.event_loop.exec: a thread's run() that runs an event loop, and the
// application's main loop.
class Worker : public QThread {
  void run() override { exec(); }
};
// CHECK: :[[@LINE-2]]:8: 'Worker::run' is async-blocking
// CHECK-NEXT: blocks: Worker::run -> QThread::exec at {{.*}}qt.cpp:[[@LINE-3]]:25
// CHECK-NEXT: async: Worker::run -> QThread::exec at {{.*}}qt.cpp:[[@LINE-4]]:25
// CHECK-NEXT: :[[@LINE-5]]:25: QThread::exec is async-blocking: runs an event loop that dispatches events and queued calls until exit() or quit() is called [qt.event_loop.exec]

int main(int argc, char **argv) {
  QApplication app(argc, argv);
  QEventLoop loop;
  loop.exec();
  QCoreApplication::exec();
  QGuiApplication::exec();
  return app.exec();
}
// CHECK: :[[@LINE-8]]:5: 'main' is async-blocking
// CHECK: :[[@LINE-6]]:8: QEventLoop::exec is async-blocking: runs an event loop {{.*}} [qt.event_loop.exec]
// CHECK-NEXT: :[[@LINE-6]]:3: QCoreApplication::exec is async-blocking: {{.*}} [qt.event_loop.exec]
// CHECK-NEXT: :[[@LINE-6]]:3: QGuiApplication::exec is async-blocking: {{.*}} [qt.event_loop.exec]
// CHECK-NEXT: :[[@LINE-6]]:10: QApplication::exec is async-blocking: {{.*}} [qt.event_loop.exec]

// qt.event_loop.process_events: dispatching pending events returns, unless
// told to wait for more.
void pump(QEventLoop &loop) {
  loop.processEvents();
  QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
  loop.processEvents(QEventLoop::WaitForMoreEvents);
}
// CHECK: :[[@LINE-5]]:6: 'pump' is async-blocking
// CHECK: :[[@LINE-5]]:8: QEventLoop::processEvents is async-nonblocking: dispatches the events that are pending now and returns [qt.event_loop.process_events]
// CHECK-NEXT: :[[@LINE-5]]:3: QCoreApplication::processEvents is async-nonblocking: {{.*}} [qt.event_loop.process_events]
// CHECK-NEXT: :[[@LINE-5]]:8: QEventLoop::processEvents is async-blocking: QEventLoop::WaitForMoreEvents waits for an event when none is pending [qt.event_loop.process_events]

// qt.concurrent.run starts work on the pool; qt.future.wait waits for it.
int concurrent() {
  QFuture<int> f = QtConcurrent::run(compute);
  QFuture<int> g = QtConcurrent::run(QThreadPool::globalInstance(), compute);
  f.isFinished();
  f.waitForFinished();
  f.results();
  f.resultAt(0);
  g.takeResult();
  return f.result();
}
// CHECK: :[[@LINE-10]]:5: 'concurrent' is async-blocking
// CHECK-NEXT: blocks: concurrent -> QFuture::waitForFinished at {{.*}}qt.cpp:[[@LINE-7]]:5
// CHECK-NEXT: async: concurrent -> QtConcurrent::run at {{.*}}qt.cpp:[[@LINE-11]]:20
// CHECK-NEXT: :[[@LINE-12]]:20: QtConcurrent::run is async-nonblocking: runs the function on a thread of the thread pool and returns a QFuture for its result [qt.concurrent.run]
// CHECK-NEXT: :[[@LINE-12]]:20: QtConcurrent::run is async-nonblocking: {{.*}} [qt.concurrent.run]
// CHECK-NEXT: :[[@LINE-11]]:5: QFuture::waitForFinished is sync-blocking: waits until the asynchronous computation has finished or the result is available [qt.future.wait]
// CHECK-NEXT: :[[@LINE-11]]:5: QFuture::results is sync-blocking: {{.*}} [qt.future.wait]
// CHECK-NEXT: :[[@LINE-11]]:5: QFuture::resultAt is sync-blocking: {{.*}} [qt.future.wait]
// CHECK-NEXT: :[[@LINE-11]]:5: QFuture::takeResult is sync-blocking: {{.*}} [qt.future.wait]
// CHECK-NEXT: :[[@LINE-11]]:12: QFuture::result is sync-blocking: {{.*}} [qt.future.wait]

// qt.thread_pool.start, qt.thread_pool.wait.
void pool(QRunnable *job) {
  QThreadPool *p = QThreadPool::globalInstance();
  p->start(job);
  p->waitForDone(0);
  p->waitForDone();
}
// CHECK: :[[@LINE-6]]:6: 'pool' is async-blocking
// CHECK: :[[@LINE-5]]:6: QThreadPool::start is async-nonblocking: hands the runnable to a thread of the pool and returns at once [qt.thread_pool.start]
// CHECK-NEXT: :[[@LINE-5]]:6: QThreadPool::waitForDone is sync-nonblocking: a zero timeout checks whether the pool is idle and returns at once [qt.thread_pool.wait]
// CHECK-NEXT: :[[@LINE-5]]:6: QThreadPool::waitForDone is sync-blocking: waits until every thread of the pool has finished or the timeout expires [qt.thread_pool.wait]

// qt.mutex.lock, qt.mutex.try_lock, qt.mutex_locker.
void mutexes(QMutex &m, QRecursiveMutex &rm, QReadWriteLock &rw) {
  m.lock();
  // CHECK: :[[@LINE-2]]:6: 'mutexes' is sync-blocking
  // CHECK-NEXT: blocks: mutexes -> QBasicMutex::lock at {{.*}}qt.cpp:[[@LINE-2]]:5
  // CHECK-NEXT: :[[@LINE-3]]:5: QBasicMutex::lock is sync-blocking: waits until the lock is free [qt.mutex.lock]
  rm.lock();
  // CHECK-NEXT: :[[@LINE-1]]:6: QRecursiveMutex::lock is sync-blocking: {{.*}} [qt.mutex.lock]
  rw.lockForRead();
  // CHECK-NEXT: :[[@LINE-1]]:6: QReadWriteLock::lockForRead is sync-blocking: {{.*}} [qt.mutex.lock]
  rw.lockForWrite();
  // CHECK-NEXT: :[[@LINE-1]]:6: QReadWriteLock::lockForWrite is sync-blocking: {{.*}} [qt.mutex.lock]
  m.tryLock();
  // CHECK-NEXT: :[[@LINE-1]]:5: QBasicMutex::tryLock is sync-nonblocking: without a timeout it tries once and returns false at once [qt.mutex.try_lock]
  m.tryLock(0);
  // CHECK-NEXT: :[[@LINE-1]]:5: QMutex::tryLock is sync-nonblocking: a zero timeout tries once and returns at once [qt.mutex.try_lock]
  m.tryLock(100);
  // CHECK-NEXT: :[[@LINE-1]]:5: QMutex::tryLock is sync-blocking: waits until the lock is free or the timeout expires [qt.mutex.try_lock]
  rm.tryLock();
  // CHECK-NEXT: :[[@LINE-1]]:6: QRecursiveMutex::tryLock is sync-nonblocking: without a timeout {{.*}} [qt.mutex.try_lock]
  rw.tryLockForRead();
  // CHECK-NEXT: :[[@LINE-1]]:6: QReadWriteLock::tryLockForRead is sync-nonblocking: without a timeout {{.*}} [qt.mutex.try_lock]
  rw.tryLockForWrite(100);
  // CHECK-NEXT: :[[@LINE-1]]:6: QReadWriteLock::tryLockForWrite is sync-blocking: {{.*}} [qt.mutex.try_lock]
  m.unlock();
  rw.unlock();
}

void lockers(QMutex &m, QReadWriteLock &rw) {
  QMutexLocker locker(&m);
  // CHECK: :[[@LINE-2]]:6: 'lockers' is sync-blocking
  // CHECK-NEXT: blocks: lockers -> QMutexLocker::QMutexLocker at {{.*}}qt.cpp:[[@LINE-2]]:16
  // CHECK-NEXT: :[[@LINE-3]]:16: QMutexLocker::QMutexLocker is sync-blocking: locks the lock, waiting until it is free [qt.mutex_locker]
  locker.unlock();
  locker.relock();
  // CHECK-NEXT: :[[@LINE-1]]:10: QMutexLocker::relock is sync-blocking: waits until the lock is free [qt.mutex.lock]
  QReadLocker r(&rw);
  // CHECK-NEXT: :[[@LINE-1]]:15: QReadLocker::QReadLocker is sync-blocking: {{.*}} [qt.mutex_locker]
  QWriteLocker w(&rw);
  // CHECK-NEXT: :[[@LINE-1]]:16: QWriteLocker::QWriteLocker is sync-blocking: {{.*}} [qt.mutex_locker]
}

// qt.semaphore.acquire, qt.semaphore.try_acquire, qt.semaphore.release.
void semaphores(QSemaphore &s) {
  s.acquire();
  s.tryAcquire();
  s.tryAcquire(2);
  s.tryAcquire(1, 0);
  s.tryAcquire(1, 100);
  s.release(2);
}
// CHECK: :[[@LINE-8]]:6: 'semaphores' is sync-blocking
// CHECK-NEXT: blocks: semaphores -> QSemaphore::acquire at {{.*}}qt.cpp:[[@LINE-8]]:5
// CHECK-NEXT: :[[@LINE-9]]:5: QSemaphore::acquire is sync-blocking: waits until the semaphore has enough resources [qt.semaphore.acquire]
// CHECK-NEXT: :[[@LINE-9]]:5: QSemaphore::tryAcquire is sync-nonblocking: without a timeout it takes the resources if they are available and returns false at once otherwise [qt.semaphore.try_acquire]
// CHECK-NEXT: :[[@LINE-9]]:5: QSemaphore::tryAcquire is sync-nonblocking: without a timeout {{.*}} [qt.semaphore.try_acquire]
// CHECK-NEXT: :[[@LINE-9]]:5: QSemaphore::tryAcquire is sync-nonblocking: a zero timeout tries once and returns at once [qt.semaphore.try_acquire]
// CHECK-NEXT: :[[@LINE-9]]:5: QSemaphore::tryAcquire is sync-blocking: waits until the semaphore has enough resources or the timeout expires [qt.semaphore.try_acquire]
// CHECK-NEXT: :[[@LINE-9]]:5: QSemaphore::release is sync-nonblocking: returns resources to the semaphore and returns at once [qt.semaphore.release]

// qt.wait_condition.wait, qt.wait_condition.wake.
void conditions(QWaitCondition &c, QMutex &m) {
  c.wait(&m);
  c.wait(&m, 100);
  c.wait(&m, 0);
  c.wakeOne();
  c.wakeAll();
}
// CHECK: :[[@LINE-7]]:6: 'conditions' is sync-blocking
// CHECK-NEXT: blocks: conditions -> QWaitCondition::wait at {{.*}}qt.cpp:[[@LINE-7]]:5
// CHECK-NEXT: :[[@LINE-8]]:5: QWaitCondition::wait is sync-blocking: unlocks the mutex and waits until another thread wakes the condition or the timeout expires [qt.wait_condition.wait]
// CHECK-NEXT: :[[@LINE-8]]:5: QWaitCondition::wait is sync-blocking: {{.*}} [qt.wait_condition.wait]
// CHECK-NEXT: :[[@LINE-8]]:5: QWaitCondition::wait is sync-nonblocking: a zero timeout returns at once [qt.wait_condition.wait]
// CHECK-NEXT: :[[@LINE-8]]:5: QWaitCondition::wakeOne is sync-nonblocking: wakes waiting threads and returns at once [qt.wait_condition.wake]
// CHECK-NEXT: :[[@LINE-8]]:5: QWaitCondition::wakeAll is sync-nonblocking: {{.*}} [qt.wait_condition.wake]

// Look-alikes: classes of the same names in another namespace.
namespace fake {
struct QThread {
  void start() {}
  bool wait() { return true; }
};
struct QMutex {
  void lock() {}
};
struct QEventLoop {
  int exec() { return 0; }
};
template <typename T> int run(T (*f)()) { return f(); }
} // namespace fake
// CHECK: :[[@LINE-11]]:8: 'fake::QThread::start' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-11]]:8: 'fake::QThread::wait' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-9]]:8: 'fake::QMutex::lock' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-7]]:7: 'fake::QEventLoop::exec' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-6]]:27: 'fake::run' is sync-nonblocking (pure computation

void lookalikes(fake::QThread &t, fake::QMutex &m, fake::QEventLoop &l) {
  t.start();
  t.wait();
  m.lock();
  l.exec();
  fake::run(compute);
}
// CHECK: :[[@LINE-7]]:6: 'lookalikes' is sync-nonblocking (pure computation

// CHECK: 18 functions: 5 sync-blocking, 7 sync-nonblocking (7 pure computation), 6 async-blocking, 0 async-nonblocking
