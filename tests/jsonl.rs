//! `nerel jsonl` over a generated corpus of 600 documents with 8 bad lines among them: every id
//! comes back once, in input order; each bad line gives one error line (with its id when it can
//! be read, and its line number); the exit status is 0.

#[path = "../benches/corpus.rs"]
mod corpus;

use std::io::Write;
use std::process::{Command, Stdio};

use serde_json::{json, Value};

/// What a bad line must produce: its id (when readable) and part of the message.
struct Odd {
    line: Vec<u8>,
    id: Option<Value>,
    error: &'static str,
}

fn odd_lines() -> Vec<Odd> {
    let long = format!(
        r#"{{"id": "odd-long", "text": "{}"}}"#,
        "word ".repeat(2000)
    );
    vec![
        Odd {
            line: b"this is not JSON".to_vec(),
            id: None,
            error: "not JSON",
        },
        Odd {
            line: br#"{"id": "odd-no-text", "title": "x"}"#.to_vec(),
            id: Some(json!("odd-no-text")),
            error: "no `text`",
        },
        Odd {
            line: br#"{"id": 404, "text": 17}"#.to_vec(),
            id: Some(json!(404)),
            error: "not a string",
        },
        Odd {
            line: b"{\"id\": \"odd-utf8\", \"text\": \"caf\xe9 in Paris\"}".to_vec(),
            id: Some(json!("odd-utf8")),
            error: "UTF-8",
        },
        Odd {
            line: long.into_bytes(),
            id: Some(json!("odd-long")),
            error: "size limit",
        },
        Odd {
            line: Vec::new(),
            id: None,
            error: "empty line",
        },
        Odd {
            line: b"[1, 2, 3]".to_vec(),
            id: None,
            error: "not a JSON object",
        },
        Odd {
            line: br#"{"id": "odd-cut", "text": "Maria Lopez joined Sie"#.to_vec(),
            id: Some(json!("odd-cut")),
            error: "not JSON",
        },
    ]
}

#[test]
fn jsonl_keeps_every_id_in_order() {
    let texts = corpus::paragraphs(600, 11);
    let odd = odd_lines();
    // Input: 600 documents; bad line k goes after document 70k + 3.
    let mut input = Vec::new();
    let mut expected: Vec<Result<Value, usize>> = Vec::new(); // Ok(id) or Err(index into odd)
    let mut next_odd = 0;
    for (i, text) in texts.iter().enumerate() {
        // Ids of several JSON types; two texts with non-ASCII and one empty text.
        let id = match i % 3 {
            0 => json!(format!("doc-{i}")),
            1 => json!(i),
            _ => json!({ "source": "gen", "n": i }),
        };
        let text = match i {
            5 => "Die Außenministerin traf in Köln den Präsidenten Zelensky. 東京".to_owned(),
            6 => String::new(),
            _ => text.clone(),
        };
        serde_json::to_writer(
            &mut input,
            &json!({ "id": id, "text": text, "extra": [1, 2] }),
        )
        .unwrap();
        input.push(b'\n');
        expected.push(Ok(id));
        if i % 70 == 3 && next_odd < odd.len() {
            input.extend_from_slice(&odd[next_odd].line);
            input.push(b'\n');
            expected.push(Err(next_odd));
            next_odd += 1;
        }
    }
    assert_eq!(next_odd, odd.len());

    let mut child = Command::new(env!("CARGO_BIN_EXE_nerel"))
        .args(["jsonl", "--max-line-bytes", "4096", "--batch-docs", "48"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("nerel runs");
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || stdin.write_all(&input));
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "exit status {:?}: {stderr}",
        out.status
    );
    assert!(
        stderr.is_empty(),
        "stderr is not a terminal, so nothing goes there: {stderr}"
    );

    let stdout = String::from_utf8(out.stdout).expect("output is UTF-8");
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(
        lines.len(),
        expected.len(),
        "one output line per input line"
    );
    let mut errors = 0;
    for (n, (line, want)) in lines.iter().zip(&expected).enumerate() {
        let v: Value =
            serde_json::from_str(line).unwrap_or_else(|e| panic!("line {}: {e}: {line}", n + 1));
        match want {
            Ok(id) => {
                assert_eq!(v.get("id"), Some(id), "line {}", n + 1);
                assert!(v.get("error").is_none(), "line {}: {line}", n + 1);
                for key in ["mentions", "entities", "relations", "sentences", "tokens"] {
                    assert!(v[key].is_array(), "line {} lacks {key}", n + 1);
                }
            }
            Err(k) => {
                errors += 1;
                let o = &odd[*k];
                assert_eq!(v["line"], json!(n + 1), "{line}");
                assert_eq!(v.get("id"), o.id.as_ref(), "{line}");
                let msg = v["error"]
                    .as_str()
                    .unwrap_or_else(|| panic!("no error message: {line}"));
                assert!(
                    msg.contains(o.error),
                    "line {}: {msg:?} should mention {:?}",
                    n + 1,
                    o.error
                );
                assert!(v.get("mentions").is_none());
            }
        }
    }
    assert_eq!(errors, 8);
    // The corpus is news: most documents have mentions, and a known one is found.
    let found = lines
        .iter()
        .filter(|l| l.contains("\"label\":\"PER\""))
        .count();
    assert!(found > 300, "only {found} documents with a person");
}

