//! `nerel jsonl`: JSON Lines in (`{"id":..,"text":..}`), one JSON line out per input line, in
//! input order. Bad lines give `{"id":..,"line":N,"error":".."}` and the stream goes on.
//!
//! A reader thread reads and parses lines (each at most `max_line_bytes`; a longer one is skipped
//! to its newline without being kept) into a bounded channel; the main thread takes batches of up
//! to `batch_docs` documents or `batch_bytes` of text, runs `extract_batch` on each, and writes
//! the results. Memory is bounded by those limits, whatever the length of the input.

use std::cell::RefCell;
use std::io::{self, BufRead, Write};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, SyncSender};
use std::sync::Arc;
use std::time::Duration;

use nerel::{Document, Extractor};
use serde::de::{IgnoredAny, MapAccess, Visitor};
use serde::{Deserializer, Serialize};
use serde_json::Value;

use crate::progress::Progress;

/// Limits of the stream.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Most documents per `extract_batch` call.
    pub batch_docs: usize,
    /// A batch is run once its texts reach this many bytes.
    pub batch_bytes: usize,
    /// Longest line accepted, in bytes (without the newline).
    pub max_line_bytes: usize,
}

/// One input line, read and checked.
enum Item {
    Doc {
        id: Option<Value>,
        line: u64,
        text: String,
    },
    Bad {
        id: Option<Value>,
        line: u64,
        error: String,
    },
}

#[derive(Serialize)]
struct Good<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'a Value>,
    #[serde(flatten)]
    doc: &'a Document,
}

#[derive(Serialize)]
struct Bad<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'a Value>,
    line: u64,
    error: &'a str,
}

/// How the stream ended when it did not end well.
#[derive(Debug)]
pub enum StreamError {
    /// Reading the input failed (after the lines before it were written).
    Read(io::Error),
    /// Writing the output failed.
    Write(io::Error),
}

impl std::fmt::Display for StreamError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StreamError::Read(e) => write!(f, "cannot read the input: {e}"),
            StreamError::Write(e) => write!(f, "cannot write the output: {e}"),
        }
    }
}

impl std::error::Error for StreamError {}

/// Runs the stream from `input` to `output`. Returns the number of lines read.
pub fn run<R, W>(
    extractor: &Extractor,
    input: R,
    output: W,
    limits: Limits,
    progress: &mut Progress,
) -> Result<u64, StreamError>
where
    R: BufRead + Send + 'static,
    W: Write,
{
    let limits = Limits {
        batch_docs: limits.batch_docs.max(1),
        batch_bytes: limits.batch_bytes.max(1),
        max_line_bytes: limits.max_line_bytes,
    };
    let (tx, rx) = mpsc::sync_channel(limits.batch_docs);
    let bytes_read = Arc::new(AtomicU64::new(0));
    let reader = {
        let bytes_read = Arc::clone(&bytes_read);
        std::thread::spawn(move || read_lines(input, limits.max_line_bytes, &tx, &bytes_read))
    };
    let written = write_batches(extractor, &rx, output, limits, progress, &bytes_read);
    drop(rx); // the reader stops at its next send
    let read = reader
        .join()
        .unwrap_or_else(|p| std::panic::resume_unwind(p));
    progress.finish();
    written?;
    read.map_err(StreamError::Read)
}

/// The main thread: batches, extraction, output.
fn write_batches<W: Write>(
    extractor: &Extractor,
    rx: &Receiver<Item>,
    output: W,
    limits: Limits,
    progress: &mut Progress,
    bytes_read: &AtomicU64,
) -> Result<(), StreamError> {
    let mut out = io::BufWriter::with_capacity(1 << 16, output);
    let mut batch: Vec<Item> = Vec::with_capacity(limits.batch_docs);
    let mut text_bytes = 0usize;
    let mut open = true;
    while open {
        // Fill the batch; a slow producer (a pause of 100 ms) flushes a partial one.
        while batch.len() < limits.batch_docs && text_bytes < limits.batch_bytes {
            let item = if batch.is_empty() {
                rx.recv().map_err(|_| RecvTimeoutError::Disconnected)
            } else {
                rx.recv_timeout(Duration::from_millis(100))
            };
            match item {
                Ok(item) => {
                    if let Item::Doc { text, .. } = &item {
                        text_bytes += text.len();
                    }
                    batch.push(item);
                }
                Err(RecvTimeoutError::Timeout) => break,
                Err(RecvTimeoutError::Disconnected) => {
                    open = false;
                    break;
                }
            }
        }
        if batch.is_empty() {
            continue;
        }
        let (docs, words) = run_batch(extractor, &batch, &mut out).map_err(StreamError::Write)?;
        out.flush().map_err(StreamError::Write)?;
        progress.advance(docs, words, bytes_read.load(Ordering::Relaxed));
        batch.clear();
        text_bytes = 0;
    }
    out.flush().map_err(StreamError::Write)
}

