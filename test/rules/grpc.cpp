// Rules of rules/grpc.yaml against the real headers of gRPC 1.51
// (libgrpc++-dev). The service's stub is written here as protoc generates it
// into a .grpc.pb.h, in a namespace of the user's; its messages are
// grpc::ByteBuffers (as for a generic stub), which gRPC can serialize
// without protobuf: only the stub's shape matters.
// RUN: %quadrant-cxx | %check

#include <chrono>
#include <functional>
#include <grpcpp/grpcpp.h>
#include <grpcpp/impl/client_unary_call.h>
#include <grpcpp/support/async_unary_call.h>
#include <grpcpp/support/sync_stream.h>
#include <memory>

namespace demo::hello {
using HelloRequest = grpc::ByteBuffer;
using HelloReply = grpc::ByteBuffer;
class Greeter {
public:
  class Stub {
  public:
    grpc::Status SayHello(grpc::ClientContext *context, const HelloRequest &request, HelloReply *response);
    std::unique_ptr<grpc::ClientAsyncResponseReaderInterface<HelloReply>>
    AsyncSayHello(grpc::ClientContext *context, const HelloRequest &request, grpc::CompletionQueue *cq);
    std::unique_ptr<grpc::ClientAsyncResponseReaderInterface<HelloReply>>
    PrepareAsyncSayHello(grpc::ClientContext *context, const HelloRequest &request, grpc::CompletionQueue *cq);
    std::unique_ptr<grpc::ClientReader<HelloReply>> ListGreetings(grpc::ClientContext *context,
                                                                  const HelloRequest &request);
    class async {
    public:
      void SayHello(grpc::ClientContext *context, const HelloRequest *request, HelloReply *response,
                    std::function<void(grpc::Status)> done);
    };
    async *async();

  private:
    std::shared_ptr<grpc::ChannelInterface> channel_;
  };
};
} // namespace demo::hello

using demo::hello::Greeter;
using demo::hello::HelloReply;
using demo::hello::HelloRequest;

// grpc.stub.sync: a synchronous unary call waits for the response; a server
// stream's call waits for it to start, and each Read for a message.
void synchronous(Greeter::Stub &stub) {
  grpc::ClientContext ctx;
  HelloReply reply;
  grpc::Status s = stub.SayHello(&ctx, HelloRequest{}, &reply);
  grpc::ClientContext ctx2;
  auto reader = stub.ListGreetings(&ctx2, HelloRequest{});
  while (reader->Read(&reply)) {
  }
  s = reader->Finish();
}
// CHECK: :[[@LINE-10]]:6: 'synchronous' is sync-blocking
// CHECK-NEXT: blocks: synchronous -> demo::hello::Greeter::Stub::SayHello at {{.*}}grpc.cpp:[[@LINE-8]]:25
// CHECK-NEXT: :[[@LINE-9]]:25: demo::hello::Greeter::Stub::SayHello is sync-blocking: sends the request and waits until the server's response (or, for a stream, the call's start) has arrived [grpc.stub.sync]
// CHECK-NEXT: :[[@LINE-8]]:22: demo::hello::Greeter::Stub::ListGreetings is sync-blocking: {{.*}} [grpc.stub.sync]
// CHECK-NEXT: :[[@LINE-8]]:18: grpc::ClientReader::Read is sync-blocking: waits until the peer's message (for Finish, the call's status) arrives, or, writing, until the stream can take the message [grpc.sync_stream]
// CHECK-NEXT: :[[@LINE-7]]:15: grpc::ClientReader::Finish is sync-blocking: {{.*}} [grpc.sync_stream]

// The generated definition of the synchronous method.
grpc::Status Greeter::Stub::SayHello(grpc::ClientContext *context, const HelloRequest &request,
                                     HelloReply *response) {
  static const grpc::internal::RpcMethod method("/demo.hello.Greeter/SayHello",
                                               grpc::internal::RpcMethod::NORMAL_RPC, nullptr);
  return grpc::internal::BlockingUnaryCall<HelloRequest, HelloReply>(channel_.get(), method, context,
                                                                    request, response);
}
// CHECK: :[[@LINE-7]]:29: 'demo::hello::Greeter::Stub::SayHello' is sync-blocking
// CHECK-NEXT: blocks: demo::hello::Greeter::Stub::SayHello -> grpc::internal::BlockingUnaryCall at {{.*}}grpc.cpp:[[@LINE-4]]:10
// CHECK-NEXT: :[[@LINE-5]]:10: grpc::internal::BlockingUnaryCall is sync-blocking: sends the request on the channel and waits until the server's response has arrived [grpc.blocking_unary_call]

