//! The metadata backend over the real MLMD service (gRPC).
