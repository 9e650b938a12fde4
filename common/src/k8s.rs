//! The few Kubernetes reads the binaries need (contract §6.6).
