//! The publisher (issue 4). Skeleton.
