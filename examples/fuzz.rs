//! Random-input loop over `Extractor::extract` (the fallback for cargo-fuzz, which needs a
//! nightly toolchain): generates texts from a seeded generator mixing news words, punctuation,
//! control characters, combining marks, bidi marks, emoji and random code points, and checks
//! that nothing panics and every span slices the input.
//!
//! ```text
//! cargo run --release --example fuzz -- [SECONDS (default 60)] [SEED (default 1)]
//! ```
//! Exits with status 1 at the first failure, printing the input (as a Rust string literal).

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::{Duration, Instant};

use nerel::{Document, Extractor};

const PIECES: &[&str] = &[
    "NATO",
    "Lavrov",
    "Rice",
    "said",
    "signed",
    "the",
    "U.S.",
    "Mr.",
    "Moscow's",
    "\"",
    "'",
    ".",
    ",",
    "(",
    ")",
    "\n",
    "\n\n",
    "\t",
    "1951",
    "3.",
    "São",
    "Paulo",
    "Москва",
    "東京",
    "🚀",
    "👩‍👩‍👧",
    "\u{0}",
    "\u{7}",
    "\u{1b}[31m",
    "\u{200B}",
    "\u{200F}",
    "\u{202E}",
    "\u{FEFF}",
    "e\u{301}",
    "\u{FFFD}",
    "—",
    "…",
    "n't",
    "'s",
    "Secretary-General",
    "of",
    "and",
    "European",
    "Union",
    "criticized",
    "Belarus",
];

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn random_text(rng: &mut Rng) -> String {
    let mut s = String::new();
    let n = match rng.below(20) {
        0 => 2000 + rng.below(4000), // long: several windows
        _ => rng.below(60),
    };
    for _ in 0..n {
        match rng.below(10) {
            0 => {
                // a random code point
                if let Some(c) = char::from_u32(rng.below(0x11_0000) as u32) {
                    s.push(c);
                }
            }
            1 => s.push_str(&"x".repeat(rng.below(300))),
            _ => {
                s.push_str(PIECES[rng.below(PIECES.len())]);
                if rng.below(4) != 0 {
                    s.push(' ');
                }
            }
        }
    }
    s
}

fn check(text: &str, doc: &Document) -> Result<(), String> {
    let slice = |what: &str, s: usize, e: usize, t: &str| -> Result<(), String> {
        if text.get(s..e) != Some(t) {
            return Err(format!("{what} {s}..{e} does not slice the input to {t:?}"));
        }
        Ok(())
    };
    for m in &doc.mentions {
        slice("mention", m.start, m.end, &m.text)?;
    }
    for w in doc.mentions.windows(2) {
        if w[0].end > w[1].start {
            return Err(format!(
                "overlapping mentions {:?} {:?}",
                w[0].text, w[1].text
            ));
        }
    }
    for t in &doc.tokens {
        slice("token", t.start, t.end, &t.text)?;
    }
    for r in &doc.relations {
        if r.subject >= doc.entities.len() || r.object >= doc.entities.len() {
            return Err("relation names a missing entity".into());
        }
        for ev in &r.evidence {
            slice(
                "subject",
                ev.subject.start,
                ev.subject.end,
                &ev.subject.text,
            )?;
            slice("object", ev.object.start, ev.object.end, &ev.object.text)?;
        }
    }
    Ok(())
}

fn main() -> std::process::ExitCode {
    let mut args = std::env::args().skip(1);
    let seconds: u64 = args.next().and_then(|a| a.parse().ok()).unwrap_or(60);
    let seed: u64 = args.next().and_then(|a| a.parse().ok()).unwrap_or(1);
    let extractor = match Extractor::builder().build() {
        Ok(e) => e,
        Err(e) => {
            eprintln!("fuzz: cannot load the model: {e}");
            return std::process::ExitCode::FAILURE;
        }
    };
    let mut rng = Rng(seed.max(1).wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let (mut runs, mut bytes) = (0u64, 0usize);
    while Instant::now() < deadline {
        let text = random_text(&mut rng);
        let result = catch_unwind(AssertUnwindSafe(|| extractor.extract(&text)));
        let failure = match result {
            Err(_) => Some("panic".to_owned()),
            Ok(Err(e)) => Some(format!("error: {e}")),
            Ok(Ok(doc)) => check(&text, &doc).err(),
        };
        if let Some(f) = failure {
            eprintln!("fuzz: FAILED after {runs} inputs: {f}\ninput: {text:?}");
            return std::process::ExitCode::FAILURE;
        }
        runs += 1;
        bytes += text.len();
    }
    println!("fuzz: {runs} inputs ({bytes} bytes) in {seconds} s, seed {seed}: no panic, all spans exact");
    std::process::ExitCode::SUCCESS
}
