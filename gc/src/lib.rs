//! GC core (in progress)
