//! Writing a download's ranges in order while they arrive concurrently.
//!
//! The ranges of one object are fetched several at a time, but SHA-256 is
//! sequential, so they are hashed and written in order on one blocking
//! thread. Every chunk the HTTP client hands over is copied into recycled
//! slabs of [`SLAB`] bytes and dropped at once, so the client reads the next
//! one into the same buffer. Holding on to the client's chunks instead made
//! it allocate a fresh read buffer for each (~380 KiB, a fresh mapping under
//! musl's malloc): a 1 GiB download by the static launcher page-faulted
//! every byte, about 17 % of its CPU; the copy costs a fraction of that.
//! The range the writer is on, the head, sends each slab as it fills, so it
//! is hashed and written while still in the CPU's cache; a range behind the
//! head keeps its slabs until the writer gets to it.

use std::{
    io::Write,
    sync::{
        atomic::{AtomicUsize, Ordering},
        Arc,
    },
};

use bytes::Bytes;
use sha2::{Digest, Sha256};
use tokio::sync::{
    mpsc::{unbounded_channel, UnboundedReceiver, UnboundedSender},
    OwnedSemaphorePermit,
};

use super::{buffers::PartBuffers, IN_CACHE};

/// Bytes per slab: what the writer hashes and writes in one go.
pub(super) const SLAB: usize = IN_CACHE;

/// Bytes of one range, in order; the last, empty piece of a range carries its
/// share of the byte budget, released once the range is written.
struct Piece {
    bytes: Bytes,
    budget: Option<OwnedSemaphorePermit>,
}

/// The fetching side: hands out one [`RangeSender`] per range, in order.
pub(super) struct Ranges {
    head: Arc<AtomicUsize>,
    next: AtomicUsize,
    ranges: UnboundedSender<UnboundedReceiver<Piece>>,
    slabs: PartBuffers,
}

/// The writing side, for [`write()`].
pub(super) struct Writer {
    head: Arc<AtomicUsize>,
    ranges: UnboundedReceiver<UnboundedReceiver<Piece>>,
}

/// `slabs` should keep about a byte budget's worth of [`SLAB`]s idle.
pub(super) fn channel(slabs: PartBuffers) -> (Ranges, Writer) {
    let head = Arc::new(AtomicUsize::new(0));
    let (tx, rx) = unbounded_channel();
    let ranges = Ranges {
        head: head.clone(),
        next: AtomicUsize::new(0),
        ranges: tx,
        slabs,
    };
    (ranges, Writer { head, ranges: rx })
}

impl Ranges {
    /// The sender of the next range. The writer takes ranges in the order
    /// their senders were made.
    pub(super) fn next(&self) -> RangeSender {
        let (tx, rx) = unbounded_channel();
        // A closed writer shows in every send of the range.
        let _ = self.ranges.send(rx);
        RangeSender {
            index: self.next.fetch_add(1, Ordering::Relaxed),
            head: self.head.clone(),
            tx,
            slab: Vec::new(),
            held: Vec::new(),
            slabs: self.slabs.clone(),
        }
    }

    /// The writer stopped: it failed, and its error says why.
    pub(super) fn writer_gone(&self) -> bool {
        self.ranges.is_closed()
    }
}

/// One range's way to the writer.
pub(super) struct RangeSender {
    index: usize,
    head: Arc<AtomicUsize>,
    tx: UnboundedSender<Piece>,
    /// The slab being filled.
    slab: Vec<u8>,
    /// Full slabs not yet sent: the writer is still on an earlier range.
    held: Vec<Bytes>,
    slabs: PartBuffers,
}

impl RangeSender {
    /// Copy the range's next chunk; false when the writer is gone.
    #[must_use]
    pub(super) fn push(&mut self, mut chunk: &[u8]) -> bool {
        while !chunk.is_empty() {
            if self.slab.capacity() == 0 {
                self.slab = self.slabs.take(SLAB);
            }
            let n = chunk.len().min(SLAB - self.slab.len());
            self.slab.extend_from_slice(&chunk[..n]);
            chunk = &chunk[n..];
            if self.slab.len() >= SLAB {
                let full = std::mem::take(&mut self.slab);
                self.held.push(self.slabs.lend(full));
            }
        }
        self.head.load(Ordering::Acquire) != self.index || self.send_held()
    }