/// Extracts the documents of one batch and writes one line per item, in order.
fn run_batch<W: Write>(
    extractor: &Extractor,
    batch: &[Item],
    out: &mut W,
) -> io::Result<(u64, u64)> {
    let texts: Vec<&str> = batch
        .iter()
        .filter_map(|item| match item {
            Item::Doc { text, .. } => Some(text.as_str()),
            Item::Bad { .. } => None,
        })
        .collect();
    // One failing text fails the whole call: then each text is run alone to find it.
    let results: Vec<Result<Document, String>> = match extractor.extract_batch(&texts) {
        Ok(docs) => docs.into_iter().map(Ok).collect(),
        Err(_) => texts
            .iter()
            .map(|t| extractor.extract(t).map_err(|e| error_chain(&e)))
            .collect(),
    };
    let mut results = results.into_iter();
    let (mut docs, mut words) = (0u64, 0u64);
    for item in batch {
        match item {
            Item::Doc { id, line, .. } => {
                docs += 1;
                match results.next() {
                    Some(Ok(doc)) => {
                        words += doc.tokens.len() as u64;
                        serde_json::to_writer(
                            &mut *out,
                            &Good {
                                id: id.as_ref(),
                                doc: &doc,
                            },
                        )
                        .map_err(io::Error::from)?;
                    }
                    Some(Err(error)) => write_bad(out, id.as_ref(), *line, &error)?,
                    None => write_bad(out, id.as_ref(), *line, "no result")?,
                }
            }
            Item::Bad { id, line, error } => write_bad(out, id.as_ref(), *line, error)?,
        }
        out.write_all(b"\n")?;
    }
    Ok((docs, words))
}

fn write_bad<W: Write>(out: &mut W, id: Option<&Value>, line: u64, error: &str) -> io::Result<()> {
    serde_json::to_writer(out, &Bad { id, line, error }).map_err(io::Error::from)
}

/// An error and its sources on one line.
fn error_chain(e: &dyn std::error::Error) -> String {
    let mut s = e.to_string();
    let mut source = e.source();
    while let Some(cause) = source {
        s.push_str(": ");
        s.push_str(&cause.to_string());
        source = cause.source();
    }
    s
}

/// The reader thread: one [`Item`] per line. Ends at the end of input, on a read error, or when
/// the receiver is gone.
fn read_lines<R: BufRead>(
    mut input: R,
    max: usize,
    tx: &SyncSender<Item>,
    bytes_read: &AtomicU64,
) -> io::Result<u64> {
    let mut buf = Vec::new();
    let mut line = 0u64;
    while let Some((consumed, over)) = read_line(&mut input, max, &mut buf)? {
        line += 1;
        bytes_read.fetch_add(consumed as u64, Ordering::Relaxed);
        let item = if over {
            Item::Bad {
                id: partial_id(&String::from_utf8_lossy(&buf)),
                line,
                error: format!("line is over the size limit of {max} bytes (--max-line-bytes)"),
            }
        } else {
            parse_line(&buf, line)
        };
        if tx.send(item).is_err() {
            break;
        }
    }
    Ok(line)
}

/// How much of an over-long line is kept to look for its id.
const PREFIX: usize = 4096;

/// Reads one line into `buf` (without `\n` or `\r\n`). Returns the bytes consumed and whether
/// the line was longer than `max`, in which case `buf` holds only its first bytes; `None` at
/// the end of input.
fn read_line<R: BufRead>(
    input: &mut R,
    max: usize,
    buf: &mut Vec<u8>,
) -> io::Result<Option<(usize, bool)>> {
    buf.clear();
    let (mut consumed, mut over) = (0usize, false);
    loop {
        let available = match input.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if available.is_empty() {
            return Ok((consumed > 0).then(|| finish_line(buf, consumed, over)));
        }
        let newline = available.iter().position(|&b| b == b'\n');
        let chunk = &available[..newline.unwrap_or(available.len())];
        if !over && buf.len() + chunk.len() > max {
            over = true;
            let keep = PREFIX.saturating_sub(buf.len()).min(chunk.len());
            buf.extend_from_slice(&chunk[..keep]);
            buf.truncate(PREFIX);
        } else if !over {
            buf.extend_from_slice(chunk);
        }
        let n = newline.map_or(available.len(), |i| i + 1);
        input.consume(n);
        consumed += n;
        if newline.is_some() {
            return Ok(Some(finish_line(buf, consumed, over)));
        }
    }
}

