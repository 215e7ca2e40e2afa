// Rules of rules/posix-ipc.yaml against the real glibc headers.
// RUN: %quadrant-cxx | %check

#include <fcntl.h>
#include <mqueue.h>
#include <semaphore.h>
#include <sys/msg.h>
#include <sys/sem.h>
#include <time.h>

void semaphores(sem_t *s, const timespec *deadline) {
  // CHECK: :[[@LINE-1]]:6: 'semaphores' is sync-blocking
  sem_wait(s);
  // CHECK: :[[@LINE-1]]:3: sem_wait is sync-blocking: waits until the semaphore's count is above zero [posix.sem_wait]
  sem_timedwait(s, deadline);
  // CHECK-NEXT: :[[@LINE-1]]:3: sem_timedwait is sync-blocking: waits until the semaphore's count is above zero [posix.sem_wait]
  sem_clockwait(s, CLOCK_MONOTONIC, deadline);
  // CHECK-NEXT: :[[@LINE-1]]:3: sem_clockwait is sync-blocking: waits until the semaphore's count is above zero [posix.sem_wait]
  // Posting is not labeled.
  sem_post(s);
}

void sem_tries(sem_t *s) { sem_trywait(s); }
// CHECK: :[[@LINE-1]]:6: 'sem_tries' is sync-nonblocking
// CHECK-NEXT: :[[@LINE-2]]:28: sem_trywait is sync-nonblocking: decrements the semaphore if it can and returns EAGAIN at once otherwise [posix.sem_trywait]

// A message queue waits unless it was opened with O_NONBLOCK in this function.
void queues(mqd_t given, char *buf, const timespec *deadline) {
  // CHECK: :[[@LINE-1]]:6: 'queues' is sync-blocking
  mq_receive(given, buf, 64, nullptr);
  // CHECK: :[[@LINE-1]]:3: mq_receive is sync-blocking: waits until a message is in the queue [posix.mq_receive]
  mq_timedreceive(given, buf, 64, nullptr, deadline);
  // CHECK-NEXT: :[[@LINE-1]]:3: mq_timedreceive is sync-blocking: waits until a message is in the queue [posix.mq_receive]
  mq_send(given, buf, 1, 0);
  // CHECK-NEXT: :[[@LINE-1]]:3: mq_send is sync-blocking: waits until the queue has room for the message [posix.mq_send]
  mq_timedsend(given, buf, 1, 0, deadline);
  // CHECK-NEXT: :[[@LINE-1]]:3: mq_timedsend is sync-blocking: waits until the queue has room for the message [posix.mq_send]
  mqd_t q = mq_open("/q", O_RDWR | O_NONBLOCK);
  // CHECK-NEXT: :[[@LINE-1]]:13: mq_open is sync-nonblocking: opens a message queue and returns at once [posix.mq_open]
  mq_receive(q, buf, 64, nullptr);
  // CHECK-NEXT: :[[@LINE-1]]:3: mq_receive is sync-nonblocking: the queue was opened with O_NONBLOCK, so it returns EAGAIN when it is empty [posix.mq_receive]
  mq_timedreceive(q, buf, 64, nullptr, deadline);
  // CHECK-NEXT: :[[@LINE-1]]:3: mq_timedreceive is sync-nonblocking: the queue was opened with O_NONBLOCK{{.*}} [posix.mq_receive]
  mq_send(q, buf, 1, 0);
  // CHECK-NEXT: :[[@LINE-1]]:3: mq_send is sync-nonblocking: the queue was opened with O_NONBLOCK, so it returns EAGAIN when it is full [posix.mq_send]
  mq_timedsend(q, buf, 1, 0, deadline);
  // CHECK-NEXT: :[[@LINE-1]]:3: mq_timedsend is sync-nonblocking: the queue was opened with O_NONBLOCK{{.*}} [posix.mq_send]
  mqd_t r = mq_open("/r", O_CREAT | O_RDONLY, 0600, nullptr);
  // CHECK-NEXT: :[[@LINE-1]]:13: mq_open is sync-nonblocking{{.*}} [posix.mq_open]
  mq_receive(r, buf, 64, nullptr);
  // CHECK-NEXT: :[[@LINE-1]]:3: mq_receive is sync-blocking: waits until a message is in the queue [posix.mq_receive]
}

// System V queues wait unless IPC_NOWAIT is in the flags.
void sysv_queues(int id, void *msg) {
  // CHECK: :[[@LINE-1]]:6: 'sysv_queues' is sync-blocking
  msgrcv(id, msg, 64, 0, 0);
  // CHECK: :[[@LINE-1]]:3: msgrcv is sync-blocking: waits until a message of the requested type is in the queue [sysv.msgrcv]
  msgrcv(id, msg, 64, 0, IPC_NOWAIT | MSG_NOERROR);
  // CHECK-NEXT: :[[@LINE-1]]:3: msgrcv is sync-nonblocking: IPC_NOWAIT returns ENOMSG at once when no message is there [sysv.msgrcv]
  msgsnd(id, msg, 64, 0);
  // CHECK-NEXT: :[[@LINE-1]]:3: msgsnd is sync-blocking: waits until the queue has room for the message [sysv.msgsnd]
  msgsnd(id, msg, 64, IPC_NOWAIT);
  // CHECK-NEXT: :[[@LINE-1]]:3: msgsnd is sync-nonblocking: IPC_NOWAIT returns EAGAIN at once when the queue is full [sysv.msgsnd]
}

// semop's IPC_NOWAIT is inside the operations; a zero semtimedop timeout
// does not wait.
void sysv_semaphores(int id, sembuf *ops, const timespec *t) {
  // CHECK: :[[@LINE-1]]:6: 'sysv_semaphores' is sync-blocking
  semop(id, ops, 1);
  // CHECK: :[[@LINE-1]]:3: semop is sync-blocking: waits until the semaphore operations can be done; IPC_NOWAIT is set per operation in memory, where quadrant cannot see it [sysv.semop]
  semtimedop(id, ops, 1, t);
  // CHECK-NEXT: :[[@LINE-1]]:3: semtimedop is sync-blocking: waits until the semaphore operations can be done or the timeout expires [sysv.semtimedop]
  timespec zero = {0, 0};
  semtimedop(id, ops, 1, &zero);
  // CHECK-NEXT: :[[@LINE-1]]:3: semtimedop is sync-nonblocking: a zero timeout returns EAGAIN at once when the operations cannot be done [sysv.semtimedop]
}

// Look-alikes are not labeled.
namespace mylib {
int mq_receive(int) { return 0; }
int msgrcv(int) { return 0; }
int sem_wait(int *) { return 0; }
} // namespace mylib
// CHECK: :[[@LINE-4]]:5: 'mylib::mq_receive' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-4]]:5: 'mylib::msgrcv' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-4]]:5: 'mylib::sem_wait' is sync-nonblocking (pure computation
struct Queue {
  int mq_send(int) { return 0; }
  int semop() { return 0; }
};
// CHECK: :[[@LINE-3]]:7: 'Queue::mq_send' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-3]]:7: 'Queue::semop' is sync-nonblocking (pure computation
void lookalikes(Queue &q) {
  int x = 0;
  mylib::mq_receive(x);
  mylib::msgrcv(x);
  mylib::sem_wait(&x);
  q.mq_send(x);
  q.semop();
}
// CHECK: :[[@LINE-8]]:6: 'lookalikes' is sync-nonblocking (pure computation

// CHECK: 11 functions: 4 sync-blocking, 7 sync-nonblocking (6 pure computation), 0 async-blocking, 0 async-nonblocking
