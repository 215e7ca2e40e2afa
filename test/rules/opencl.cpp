// Rules of rules/opencl.yaml against the Khronos <CL/cl.h>.
// RUN: %quadrant-cxx | %check

#define CL_TARGET_OPENCL_VERSION 300
#include <CL/cl.h>

// cl.enqueue_read_write: the blocking flag decides. CL_TRUE, or a flag not
// known to be CL_FALSE, waits for the data; CL_FALSE (or 0) only queues.
void read_back(cl_command_queue queue, cl_mem buffer, float *host, size_t size, cl_bool blocking) {
  // CHECK: :[[@LINE-1]]:6: 'read_back' is sync-blocking
  clEnqueueReadBuffer(queue, buffer, CL_TRUE, 0, size, host, 0, NULL, NULL);
  // CHECK: :[[@LINE-1]]:3: clEnqueueReadBuffer is sync-blocking: with the blocking flag CL_TRUE (or not known to be CL_FALSE) it waits until the data has been copied or mapped between the device and host memory [cl.enqueue_read_write]
  clEnqueueWriteBuffer(queue, buffer, CL_BLOCKING, 0, size, host, 0, NULL, NULL);
  // CHECK-NEXT: :[[@LINE-1]]:3: clEnqueueWriteBuffer is sync-blocking: with the blocking flag CL_TRUE{{.*}} [cl.enqueue_read_write]
  clEnqueueReadBuffer(queue, buffer, blocking, 0, size, host, 0, NULL, NULL);
  // CHECK-NEXT: :[[@LINE-1]]:3: clEnqueueReadBuffer is sync-blocking: with the blocking flag CL_TRUE{{.*}} [cl.enqueue_read_write]
  cl_int error;
  clEnqueueMapBuffer(queue, buffer, CL_TRUE, CL_MAP_READ, 0, size, 0, NULL, NULL, &error);
  // CHECK-NEXT: :[[@LINE-1]]:3: clEnqueueMapBuffer is sync-blocking: with the blocking flag CL_TRUE{{.*}} [cl.enqueue_read_write]
  // A zero offset is not a CL_FALSE flag.
  clEnqueueReadBuffer(queue, buffer, CL_TRUE, CL_FALSE, size, host, 0, NULL, NULL);
  // CHECK-NEXT: :[[@LINE-1]]:3: clEnqueueReadBuffer is sync-blocking: with the blocking flag CL_TRUE{{.*}} [cl.enqueue_read_write]
}

void queue_reads(cl_command_queue queue, cl_mem buffer, float *host, size_t size, cl_event *done) {
  // CHECK: :[[@LINE-1]]:6: 'queue_reads' is async-nonblocking
  clEnqueueReadBuffer(queue, buffer, CL_FALSE, 0, size, host, 0, NULL, done);
  // CHECK: :[[@LINE-1]]:3: clEnqueueReadBuffer is async-nonblocking: CL_FALSE only queues the copy or map and returns at once; the host memory may be used only once its event has completed [cl.enqueue_read_write]
  clEnqueueWriteBuffer(queue, buffer, CL_NON_BLOCKING, 0, size, host, 0, NULL, done);
  // CHECK-NEXT: :[[@LINE-1]]:3: clEnqueueWriteBuffer is async-nonblocking: CL_FALSE only queues{{.*}} [cl.enqueue_read_write]
  cl_int error;
  clEnqueueMapBuffer(queue, buffer, 0, CL_MAP_WRITE, 0, size, 0, NULL, done, &error);
  // CHECK-NEXT: :[[@LINE-1]]:3: clEnqueueMapBuffer is async-nonblocking: CL_FALSE only queues{{.*}} [cl.enqueue_read_write]
}

// cl.enqueue_svm: the flag is the second argument.
void svm(cl_command_queue queue, void *dst, const void *src, size_t size) {
  // CHECK: :[[@LINE-1]]:6: 'svm' is async-blocking
  clEnqueueSVMMemcpy(queue, CL_TRUE, dst, src, size, 0, NULL, NULL);
  // CHECK: :[[@LINE-1]]:3: clEnqueueSVMMemcpy is sync-blocking: with the blocking flag CL_TRUE (or not known to be CL_FALSE) it waits until the shared memory has been copied or mapped [cl.enqueue_svm]
  clEnqueueSVMMap(queue, CL_FALSE, CL_MAP_READ, dst, size, 0, NULL, NULL);
  // CHECK-NEXT: :[[@LINE-1]]:3: clEnqueueSVMMap is async-nonblocking: CL_FALSE only queues the copy or map and returns at once; the memory may be used only once its event has completed [cl.enqueue_svm]
}