fn finish_line(buf: &mut Vec<u8>, consumed: usize, over: bool) -> (usize, bool) {
    if !over && buf.last() == Some(&b'\r') {
        buf.pop();
    }
    (consumed, over)
}

/// Checks one line: UTF-8, a JSON object, a string `text`.
fn parse_line(bytes: &[u8], line: u64) -> Item {
    let bad = |id, error: String| Item::Bad { id, line, error };
    let s = match std::str::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => {
            return bad(
                partial_id(&String::from_utf8_lossy(bytes)),
                format!("invalid UTF-8 at byte {} of the line", e.valid_up_to()),
            )
        }
    };
    if s.trim().is_empty() {
        return bad(None, "empty line".into());
    }
    let value: Value = match serde_json::from_str(s) {
        Ok(v) => v,
        Err(e) => return bad(partial_id(s), format!("not JSON: {e}")),
    };
    let Value::Object(mut object) = value else {
        return bad(None, "not a JSON object".into());
    };
    let id = object.remove("id");
    match object.remove("text") {
        Some(Value::String(text)) => Item::Doc { id, line, text },
        Some(_) => bad(id, "`text` is not a string".into()),
        None => bad(id, "no `text` field".into()),
    }
}

/// The `id` of a JSON object that may be cut short or malformed after it: the members are
/// read in order until the first error.
fn partial_id(s: &str) -> Option<Value> {
    struct Find<'a>(&'a RefCell<Option<Value>>);
    impl<'de> Visitor<'de> for Find<'_> {
        type Value = ();
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a JSON object")
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
            while let Some(key) = map.next_key::<String>()? {
                if key == "id" {
                    let v: Value = map.next_value()?;
                    *self.0.borrow_mut() = Some(v);
                    return Ok(());
                }
                map.next_value::<IgnoredAny>()?;
            }
            Ok(())
        }
    }
    let found = RefCell::new(None);
    let mut de = serde_json::Deserializer::from_str(s);
    let _ = de.deserialize_map(Find(&found));
    found.into_inner()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_split_and_bounded() {
        let data = b"abc\r\n\nxxxxxxxxxxxxxxxxxxxx\nlast";
        let mut r = io::BufReader::with_capacity(4, &data[..]);
        let mut buf = Vec::new();
        assert_eq!(read_line(&mut r, 10, &mut buf).unwrap(), Some((5, false)));
        assert_eq!(buf, b"abc");
        assert_eq!(read_line(&mut r, 10, &mut buf).unwrap(), Some((1, false)));
        assert_eq!(buf, b"");
        assert_eq!(read_line(&mut r, 10, &mut buf).unwrap(), Some((21, true)));
        assert_eq!(read_line(&mut r, 10, &mut buf).unwrap(), Some((4, false)));
        assert_eq!(buf, b"last");
        assert_eq!(read_line(&mut r, 10, &mut buf).unwrap(), None);
    }

    #[test]
    fn ids_of_broken_lines() {
        assert_eq!(
            partial_id(r#"{"id": 7, "text": "cut sh"#),
            Some(Value::from(7))
        );
        assert_eq!(
            partial_id(r#"{"text": "x", "id": "a"}"#),
            Some(Value::from("a"))
        );
        assert_eq!(partial_id(r#"{"text": "cut"#), None);
        assert_eq!(partial_id("not json"), None);
        assert_eq!(partial_id("[1, 2]"), None);
    }

    #[test]
    fn bad_lines_are_named() {
        let err = |b: &[u8]| match parse_line(b, 3) {
            Item::Bad { id, line: 3, error } => (id, error),
            _ => panic!("accepted {:?}", String::from_utf8_lossy(b)),
        };
        assert!(err(b"{\"id\": 1}").1.contains("no `text`"));
        assert_eq!(err(b"{\"id\": 1, \"text\": 5}").0, Some(Value::from(1)));
        assert!(err(b"{\"id\": 2, \"text\": \"a\xffb\"}")
            .1
            .contains("UTF-8"));
        assert_eq!(
            err(b"{\"id\": 2, \"text\": \"a\xffb\"}").0,
            Some(Value::from(2))
        );
        assert!(err(b"   ").1.contains("empty"));
        assert!(err(b"[]").1.contains("object"));
        assert!(matches!(
            parse_line(br#"{"id": "x", "text": "Hello"}"#, 1),
            Item::Doc { .. }
        ));
    }
}