#[test]
fn jsonl_empty_input_gives_empty_output() {
    let out = Command::new(env!("CARGO_BIN_EXE_nerel"))
        .arg("jsonl")
        .stdin(Stdio::null())
        .output()
        .expect("nerel runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stdout.is_empty());
}

#[test]
fn extract_reads_files_and_stdin() {
    let (ok, out, err) = extract_stdin(
        &["--format", "json"],
        "Maria Lopez joined Siemens in Munich.",
    );
    assert!(ok, "{err}");
    let doc: Value = serde_json::from_str(&out).expect("one JSON document");
    assert!(
        doc["mentions"]
            .as_array()
            .is_some_and(|m| m.iter().any(|m| m["text"] == "Maria Lopez")),
        "{doc}"
    );

    let bad = Command::new(env!("CARGO_BIN_EXE_nerel"))
        .args(["extract", "/nonexistent/file.txt"])
        .output()
        .unwrap();
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("/nonexistent/file.txt"));
}

#[test]
fn model_lookup_error_names_all_three_places() {
    let out = Command::new(env!("CARGO_BIN_EXE_nerel"))
        .args(["extract", "-"])
        .env("NEREL_MODEL_DIR", "/nonexistent/nerel-model")
        .stdin(Stdio::null())
        .output()
        .expect("nerel runs");
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    for part in [
        "/nonexistent/nerel-model",
        "NEREL_MODEL_DIR",
        "ExtractorBuilder::model_dir",
        "models/nerel-minilm-conll03",
    ] {
        assert!(stderr.contains(part), "{part:?} not in: {stderr}");
    }
}

#[test]
fn missing_onnx_runtime_is_an_error_that_says_what_to_do() {
    let out = Command::new(env!("CARGO_BIN_EXE_nerel"))
        .args(["extract", "-"])
        .env("ORT_DYLIB_PATH", "/nonexistent/libonnxruntime.so.1.16.3")
        .stdin(Stdio::null())
        .output()
        .expect("nerel runs");
    assert_eq!(out.status.code(), Some(1), "an error, not a panic");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("--print-env") && stderr.contains("ORT_DYLIB_PATH"),
        "{stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
}

/// `nerel extract` with `args` on `text` from stdin: exit success, stdout and stderr.
fn extract_stdin(args: &[&str], text: &str) -> (bool, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_nerel"))
        .arg("extract")
        .args(args)
        .arg("-")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("nerel runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(text.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn relation_options_reach_the_relation_stage() {
    let text =
        "Rohrabacher flew into Bagram military airbase north of Kabul in a Red Cross plane on \
                Tuesday.";
    let typed = ["--head-scorer", "conll04", "--head-threshold", "0.5"];
    let (ok, out, err) = extract_stdin(&typed, text);
    assert!(ok, "{err}");
    assert!(out.contains("Bagram – north of – Kabul"), "{out}");
    let (ok, out, err) = extract_stdin(
        &["--head-scorer", "conll04", "--head-threshold", "off"],
        text,
    );
    assert!(ok, "{err}");
    assert!(!out.contains("– Kabul"), "{out}");
    let (ok, out, _) = extract_stdin(&["--threshold", "0.99"], text);
    assert!(ok && !out.contains(" – "), "{out}");

    for bad in [
        ["--threshold", "1.5"],
        ["--head-threshold", "x"],
        ["--head-scorer", "spert"],
    ] {
        let (ok, _, err) = extract_stdin(&bad, text);
        assert!(!ok, "{bad:?}");
        assert!(err.contains(bad[0]) && err.contains(bad[1]), "{err}");
    }
}
