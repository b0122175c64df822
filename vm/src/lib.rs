//! VM (in progress)
