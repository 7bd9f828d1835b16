//! A one-line progress bar on standard error, only when it is a terminal: documents done,
//! documents/s, words/s, and with a known input size a bar and the time left.

use std::io::Write;
use std::time::{Duration, Instant};

/// Redraws at most every 200 ms; does nothing when stderr is not a terminal.
pub struct Progress {
    enabled: bool,
    started: Instant,
    last: Option<Instant>,
    /// Input size in bytes when known (files).
    total_bytes: Option<u64>,
    docs: u64,
    words: u64,
    bytes: u64,
}

impl Progress {
    /// A bar for an input of `total_bytes` (when known), drawn only when `enabled` (the caller
    /// checks that stderr is a terminal).
    pub fn with_terminal(enabled: bool, total_bytes: Option<u64>) -> Progress {
        Progress {
            enabled,
            started: Instant::now(),
            last: None,
            total_bytes,
            docs: 0,
            words: 0,
            bytes: 0,
        }
    }

    /// Records `docs` more documents of `words` words, `bytes` of input read so far in all.
    pub fn advance(&mut self, docs: u64, words: u64, bytes_read: u64) {
        self.docs += docs;
        self.words += words;
        self.bytes = bytes_read;
        if !self.enabled {
            return;
        }
        let now = Instant::now();
        if self
            .last
            .is_some_and(|t| now - t < Duration::from_millis(200))
        {
            return;
        }
        self.last = Some(now);
        self.draw(false);
    }

    /// Draws the final state and ends the line.
    pub fn finish(&mut self) {
        if self.enabled && self.docs > 0 {
            self.draw(true);
        }
    }

    fn draw(&self, last: bool) {
        let secs = self.started.elapsed().as_secs_f64().max(1e-9);
        let mut line = String::new();
        if let Some(total) = self.total_bytes.filter(|&t| t > 0) {
            let frac = (self.bytes as f64 / total as f64).clamp(0.0, 1.0);
            let filled = (frac * 24.0).round() as usize;
            line.push_str(&format!(
                "[{}{}] {:>3.0}% ",
                "#".repeat(filled),
                ".".repeat(24 - filled),
                frac * 100.0
            ));
            if !last && frac > 0.0 {
                let left = secs * (1.0 - frac) / frac;
                line.push_str(&format!("ETA {} ", clock(left)));
            }
        }
        line.push_str(&format!(
            "{} docs, {:.1} docs/s, {:.0} words/s, {}",
            self.docs,
            self.docs as f64 / secs,
            self.words as f64 / secs,
            clock(secs)
        ));
        let mut err = std::io::stderr().lock();
        let _ = write!(err, "\r\x1b[2K{line}{}", if last { "\n" } else { "" });
        let _ = err.flush();
    }
}

/// `m:ss` or `h:mm:ss`.
fn clock(secs: f64) -> String {
    let s = secs.max(0.0).round() as u64;
    if s >= 3600 {
        format!("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
    } else {
        format!("{}:{:02}", s / 60, s % 60)
    }
}