// grpc.stub.async, grpc.async_stream and grpc.cq.next: the completion-queue
// client. The calls return at once; Next waits for the completion.
void completion_queue(Greeter::Stub &stub) {
  grpc::ClientContext ctx;
  grpc::CompletionQueue cq;
  HelloReply reply;
  grpc::Status status;
  auto rpc = stub.AsyncSayHello(&ctx, HelloRequest{}, &cq);
  rpc->Finish(&reply, &status, (void *)1);
  auto later = stub.PrepareAsyncSayHello(&ctx, HelloRequest{}, &cq);
  later->StartCall();
  void *tag;
  bool ok;
  cq.Next(&tag, &ok);
}
// CHECK: :[[@LINE-13]]:6: 'completion_queue' is async-blocking
// CHECK-NEXT: blocks: completion_queue -> grpc::CompletionQueue::Next at {{.*}}grpc.cpp:[[@LINE-3]]:6
// CHECK-NEXT: async: completion_queue -> demo::hello::Greeter::Stub::AsyncSayHello at {{.*}}grpc.cpp:[[@LINE-10]]:19
// CHECK-NEXT: :[[@LINE-11]]:19: demo::hello::Greeter::Stub::AsyncSayHello is async-nonblocking: starts (or prepares) the RPC and returns at once with a reader; the response arrives later through the completion queue [grpc.stub.async]
// CHECK-NEXT: :[[@LINE-11]]:8: grpc::ClientAsyncResponseReaderInterface::Finish is async-nonblocking: starts the operation and returns at once; its completion arrives later on the completion queue, with the tag given [grpc.async_stream]
// CHECK-NEXT: :[[@LINE-11]]:21: demo::hello::Greeter::Stub::PrepareAsyncSayHello is async-nonblocking: {{.*}} [grpc.stub.async]
// CHECK-NEXT: :[[@LINE-11]]:10: grpc::ClientAsyncResponseReaderInterface::StartCall is async-nonblocking: {{.*}} [grpc.async_stream]
// CHECK-NEXT: :[[@LINE-9]]:6: grpc::CompletionQueue::Next is async-blocking: waits until an operation started with a tag completes, and returns that tag; the loop around it is the application's event loop [grpc.cq.next]

// grpc.cq.async_next: a deadline in the future waits; a zero (epoch)
// deadline or gpr_time_0 only polls.
void polling(grpc::CompletionQueue &cq) {
  void *tag;
  bool ok;
  cq.AsyncNext(&tag, &ok, std::chrono::system_clock::now() + std::chrono::milliseconds(100));
  cq.AsyncNext(&tag, &ok, std::chrono::system_clock::time_point());
  cq.AsyncNext(&tag, &ok, gpr_time_0(GPR_CLOCK_REALTIME));
}
// CHECK: :[[@LINE-7]]:6: 'polling' is async-blocking
// CHECK-NEXT: blocks: polling -> grpc::CompletionQueue::AsyncNext at {{.*}}grpc.cpp:[[@LINE-5]]:6
// CHECK-NEXT: async: polling -> grpc::CompletionQueue::AsyncNext at {{.*}}grpc.cpp:[[@LINE-6]]:6
// CHECK-NEXT: :[[@LINE-7]]:6: grpc::CompletionQueue::AsyncNext is async-blocking: waits until an operation completes or the deadline passes [grpc.cq.async_next]
// CHECK-NEXT: :[[@LINE-7]]:6: grpc::CompletionQueue::AsyncNext is async-nonblocking: a zero deadline (the clock's epoch) has passed, so it takes only a completion that is ready and returns at once [grpc.cq.async_next]
// CHECK-NEXT: :[[@LINE-7]]:6: grpc::CompletionQueue::AsyncNext is async-nonblocking: gpr_time_0 and gpr_inf_past are deadlines already passed, so it takes only a completion that is ready and returns at once [grpc.cq.async_next]

