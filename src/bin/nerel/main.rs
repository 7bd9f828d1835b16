//! The `nerel` command: named entities and relations from files or JSON Lines.
//!
//! ```text
//! nerel extract [--format json|table|dot|html|conllu] [OPTIONS] FILE...    (FILE - reads stdin)
//! nerel jsonl [OPTIONS] < in.jsonl > out.jsonl
//! ```
//! Run `nerel --help` for the options.

mod jsonl;
mod progress;

use std::io::{self, BufReader, IsTerminal, Write};
use std::os::fd::AsFd;
use std::process::ExitCode;

use nerel::relations::HeadScorer;
use nerel::{Backend, Extractor, RelationParams};

const USAGE: &str = "\
usage: nerel extract [--format json|table|dot|html|conllu] [--lossy] [OPTIONS] FILE...   (FILE - = stdin)
       nerel jsonl [--batch-docs N] [--batch-bytes N] [--max-line-bytes N] [OPTIONS] < IN.jsonl > OUT.jsonl

extract   prints what nerel reads from each file (default format: table). Files must be UTF-8
          (--lossy replaces invalid bytes with U+FFFD).
jsonl     reads JSON Lines {\"id\":..,\"text\":..} from stdin and writes one line per input line,
          in order: {\"id\":..,\"mentions\":[..],\"entities\":[..],\"relations\":[..],..}, or for a
          bad line {\"id\":..,\"line\":N,\"error\":\"..\"}. Exit status 0 unless reading or writing
          fails. --batch-docs (default 32) and --batch-bytes (default 1048576) bound each batch,
          --max-line-bytes (default 16777216) each line.

OPTIONS
  --model DIR        model folder (default: $NEREL_MODEL_DIR, else the model shipped with nerel)
  --backend B        onnx (default), onnx-int8 or tch
  --threads N        threads for the network (default: all cores)
  --batch-size N     windows per forward pass (default 32)
  --quiet            no progress bar (it is shown only when stderr is a terminal)
  --threshold P      relations scoring below P (0 to 1) are dropped (default 0.5)
  --head-threshold P how sure the relation head must be (0 to 1) for its typed relations to
                     stand on their own (default 0.9); `off` turns that off
  --head-scorer S    the relation head's pair scorer: news (default) or conll04

A progress bar goes to stderr when it is a terminal.";

fn main() -> ExitCode {
    match run() {
        Ok(code) => code,
        Err(e) => {
            if let Some(io) = e.downcast_ref::<io::Error>() {
                if io.kind() == io::ErrorKind::BrokenPipe {
                    return ExitCode::FAILURE;
                }
            }
            eprintln!("nerel: {e}");
            let mut source = e.source();
            while let Some(s) = source {
                eprintln!("  caused by: {s}");
                source = s.source();
            }
            ExitCode::FAILURE
        }
    }
}

type BoxResult<T> = Result<T, Box<dyn std::error::Error>>;

/// Options shared by both commands.
struct Common {
    model: Option<String>,
    backend: Option<Backend>,
    threads: Option<usize>,
    batch_size: usize,
    quiet: bool,
    relations: RelationParams,
}

impl Common {
    fn extractor(&self, max_input_bytes: usize) -> BoxResult<Extractor> {
        let mut builder = Extractor::builder()
            .relations(self.relations.clone())
            .batch_size(self.batch_size)
            .max_input_bytes(max_input_bytes);
        if let Some(m) = &self.model {
            builder = builder.model_dir(m);
        }
        if let Some(b) = self.backend {
            builder = builder.backend(b);
        }
        if let Some(n) = self.threads {
            builder = builder.threads(n);
        }
        Ok(builder.build()?)
    }
}

fn run() -> BoxResult<ExitCode> {
    let mut args = std::env::args().skip(1);
    let command = args.next().unwrap_or_default();
    let mut common = Common {
        model: None,
        backend: None,
        threads: None,
        batch_size: 32,
        quiet: false,
        relations: RelationParams::default(),
    };
    let mut format = "table".to_owned();
    let mut lossy = false;
    let mut files = Vec::new();
    let mut limits = jsonl::Limits {
        batch_docs: 32,
        batch_bytes: 1 << 20,
        max_line_bytes: 16 << 20,
    };
    while let Some(a) = args.next() {
        let mut value = |name: &str| {
            args.next()
                .ok_or_else(|| format!("{name} needs a value\n\n{USAGE}"))
        };
        let number = |v: String, name: &str| {
            v.parse::<usize>()
                .ok()
                .filter(|&n| n > 0)
                .ok_or_else(|| format!("{name}: {v:?} is not a positive number"))
        };
        match a.as_str() {
            "--model" => common.model = Some(value("--model")?),
            "--backend" => common.backend = Some(value("--backend")?.parse()?),
            "--threads" => common.threads = Some(number(value("--threads")?, "--threads")?),
            "--batch-size" => common.batch_size = number(value("--batch-size")?, "--batch-size")?,
            "--quiet" | "-q" => common.quiet = true,
            "--threshold" => {
                let p = probability(value("--threshold")?, "--threshold")?;
                common.relations = common.relations.with_threshold(p);
            }
            "--head-threshold" => {
                let v = value("--head-threshold")?;
                // above 1: no typed relation stands on its own
                let p = if v == "off" {
                    2.0
                } else {
                    probability(v, "--head-threshold")?
                };
                common.relations = common.relations.with_head_threshold(p);
            }
            "--head-scorer" => {
                let v = value("--head-scorer")?;
                let scorer = HeadScorer::from_name(&v).ok_or_else(|| {
                    format!("--head-scorer: {v:?} is not a scorer (news, conll04)")
                })?;
                common.relations = common.relations.with_head_scorer(scorer);
            }
            "--format" if command == "extract" => format = value("--format")?,
            "--lossy" if command == "extract" => lossy = true,
            "--batch-docs" if command == "jsonl" => {
                limits.batch_docs = number(value("--batch-docs")?, "--batch-docs")?
            }
            "--batch-bytes" if command == "jsonl" => {
                limits.batch_bytes = number(value("--batch-bytes")?, "--batch-bytes")?
            }
            "--max-line-bytes" if command == "jsonl" => {
                limits.max_line_bytes = number(value("--max-line-bytes")?, "--max-line-bytes")?
            }
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(ExitCode::SUCCESS);
            }
            _ if command == "extract" && (a == "-" || !a.starts_with('-')) => files.push(a),
            _ => return Err(format!("unknown argument {a:?}\n\n{USAGE}").into()),
        }
    }
    match command.as_str() {
        "extract" => extract(&common, &format, lossy, &files),
        "jsonl" => stream(&common, limits),
        "-h" | "--help" | "help" => {
            println!("{USAGE}");
            Ok(ExitCode::SUCCESS)
        }
        "-V" | "--version" => {
            println!("nerel {}", env!("CARGO_PKG_VERSION"));
            Ok(ExitCode::SUCCESS)
        }
        "" => Err(USAGE.into()),
        other => Err(format!("unknown command {other:?}\n\n{USAGE}").into()),
    }
}

/// `v` as a number from 0 to 1, or an error naming the option.
fn probability(v: String, name: &str) -> Result<f32, String> {
    v.parse::<f32>()
        .ok()
        .filter(|p| (0.0..=1.0).contains(p))
        .ok_or_else(|| format!("{name}: {v:?} is not a number from 0 to 1"))
}

fn extract(common: &Common, format: &str, lossy: bool, files: &[String]) -> BoxResult<ExitCode> {
    if files.is_empty() {
        return Err(format!("extract needs at least one FILE (- for stdin)\n\n{USAGE}").into());
    }
    if !matches!(format, "json" | "table" | "dot" | "html" | "conllu") {
        return Err(format!("unknown format {format:?} (json, table, dot or html)").into());
    }
    if format == "html" && files.len() > 1 {
        return Err("--format html takes one file (one page per document)".into());
    }
    let total: u64 = files
        .iter()
        .filter(|f| *f != "-")
        .filter_map(|f| std::fs::metadata(f).ok())
        .map(|m| m.len())
        .sum();
    let extractor = common.extractor(usize::MAX)?;
    let mut progress = progress::Progress::with_terminal(
        !common.quiet && files.len() > 1 && io::stderr().is_terminal(),
        Some(total),
    );
    let mut out = io::BufWriter::new(io::stdout().lock());
    let (mut read, many) = (0u64, files.len() > 1);
    if many && format == "json" {
        out.write_all(b"[\n")?;
    }
    for (i, file) in files.iter().enumerate() {
        let text = match nerel::text::read_text(file, lossy) {
            Err(e @ nerel::Error::InvalidUtf8 { .. }) => {
                return Err(format!("{e}; use --lossy to replace invalid bytes").into())
            }
            other => other?,
        };
        let doc = extractor.extract(&text)?;
        match format {
            "json" if many => {
                #[derive(serde::Serialize)]
                struct InFile<'a> {
                    file: &'a str,
                    #[serde(flatten)]
                    doc: &'a nerel::Document,
                }
                if i > 0 {
                    out.write_all(b",\n")?;
                }
                serde_json::to_writer_pretty(&mut out, &InFile { file, doc: &doc })?;
            }
            "json" => writeln!(out, "{}", serde_json::to_string_pretty(&doc)?)?,
            "dot" => writeln!(out, "{}", nerel::output::dot(&doc))?,
            "html" => writeln!(out, "{}", nerel::output::html(&text, &doc))?,
            "conllu" => write!(out, "{}", nerel::output::conllu(&text, &doc))?,
            _ => {
                if many {
                    writeln!(out, "== {file} ==")?;
                }
                writeln!(out, "{}", nerel::output::table(&text, &doc))?;
            }
        }
        out.flush()?;
        read += text.len() as u64;
        progress.advance(1, doc.tokens.len() as u64, read);
    }
    if many && format == "json" {
        out.write_all(b"\n]\n")?;
    }
    out.flush()?;
    progress.finish();
    Ok(ExitCode::SUCCESS)
}

fn stream(common: &Common, limits: jsonl::Limits) -> BoxResult<ExitCode> {
    let extractor = common.extractor(limits.max_line_bytes)?;
    // Reading through a File on fd 0 tells its size when stdin is a file (for the ETA).
    let stdin = std::fs::File::from(io::stdin().as_fd().try_clone_to_owned()?);
    let total = stdin
        .metadata()
        .ok()
        .filter(|m| m.is_file())
        .map(|m| m.len());
    let show = !common.quiet && io::stderr().is_terminal();
    let mut progress = progress::Progress::with_terminal(show, total);
    let input = BufReader::with_capacity(1 << 16, stdin);
    match jsonl::run(
        &extractor,
        input,
        io::stdout().lock(),
        limits,
        &mut progress,
    ) {
        Ok(_) => Ok(ExitCode::SUCCESS),
        // `nerel jsonl | head`: the reader went away; no message, but not a success.
        Err(jsonl::StreamError::Write(e)) if e.kind() == io::ErrorKind::BrokenPipe => {
            Ok(ExitCode::FAILURE)
        }
        Err(e) => Err(e.into()),
    }
}
