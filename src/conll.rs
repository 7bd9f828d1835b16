//! CoNLL-U in: read UD treebanks (for evaluation or as pre-tokenised input); the writer is
//! [`crate::output::conllu`]. The reading rules are those of `training/nerel_data.py`
//! (`read_conllu`): `#` comments, multi-word ranges (`1-2`) and empty nodes (`1.1`) are kept
//! aside, syntactic words are the rows; a blank line ends a sentence.

/// One CoNLL-U line of a sentence, kept so that it can be written back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Line {
    /// A comment (`# text = ...`), a multi-word range or an empty node: kept as it is.
    Other(String),
    /// A syntactic word: its ten columns.
    Word(Vec<String>),
}

/// A sentence of a CoNLL-U file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Sentence {
    /// Every line, in file order.
    pub lines: Vec<Line>,
}

impl Sentence {
    /// The rows of the syntactic words.
    pub fn words(&self) -> impl Iterator<Item = &[String]> {
        self.lines.iter().filter_map(|l| match l {
            Line::Word(cols) => Some(cols.as_slice()),
            Line::Other(_) => None,
        })
    }

    /// The FORM column of each word.
    pub fn forms(&self) -> Vec<&str> {
        self.words().map(|c| c[1].as_str()).collect()
    }
}

/// A malformed CoNLL-U line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    /// 1-based line number.
    pub line: usize,
    /// What is wrong.
    pub problem: String,
}

impl std::fmt::Display for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.problem)
    }
}

impl std::error::Error for ParseError {}

/// Reads CoNLL-U text. A word row must have ten tab-separated columns and an integer ID.
pub fn read_conllu(text: &str) -> Result<Vec<Sentence>, ParseError> {
    let mut out = Vec::new();
    let mut cur = Sentence::default();
    for (i, line) in text.lines().enumerate() {
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line.trim().is_empty() {
            if !cur.lines.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            continue;
        }
        if line.starts_with('#') {
            cur.lines.push(Line::Other(line.to_owned()));
            continue;
        }
        let cols: Vec<String> = line.split('\t').map(str::to_owned).collect();
        if cols.len() != 10 {
            return Err(ParseError {
                line: i + 1,
                problem: format!("{} columns, CoNLL-U has 10", cols.len()),
            });
        }
        if cols[0].contains('-') || cols[0].contains('.') {
            cur.lines.push(Line::Other(line.to_owned()));
        } else if cols[0].parse::<usize>().is_ok() {
            cur.lines.push(Line::Word(cols));
        } else {
            return Err(ParseError {
                line: i + 1,
                problem: format!("ID {:?} is not a number", cols[0]),
            });
        }
    }
    if !cur.lines.is_empty() {
        out.push(cur);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_words_and_keeps_other_lines() {
        let text = "# sent_id = 1\n1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n1\tdo\tdo\tAUX\tVBP\t_\t0\troot\t_\t_\n2\tn't\tnot\tPART\tRB\t_\t1\tadvmod\t_\t_\n2.1\tx\t_\t_\t_\t_\t_\t_\t_\t_\n\n1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_\n";
        let s = read_conllu(text).unwrap();
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].forms(), vec!["do", "n't"]);
        assert_eq!(s[0].lines.len(), 5);
        assert_eq!(s[1].forms(), vec!["Hi"]);
        let err = read_conllu("1\tonly\tthree\n").unwrap_err();
        assert_eq!(err.line, 1);
        assert!(read_conllu("x\ta\tb\tc\td\te\tf\tg\th\ti\n").is_err());
    }
}
