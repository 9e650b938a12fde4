//! Go `flag` package syntax (contract §2.1).