// grpc.stub.callback: the callback API returns at once; the callback is a
// handler, and a blocking call in it is seen.
void callbacks(Greeter::Stub &stub, grpc::ClientContext &ctx, HelloReply &reply) {
  static HelloRequest request;
  stub.async()->SayHello(&ctx, &request, &reply, [&stub, &reply](grpc::Status) {
    grpc::ClientContext again;
    stub.SayHello(&again, HelloRequest{}, &reply);
  });
}
// CHECK: :[[@LINE-7]]:6: 'callbacks' is async-nonblocking
// CHECK-NEXT: async: callbacks -> demo::hello::Greeter::Stub::async::SayHello at {{.*}}grpc.cpp:[[@LINE-6]]:17
// CHECK-NEXT: :[[@LINE-7]]:17: demo::hello::Greeter::Stub::async::SayHello is async-nonblocking: starts the RPC and returns at once; the callback (or reactor) runs later on a gRPC thread, where it must not block [grpc.stub.callback]
// CHECK: :[[@LINE-8]]:50: 'callbacks::(lambda at [[@LINE-8]]:50)' is sync-blocking
// CHECK-NEXT: blocks: callbacks::(lambda at [[@LINE-9]]:50) -> demo::hello::Greeter::Stub::SayHello at {{.*}}grpc.cpp:[[@LINE-7]]:10
// CHECK-NEXT: :[[@LINE-8]]:10: demo::hello::Greeter::Stub::SayHello is sync-blocking: {{.*}} [grpc.stub.sync]

// A synchronous server: a streaming handler's Write waits; Wait and Shutdown
// wait for the server.
class GreeterService final : public grpc::Service {
public:
  grpc::Status Greet(grpc::ServerContext *, const HelloRequest *, grpc::ServerWriter<HelloReply> *writer) {
    writer->Write(HelloReply{});
    return grpc::Status::OK;
  }
};
void serve(GreeterService &service) {
  grpc::ServerBuilder builder;
  builder.RegisterService(&service);
  std::unique_ptr<grpc::Server> server = builder.BuildAndStart();
  server->Wait();
  server->Shutdown();
}
// CHECK: :[[@LINE-12]]:16: 'GreeterService::Greet' is sync-blocking
// CHECK-NEXT: blocks: GreeterService::Greet -> grpc::ServerWriter::Write at {{.*}}grpc.cpp:[[@LINE-12]]:13
// CHECK-NEXT: :[[@LINE-13]]:13: grpc::ServerWriter::Write is sync-blocking: {{.*}} [grpc.sync_stream]
// CHECK: :[[@LINE-10]]:6: 'serve' is sync-blocking
// CHECK-NEXT: blocks: serve -> grpc::Server::Wait at {{.*}}grpc.cpp:[[@LINE-7]]:11
// CHECK-NEXT: :[[@LINE-8]]:11: grpc::Server::Wait is sync-blocking: waits until the server has shut down (another thread calls Shutdown) [grpc.server.wait]
// CHECK-NEXT: :[[@LINE-8]]:11: grpc::ServerInterface::Shutdown is sync-blocking: stops accepting RPCs and waits until the ones in progress have finished (up to the deadline, if one is given) [grpc.server.shutdown]

// Look-alikes: a class named Stub whose methods take no grpc::ClientContext,
// and a queue with Next and AsyncNext of its own.
namespace mylib {
struct Stub {
  int SayHello(int request) { return request; }
  int AsyncSayHello(int *context) { return *context; }
};
struct CompletionQueue {
  bool Next(void **, bool *) { return false; }
};
} // namespace mylib
// CHECK: :[[@LINE-7]]:7: 'mylib::Stub::SayHello' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-7]]:7: 'mylib::Stub::AsyncSayHello' is sync-nonblocking (pure computation
// CHECK: :[[@LINE-5]]:8: 'mylib::CompletionQueue::Next' is sync-nonblocking (pure computation
void look_alikes(mylib::Stub &stub, mylib::CompletionQueue &cq) {
  int context = 0;
  stub.SayHello(1);
  stub.AsyncSayHello(&context);
  void *tag;
  bool ok;
  cq.Next(&tag, &ok);
}
// CHECK: :[[@LINE-8]]:6: 'look_alikes' is sync-nonblocking (pure computation

// CHECK: 12 functions: 5 sync-blocking, 4 sync-nonblocking (4 pure computation), 2 async-blocking, 1 async-nonblocking