// cl.enqueue, cl.flush, cl.finish, cl.wait_for_events: queueing a kernel
// returns at once; finishing waits for the queue.
void run_kernel(cl_command_queue queue, cl_kernel kernel, cl_mem from, cl_mem to, size_t n) {
  // CHECK: :[[@LINE-1]]:6: 'run_kernel' is async-blocking
  cl_event done;
  clEnqueueNDRangeKernel(queue, kernel, 1, NULL, &n, NULL, 0, NULL, &done);
  // CHECK: :[[@LINE-1]]:3: clEnqueueNDRangeKernel is async-nonblocking: queues the command and returns at once; it runs later on the device, and its event (or clFinish) says when it is done [cl.enqueue]
  clEnqueueCopyBuffer(queue, from, to, 0, 0, n, 1, &done, NULL);
  // CHECK-NEXT: :[[@LINE-1]]:3: clEnqueueCopyBuffer is async-nonblocking: queues the command{{.*}} [cl.enqueue]
  clEnqueueBarrierWithWaitList(queue, 0, NULL, NULL);
  // CHECK-NEXT: :[[@LINE-1]]:3: clEnqueueBarrierWithWaitList is async-nonblocking: queues the command{{.*}} [cl.enqueue]
  clFlush(queue);
  // CHECK-NEXT: :[[@LINE-1]]:3: clFlush is sync-nonblocking: submits the queued commands to the device and returns at once, without waiting for them to run [cl.flush]
  clWaitForEvents(1, &done);
  // CHECK-NEXT: :[[@LINE-1]]:3: clWaitForEvents is sync-blocking: waits until the commands of the events have completed [cl.wait_for_events]
  clFinish(queue);
  // CHECK-NEXT: :[[@LINE-1]]:3: clFinish is sync-blocking: waits until every command queued on the command queue has completed [cl.finish]
}

// cl.set_event_callback, cl.build_program, cl.link_program: a build with a
// notification callback returns at once; with NULL it waits.
void CL_CALLBACK built(cl_program, void *) {}
// CHECK: :[[@LINE-1]]:18: 'built' is sync-nonblocking (pure computation
void CL_CALLBACK reached(cl_event, cl_int, void *) {}
// CHECK: :[[@LINE-1]]:18: 'reached' is sync-nonblocking (pure computation
void build(cl_context context, cl_program program, cl_device_id device, cl_event event) {
  // CHECK: :[[@LINE-1]]:6: 'build' is async-blocking
  clBuildProgram(program, 1, &device, "", built, NULL);
  // CHECK: :[[@LINE-1]]:3: clBuildProgram is async-nonblocking: starts building the program and returns at once; the notification callback runs when the build is done [cl.build_program]
  clBuildProgram(program, 1, &device, "", NULL, NULL);
  // CHECK-NEXT: :[[@LINE-1]]:3: clBuildProgram is sync-blocking: with no notification callback (NULL) it returns only when the build has completed [cl.build_program]
  // A NULL in another argument (the device list) is not a missing callback.
  clCompileProgram(program, 0, NULL, "", 0, NULL, NULL, built, NULL);
  // CHECK-NEXT: :[[@LINE-1]]:3: clCompileProgram is async-nonblocking: starts building the program{{.*}} [cl.build_program]
  cl_int error;
  clLinkProgram(context, 1, &device, "", 1, &program, nullptr, nullptr, &error);
  // CHECK-NEXT: :[[@LINE-1]]:3: clLinkProgram is sync-blocking: with no notification callback (NULL) it returns only when the link has completed [cl.link_program]
  clLinkProgram(context, 1, &device, "", 1, &program, built, nullptr, &error);
  // CHECK-NEXT: :[[@LINE-1]]:3: clLinkProgram is async-nonblocking: starts linking the program and returns at once; the notification callback runs when the link is done [cl.link_program]
  clSetEventCallback(event, CL_COMPLETE, reached, NULL);
  // CHECK-NEXT: :[[@LINE-1]]:3: clSetEventCallback is async-nonblocking: registers a callback and returns at once; the OpenCL implementation calls it, on a thread of its own, when the command reaches the status [cl.set_event_callback]
}

// Setting up is not labeled.
cl_kernel make_kernel(cl_program program) {
  // CHECK: :[[@LINE-1]]:11: 'make_kernel' is sync-nonblocking (pure computation
  cl_int error;
  return clCreateKernel(program, "scale", &error);
}

// Look-alikes: a mock's clFinish and clEnqueueReadBuffer in another namespace.
namespace mock {
cl_int clFinish(cl_command_queue) { return CL_SUCCESS; }
// CHECK: :[[@LINE-1]]:8: 'mock::clFinish' is sync-nonblocking (pure computation
cl_int clEnqueueReadBuffer(cl_command_queue, cl_mem, cl_bool, size_t, size_t, void *) { return CL_SUCCESS; }
// CHECK: :[[@LINE-1]]:8: 'mock::clEnqueueReadBuffer' is sync-nonblocking (pure computation
} // namespace mock
void mocked(cl_command_queue queue, cl_mem buffer, float *host) {
  // CHECK: :[[@LINE-1]]:6: 'mocked' is sync-nonblocking (pure computation
  mock::clEnqueueReadBuffer(queue, buffer, CL_TRUE, 0, 4, host);
  mock::clFinish(queue);
}
