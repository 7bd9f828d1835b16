//! Stage 2: words → word pieces → transformer → per-word label probabilities.
//!
//! Pieces come from the model's HF tokenizer, run over nerel's words (so every piece maps back
//! to a word and its byte span). Long texts are cut into sentence-aware overlapping windows
//! ([`windows`]); windows of all texts in a call are sorted by length and batched, padded to the
//! longest in their batch. Each word is read from its first piece, in the window where that
//! piece is most central.

pub(crate) mod backend;
pub(crate) mod casing;
pub(crate) mod model;
pub(crate) mod windows;

use std::ops::Range;
use std::path::Path;
use std::sync::Mutex;

use tch::{Device, Kind, Tensor};
use tokenizers::Tokenizer;

use crate::error::{Error, Result};
use backend::{Backend, Net};
use model::{Heads, LoadedModel};

/// One text made ready for the model: its words, sentences and word pieces.
pub(crate) struct Prepared {
    /// Byte ranges of the words.
    pub words: Vec<Range<usize>>,
    /// Sentences as ranges of word indices.
    pub sentences: Vec<Range<usize>>,
    /// Piece ids.
    ids: Vec<i64>,
    /// Token type id of each piece (casing class, or 0).
    types: Vec<i64>,
    /// For each piece, the index of the word it begins, or `u32::MAX` (not a word's first piece).
    word_of_first_piece: Vec<u32>,
    /// Windows over the pieces, and the window each piece is read from.
    windows: Vec<Range<usize>>,
    owner: Vec<u32>,
}

/// Model outputs for the words of one text.
pub(crate) struct WordScores {
    /// `n_words × n_ner` probabilities, row-major; rows of words without pieces are all zero.
    pub ner: Vec<f32>,
    /// Arg-max POS label index per word (when the model has a POS head and the word has pieces).
    pub pos: Vec<Option<u16>>,
    /// Arg-max chunk label index per word.
    pub chunk: Vec<Option<u16>>,
}

/// The transformer and its tokenizer.
pub(crate) struct Encoder {
    net: Mutex<Net>,
    tokenizer: Tokenizer,
    pub heads: Heads,
    casing: bool,
    cls: i64,
    sep: i64,
    pad: i64,
    device: Device,
    /// Content pieces per window (window length minus [CLS] and [SEP]).
    budget: usize,
    overlap: usize,
}

impl Encoder {
    /// Loads the model folder. `max_tokens` is the window length including [CLS]/[SEP].
    pub fn load(
        dir: &Path,
        device: Device,
        backend: Backend,
        threads: Option<usize>,
        max_tokens: usize,
        overlap: usize,
    ) -> Result<Encoder> {
        let LoadedModel { net, tokenizer, heads, casing, max_positions, cls_id, sep_id, pad_id } =
            model::load(dir, device, backend, threads)?;
        if max_tokens > max_positions {
            return Err(Error::InvalidParameter {
                parameter: "max_tokens",
                problem: format!("{max_tokens} exceeds the model's {max_positions} positions"),
            });
        }
        Ok(Encoder {
            tokenizer,
            heads,
            casing,
            cls: cls_id as i64,
            sep: sep_id as i64,
            pad: pad_id as i64,
            net: Mutex::new(net),
            device,
            budget: max_tokens - 2,
            overlap,
        })
    }

    /// Segments and tokenises one text, and plans its windows.
    pub fn prepare(&self, text: &str) -> Result<Prepared> {
        let words = crate::text::words(text);
        let sentences = crate::text::sentences(text, &words);
        let strs: Vec<&str> = words.iter().map(|r| &text[r.clone()]).collect();
        let (ids, word_of_piece) = if strs.is_empty() {
            (Vec::new(), Vec::new())
        } else {
            let enc = self.tokenizer.encode(&strs[..], false).map_err(Error::Tokenize)?;
            let ids: Vec<i64> = enc.get_ids().iter().map(|&i| i as i64).collect();
            let wop: Vec<Option<u32>> = enc.get_word_ids().to_vec();
            (ids, wop)
        };
        let mut first_piece = vec![None; words.len()];
        let mut word_of_first_piece = vec![u32::MAX; ids.len()];
        let mut types = Vec::with_capacity(ids.len());
        let mut word_starts = Vec::with_capacity(words.len());
        for (p, w) in word_of_piece.iter().enumerate() {
            let w = w.map(|w| w as usize).filter(|&w| w < words.len());
            types.push(match (self.casing, w) {
                (true, Some(w)) => casing::class(strs[w]),
                _ => casing::SPECIAL,
            });
            if let Some(w) = w {
                if first_piece[w].is_none() {
                    first_piece[w] = Some(p);
                    word_of_first_piece[p] = w as u32;
                    word_starts.push(p);
                }
            }
        }
        let sentence_starts: Vec<usize> =
            sentences.iter().filter_map(|s| s.clone().find_map(|w| first_piece[w])).collect();
        let windows = windows::plan(ids.len(), &sentence_starts, &word_starts, self.budget, self.overlap);
        let owner = windows::owners(ids.len(), &windows).into_iter().map(|w| w as u32).collect();
        Ok(Prepared { words, sentences, ids, types, word_of_first_piece, windows, owner })
    }

