//! The Rust casing classes (`nerel::casing`) are the Python ones (`training/nerel_data.py`), which
//! the model was trained with: `tests/data/casing.tsv` is written by
//! `python3 training/nerel_data.py --casing-fixture`, and this test checks both sides against it.

use std::process::Command;

const FIXTURE: &str = include_str!("data/casing.tsv");

#[test]
fn rust_casing_matches_the_fixture() {
    let mut n = 0;
    for line in FIXTURE.lines() {
        let (word, expected) = line.split_once('\t').expect("word<TAB>class");
        assert_eq!(
            nerel::casing::name(nerel::casing::class(word)),
            expected,
            "word {word:?}"
        );
        n += 1;
    }
    assert!(n >= 40, "fixture too small: {n} words");
}

#[test]
fn python_casing_still_writes_the_fixture() {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/training/nerel_data.py");
    let out = match Command::new("python3")
        .arg(script)
        .arg("--casing-fixture")
        .output()
    {
        Ok(out) => out,
        Err(e) => panic!("python3 is needed for this check (scripts/setup.sh needs it too): {e}"),
    };
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        FIXTURE,
        "regenerate tests/data/casing.tsv"
    );
}