    /// Every chunk is pushed: the rest goes, then the range's budget.
    #[must_use]
    pub(super) fn finish(mut self, budget: Option<OwnedSemaphorePermit>) -> bool {
        let last = std::mem::take(&mut self.slab);
        if last.capacity() > 0 {
            // Even empty: it goes back to the pool once written.
            self.held.push(self.slabs.lend(last));
        }
        self.send_held()
            && self
                .tx
                .send(Piece {
                    bytes: Bytes::new(),
                    budget,
                })
                .is_ok()
    }

    fn send_held(&mut self) -> bool {
        let tx = &self.tx;
        self.held.drain(..).all(|bytes| {
            tx.send(Piece {
                bytes,
                budget: None,
            })
            .is_ok()
        })
    }
}

/// Hash and write every range into `file`, in order, until the fetching
/// side is dropped; the size and hex SHA-256 of what was written. Ranges cut
/// short are the fetching side's to report. Pieces are whole slabs but for
/// the last of each range, so each is hashed and written in one go, still in
/// the CPU's cache.
pub(super) fn write(writer: Writer, mut file: std::fs::File) -> std::io::Result<(u64, String)> {
    let Writer { head, mut ranges } = writer;
    let mut hasher = Sha256::new();
    let mut size = 0u64;
    let mut index = 0;
    while let Some(mut pieces) = ranges.blocking_recv() {
        head.store(index, Ordering::Release);
        index += 1;
        while let Some(Piece { bytes, budget }) = pieces.blocking_recv() {
            hasher.update(&bytes);
            file.write_all(&bytes)?;
            size += bytes.len() as u64;
            // The slab goes back to the pool, then the range's budget.
            drop((bytes, budget));
        }
    }
    file.flush()?;
    Ok((size, super::hex(&hasher.finalize())))
}

#[cfg(test)]
mod tests {
    use sha2::{Digest, Sha256};

    use super::{channel, write, SLAB};
    use crate::transfer::{buffers::PartBuffers, hex};

    #[test]
    fn ranges_finishing_out_of_order_are_written_in_order() {
        // Ranges over two slabs long, the last one short, arriving in odd
        // chunk sizes.
        let range = 2 * SLAB + 1000;
        let data: Vec<u8> = (0..3 * range + 7).map(|i| (i * 31 % 251) as u8).collect();
        let ranges: Vec<&[u8]> = data.chunks(range).collect();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out");
        let slabs = PartBuffers::new(64);
        let (fetch, writer) = channel(slabs.clone());
        let mut senders: Vec<_> = ranges.iter().map(|_| Some(fetch.next())).collect();
        let mut push = |i: usize, bytes: &[u8]| {
            for chunk in bytes.chunks(100_003) {
                assert!(senders[i].as_mut().unwrap().push(chunk));
            }
        };

        // Before the writer starts: part of the head, all of ranges 2 and 1.
        push(0, &ranges[0][..10]);
        push(2, ranges[2]);
        push(1, ranges[1]);
        let mut finish = |i: usize| assert!(senders[i].take().unwrap().finish(None));
        finish(2);
        finish(1);
        let file = std::fs::File::create(&path).unwrap();
        let writing = std::thread::spawn(move || write(writer, file));
        let mut senders_left = senders;
        let mut push = |i: usize, bytes: &[u8]| {
            for chunk in bytes.chunks(65_536) {
                assert!(senders_left[i].as_mut().unwrap().push(chunk));
            }
        };
        push(0, &ranges[0][10..]);
        push(3, ranges[3]);
        for i in [0, 3] {
            assert!(senders_left[i].take().unwrap().finish(None));
        }
        drop(fetch);
        let (size, digest) = writing.join().unwrap().unwrap();

        assert_eq!(std::fs::read(&path).unwrap(), data);
        assert_eq!(size, data.len() as u64);
        assert_eq!(digest, hex(&Sha256::digest(&data)));
        let idle = slabs.idle();
        assert!(idle >= 3, "slabs go back to the pool once written ({idle})");
    }

    #[test]
    fn a_failed_writer_stops_the_senders() {
        let (fetch, writer) = channel(PartBuffers::new(1));
        let mut sender = fetch.next();
        let dir = tempfile::tempdir().unwrap();
        // Read-only: the first write fails.
        std::fs::write(dir.path().join("ro"), b"").unwrap();
        let file = std::fs::File::open(dir.path().join("ro")).unwrap();
        let writing = std::thread::spawn(move || write(writer, file));
        assert!(sender.push(&[7; SLAB]), "the head sends a full slab");
        assert!(writing.join().unwrap().is_err());
        assert!(fetch.writer_gone());
        assert!(!sender.push(&[7; SLAB]));
    }
}
