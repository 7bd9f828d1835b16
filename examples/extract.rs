//! Prints what nerel reads from a text file.
//!
//! ```text
//! cargo run --release --example extract -- [--format json|table|dot|html|conllu] [--model DIR] FILE
//! ```
//! FILE `-` reads standard input. The file must be UTF-8: invalid input ends with an error
//! message and exit status 1 (`--lossy` replaces invalid bytes with U+FFFD instead).

use std::io::Write;
use std::process::ExitCode;

use nerel::Extractor;

const USAGE: &str = "usage: extract [--format json|table|dot|html|conllu] [--model DIR] [--lossy] FILE (- for stdin)";

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("extract: {e}");
            let mut source = std::error::Error::source(e.as_ref());
            while let Some(s) = source {
                eprintln!("  caused by: {s}");
                source = s.source();
            }
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), Box<dyn std::error::Error>> {
    let mut format = "table".to_owned();
    let mut model = None;
    let mut file = None;
    let mut lossy = false;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--format" => format = args.next().ok_or(USAGE)?,
            "--model" => model = Some(args.next().ok_or(USAGE)?),
            "--lossy" => lossy = true,
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(());
            }
            _ if file.is_none() => file = Some(a),
            _ => return Err(USAGE.into()),
        }
    }
    let file = file.ok_or(USAGE)?;
    if !matches!(
        format.as_str(),
        "json" | "table" | "dot" | "html" | "conllu"
    ) {
        return Err(format!("unknown format {format:?}; {USAGE}").into());
    }
    let text = match nerel::text::read_text(&file, lossy) {
        Err(e @ nerel::Error::InvalidUtf8 { .. }) => {
            return Err(format!("{e}; use --lossy to replace invalid bytes").into())
        }
        other => other?,
    };
    let mut builder = Extractor::builder().max_input_bytes(usize::MAX);
    if let Some(m) = model {
        builder = builder.model_dir(m);
    }
    let extractor = builder.build()?;
    let doc = extractor.extract(&text)?;
    let out = match format.as_str() {
        "json" => serde_json::to_string_pretty(&doc)?,
        "dot" => nerel::output::dot(&doc),
        "html" => nerel::output::html(&text, &doc),
        "conllu" => nerel::output::conllu(&text, &doc),
        _ => nerel::output::table(&text, &doc),
    };
    // A closed pipe (`extract ... | head`) ends the output quietly.
    match writeln!(std::io::stdout().lock(), "{out}") {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => Ok(other?),
    }
}
