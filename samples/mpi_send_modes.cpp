// mpi_send_modes.cpp -- three ways for one MPI process to send to another.
//
// What it demonstrates
//   Process 0 sends the same array to process 1 three times, and process 1
//   receives it three times. MPI_Send returns once the array may be reused:
//   a short message is copied into a buffer and the call returns at once, a
//   long one waits for the receiver. MPI_Ssend is a rendezvous: it always
//   waits until the receiver has started to receive. MPI_Isend only starts
//   the send and hands back a request; the process computes meanwhile and
//   MPI_Wait waits for the request at the end. MPI names these "blocking",
//   "synchronous" and "nonblocking" sends; quadrant puts them on its two axes.
//
// Expected quadrants
//   send_standard()     sync-blocking    : MPI_Send may wait for the receiver.
//   send_synchronous()  sync-blocking    : MPI_Ssend waits for the receiver.
//   start_send()        async-nonblocking: MPI_Isend starts the send and
//                                          returns a request at once.
//   overlap()           async-blocking   : starts a send, computes while it
//                                          runs, then MPI_Wait waits for it.
//   receive_all()       sync-blocking    : MPI_Recv waits for each message.
//   main()              async-blocking   : it does all of the above.
//
// Build and run with two processes (as root, add --allow-run-as-root):
//   mpicxx -std=c++20 samples/mpi_send_modes.cpp -o /tmp/mpi_send_modes
//   mpirun -np 2 /tmp/mpi_send_modes
#include <cstdio>
#include <mpi.h>

constexpr int kCount = 1024;

static void send_standard(const double* data, int peer) {
    MPI_Send(data, kCount, MPI_DOUBLE, peer, 0, MPI_COMM_WORLD);
}

static void send_synchronous(const double* data, int peer) {
    MPI_Ssend(data, kCount, MPI_DOUBLE, peer, 1, MPI_COMM_WORLD);
}

static MPI_Request start_send(const double* data, int peer) {
    MPI_Request request;
    MPI_Isend(data, kCount, MPI_DOUBLE, peer, 2, MPI_COMM_WORLD, &request);
    return request;
}

// Work that does not touch the array being sent.
static double compute(int steps) {
    double sum = 0;
    for (int i = 1; i <= steps; ++i) sum += 1.0 / i;
    return sum;
}

static double overlap(const double* data, int peer) {
    MPI_Request request = start_send(data, peer);
    double result = compute(1000000);  // runs while the message travels
    MPI_Wait(&request, MPI_STATUS_IGNORE);
    return result;
}

static double receive_all(double* data, int peer) {
    double sum = 0;
    for (int tag = 0; tag < 3; ++tag) {
        MPI_Recv(data, kCount, MPI_DOUBLE, peer, tag, MPI_COMM_WORLD, MPI_STATUS_IGNORE);
        sum += data[kCount - 1];
    }
    return sum;
}

int main(int argc, char** argv) {
    MPI_Init(&argc, &argv);
    int rank = 0, size = 0;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    double data[kCount];
    if (size < 2) {
        std::printf("run with two processes: mpirun -np 2 %s\n", argv[0]);
    } else if (rank == 0) {
        for (int i = 0; i < kCount; ++i) data[i] = i;
        send_standard(data, 1);
        send_synchronous(data, 1);
        std::printf("rank 0 sent 3 messages, computed %.3f meanwhile\n", overlap(data, 1));
    } else if (rank == 1) {
        std::printf("rank 1 received 3 messages, last values sum to %.0f\n", receive_all(data, 0));
    }
    MPI_Finalize();
    return 0;
}
