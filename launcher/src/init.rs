//! The launcher as init of the user process.