    /// Runs the model over every window of `docs`, `batch_size` windows at a time (sorted by
    /// length), and returns per-word outputs for each doc, in input order.
    pub fn predict(&self, docs: &[Prepared], batch_size: usize) -> Result<Vec<WordScores>> {
        let n_ner = self.heads.ner.len();
        let mut out: Vec<WordScores> = docs
            .iter()
            .map(|d| WordScores {
                ner: vec![0.0; d.words.len() * n_ner],
                pos: vec![None; d.words.len()],
                chunk: vec![None; d.words.len()],
            })
            .collect();
        let mut all: Vec<(usize, usize)> =
            docs.iter().enumerate().flat_map(|(d, doc)| (0..doc.windows.len()).map(move |w| (d, w))).collect();
        all.sort_by_key(|&(d, w)| docs[d].windows[w].len());
        for batch in all.chunks(batch_size.max(1)) {
            let (logits, len) = self.forward(docs, batch)?;
            let total = self.heads.total();
            for (row, &(d, w)) in batch.iter().enumerate() {
                let doc = &docs[d];
                let range = doc.windows[w].clone();
                for (j, p) in range.enumerate() {
                    let word = doc.word_of_first_piece[p];
                    if word == u32::MAX || doc.owner[p] as usize != w {
                        continue;
                    }
                    let at = (row * len + j + 1) * total;
                    let Some(scores) = logits.get(at..at + total) else { continue };
                    self.store(&mut out[d], word as usize, scores);
                }
            }
        }
        Ok(out)
    }

    /// Writes one word's outputs: NER softmax, POS and chunk arg-max.
    fn store(&self, out: &mut WordScores, word: usize, scores: &[f32]) {
        let n_ner = self.heads.ner.len();
        let n_pos = self.heads.pos.len();
        let (ner, rest) = scores.split_at(n_ner);
        let max = ner.iter().copied().fold(f32::NEG_INFINITY, f32::max);
        let row = &mut out.ner[word * n_ner..(word + 1) * n_ner];
        let mut sum = 0.0;
        for (o, &x) in row.iter_mut().zip(ner) {
            *o = (x - max).exp();
            sum += *o;
        }
        if sum > 0.0 && sum.is_finite() {
            row.iter_mut().for_each(|o| *o /= sum);
        }
        if n_pos > 0 {
            out.pos[word] = argmax(&rest[..n_pos]);
        }
        if !self.heads.chunk.is_empty() {
            out.chunk[word] = argmax(&rest[n_pos..]);
        }
    }

    /// One forward pass over a batch of windows; returns logits `[rows, len, total]` flattened,
    /// and `len` (the longest window plus [CLS] and [SEP]).
    fn forward(&self, docs: &[Prepared], batch: &[(usize, usize)]) -> Result<(Vec<f32>, usize)> {
        let len = batch.iter().map(|&(d, w)| docs[d].windows[w].len()).max().unwrap_or(0) + 2;
        let rows = batch.len();
        let mut ids = vec![self.pad; rows * len];
        let mut types = vec![casing::SPECIAL; rows * len];
        let mut mask = vec![0i64; rows * len];
        for (row, &(d, w)) in batch.iter().enumerate() {
            let doc = &docs[d];
            let r = doc.windows[w].clone();
            let base = row * len;
            ids[base] = self.cls;
            ids[base + 1..base + 1 + r.len()].copy_from_slice(&doc.ids[r.clone()]);
            ids[base + 1 + r.len()] = self.sep;
            types[base + 1..base + 1 + r.len()].copy_from_slice(&doc.types[r.clone()]);
            mask[base..base + r.len() + 2].iter_mut().for_each(|m| *m = 1);
        }
        let shape = [rows as i64, len as i64];
        let to = |v: &[i64]| Tensor::f_from_slice(v).and_then(|t| t.f_view(shape)).and_then(|t| t.f_to_device(self.device));
        let (ids, types, mask) = (to(&ids).map_err(Error::backend)?, to(&types).map_err(Error::backend)?, to(&mask).map_err(Error::backend)?);
        let net = self.net.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let logits = net.logits(&ids, &mask, &types)?;
        drop(net);
        let flat = logits.f_to_kind(Kind::Float).and_then(|t| t.f_to_device(Device::Cpu)?.f_flatten(0, -1)).map_err(Error::backend)?;
        Ok((Vec::<f32>::try_from(&flat).map_err(Error::backend)?, len))
    }
}

fn argmax(xs: &[f32]) -> Option<u16> {
    xs.iter()
        .enumerate()
        .max_by(|a, b| a.1.total_cmp(b.1))
        .map(|(i, _)| i as u16)
}
