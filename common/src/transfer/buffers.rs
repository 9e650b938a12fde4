//! Recycled buffers for upload parts and download ranges.
//!
//! A part's bytes go into the store client as [`Bytes`]; when the client
//! drops them (the part is sent, retries included), the buffer comes back
//! here instead of to the allocator. Likewise a download range that arrives
//! before the ranges ahead of it are written waits here, not in the HTTP
//! client's read buffers. A large transfer then reuses a handful of buffers,
//! already faulted in, rather than mapping fresh pages for every 8 MiB
//! (musl's malloc maps and unmaps each block over 128 KiB) and zeroing them.
//! The byte budget of [`super::Bucket`] still bounds how many are out at
//! once; the pool keeps at most `keep` idle ones.

use std::{
    io::Read,
    sync::{Arc, Mutex},
};

use bytes::Bytes;

#[derive(Debug, Clone)]
pub(super) struct PartBuffers {
    idle: Arc<Mutex<Vec<Vec<u8>>>>,
    keep: usize,
}

impl PartBuffers {
    pub(super) fn new(keep: usize) -> Self {
        Self {
            idle: Arc::default(),
            keep,
        }
    }

    /// Up to `len` bytes of `file` (fewer only at its end), in a recycled
    /// buffer, read into spare capacity (no zeroing) `step` bytes at a time;
    /// `seen` gets each step's bytes right after they are read, while they
    /// are still in the CPU's cache.
    pub(super) fn read(
        &self,
        file: &mut std::fs::File,
        len: usize,
        step: usize,
        mut seen: impl FnMut(&[u8]),
    ) -> std::io::Result<Bytes> {
        let mut buf = self.take(len);
        while buf.len() < len {
            let from = buf.len();
            let want = step.max(1).min(len - from);
            if file.by_ref().take(want as u64).read_to_end(&mut buf)? == 0 {
                break;
            }
            seen(&buf[from..]);
        }
        Ok(self.lend(buf))
    }

    /// An empty buffer with room for `len` bytes, recycled when one is idle.
    pub(super) fn take(&self, len: usize) -> Vec<u8> {
        let mut buf = self
            .idle
            .lock()
            .ok()
            .and_then(|mut idle| idle.pop())
            .unwrap_or_default();
        buf.clear();
        buf.reserve_exact(len);
        buf
    }

    /// `buf` as [`Bytes`]; it comes back to the pool when the last clone or
    /// slice of them is dropped.
    pub(super) fn lend(&self, buf: Vec<u8>) -> Bytes {
        Bytes::from_owner(Recycled {
            buf,
            home: self.clone(),
        })
    }

    #[cfg(test)]
    pub(super) fn idle(&self) -> usize {
        self.idle.lock().map(|idle| idle.len()).unwrap_or(0)
    }
}

/// A buffer on loan; its drop returns it to the pool.
struct Recycled {
    buf: Vec<u8>,
    home: PartBuffers,
}

impl AsRef<[u8]> for Recycled {
    fn as_ref(&self) -> &[u8] {
        &self.buf
    }
}

impl Drop for Recycled {
    fn drop(&mut self) {
        let buf = std::mem::take(&mut self.buf);
        if let Ok(mut idle) = self.home.idle.lock() {
            if idle.len() < self.home.keep && buf.capacity() > 0 {
                idle.push(buf);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use super::PartBuffers;

    #[test]
    fn buffers_come_back_and_are_reused_without_stale_bytes() {
        let mut tmp = tempfile::NamedTempFile::new().unwrap();
        tmp.write_all(b"0123456789").unwrap();
        let mut file = std::fs::File::open(tmp.path()).unwrap();
        let pool = PartBuffers::new(1);

        let mut seen = Vec::new();
        let first = pool
            .read(&mut file, 4, 3, |p| seen.push(p.to_vec()))
            .unwrap();
        assert_eq!(
            seen,
            [b"012".to_vec(), b"3".to_vec()],
            "each step, in order"
        );
        assert_eq!(&first[..], b"0123");
        let ptr = first.as_ptr();
        drop(first);
        assert_eq!(pool.idle(), 1, "a dropped part returns its buffer");

        let second = pool.read(&mut file, 4, 4, |_| {}).unwrap();
        assert_eq!(&second[..], b"4567");
        assert_eq!(second.as_ptr(), ptr, "the same buffer, reused");
        let third = pool.read(&mut file, 4, 4, |_| {}).unwrap();
        assert_eq!(&third[..], b"89", "the end of the file: a short part");
        assert!(pool.read(&mut file, 4, 4, |_| {}).unwrap().is_empty());
        drop((second, third));
        assert_eq!(pool.idle(), 1, "no more idle buffers than `keep`");
    }
}
