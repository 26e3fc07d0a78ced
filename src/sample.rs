//! Generated partnership files of any size, for tests and benchmarks.
