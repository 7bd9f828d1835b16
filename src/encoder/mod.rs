//! Stage 2: words → word pieces → transformer → per-word label probabilities.
//!
//! Pieces come from the model's HF tokenizer, run over nerel's words (so every piece maps back
//! to a word and its byte span). Long texts are cut into sentence-aware overlapping windows
//! ([`windows`]); windows of all texts in a call are sorted by length and batched, padded to the
//! longest in their batch. Each word is read from its first piece, in the window where that
//! piece is most central.

pub(crate) mod backend;
pub mod casing;
pub(crate) mod model;
pub(crate) mod windows;

use std::ops::Range;
use std::path::Path;
use std::sync::Mutex;

use tch::Device;
use tokenizers::Tokenizer;

use crate::decode::{softmax_into, SentenceSyntax};
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
    /// For each window, the first word whose first piece it owns (words before it are final once
    /// the windows before it are read).
    window_first_word: Vec<usize>,
}

/// Model outputs for the words of one text.
pub(crate) struct WordScores {
    /// `n_words × n_ner` probabilities, row-major; rows of words without pieces are all zero.
    pub ner: Vec<f32>,
    /// Arg-max POS label index per word (when the model has a POS head and the word has pieces).
    pub pos: Vec<Option<u16>>,
    /// Arg-max chunk label index per word.
    pub chunk: Vec<Option<u16>>,
    /// Per sentence of [`Prepared::sentences`]: its tree and typed pairs (empty without a parser
    /// or relation head).
    pub syntax: Vec<SentenceSyntax>,
}

/// Word vectors of one text waiting for their sentence to be complete.
struct Pending {
    /// Index of the first word held in `vecs`.
    base: usize,
    vecs: Vec<f32>,
    /// Next sentence to decode.
    next_sentence: usize,
    /// Windows read so far (windows are read in order).
    windows_done: usize,
}

/// The transformer and its tokenizer.
pub(crate) struct Encoder {
    net: Mutex<Net>,
    tokenizer: Tokenizer,
    pub heads: Heads,
    casing: Option<casing::Scheme>,
    cls: i64,
    sep: i64,
    pad: i64,
    unk: i64,
    device: Device,
    /// Content pieces per window (window length minus `[CLS]` and `[SEP]`).
    budget: usize,
    overlap: usize,
}

impl Encoder {
    /// Loads the model folder. `max_tokens` is the window length including `[CLS]`/`[SEP]`.
    pub fn load(
        dir: &Path,
        device: Device,
        backend: Backend,
        threads: Option<usize>,
        max_tokens: usize,
        overlap: usize,
    ) -> Result<Encoder> {
        let LoadedModel {
            net,
            tokenizer,
            heads,
            casing,
            max_positions,
            cls_id,
            sep_id,
            pad_id,
            unk_id,
        } = model::load(dir, device, backend, threads)?;
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
            unk: unk_id as i64,
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
        self.prepare_words(text, words, sentences)
    }

    /// Tokenises given words and sentences (byte ranges of `text`, word ranges), and plans windows.
    /// A word the tokenizer drops entirely (a lone control or zero-width char) reads as `[UNK]`,
    /// as in training, so every word has a first piece.
    pub fn prepare_words(
        &self,
        text: &str,
        words: Vec<Range<usize>>,
        sentences: Vec<Range<usize>>,
    ) -> Result<Prepared> {
        let strs: Vec<&str> = words.iter().map(|r| &text[r.clone()]).collect();
        let mut by_word: Vec<Vec<i64>> = vec![Vec::new(); words.len()];
        if !strs.is_empty() {
            let enc = self
                .tokenizer
                .encode(&strs[..], false)
                .map_err(Error::Tokenize)?;
            for (&id, w) in enc.get_ids().iter().zip(enc.get_word_ids()) {
                if let Some(piece) = w.and_then(|w| by_word.get_mut(w as usize)) {
                    piece.push(id as i64);
                }
            }
        }
        let n_pieces: usize = by_word.iter().map(|p| p.len().max(1)).sum();
        let mut ids = Vec::with_capacity(n_pieces);
        let mut types = Vec::with_capacity(n_pieces);
        let mut word_of_first_piece = Vec::with_capacity(n_pieces);
        let mut first_piece = Vec::with_capacity(words.len());
        for (w, pieces) in by_word.iter().enumerate() {
            first_piece.push(ids.len());
            let class = self.casing.map_or(casing::SPECIAL, |c| c.class(strs[w]));
            let unk = [self.unk];
            let pieces: &[i64] = if pieces.is_empty() { &unk } else { pieces };
            for (k, &id) in pieces.iter().enumerate() {
                ids.push(id);
                types.push(class);
                word_of_first_piece.push(if k == 0 { w as u32 } else { u32::MAX });
            }
        }
        let sentence_starts: Vec<usize> = sentences
            .iter()
            .filter(|s| !s.is_empty())
            .map(|s| first_piece[s.start])
            .collect();
        let windows = windows::plan(
            ids.len(),
            &sentence_starts,
            &first_piece,
            self.budget,
            self.overlap,
        );
        let owner: Vec<u32> = windows::owners(ids.len(), &windows)
            .into_iter()
            .map(|w| w as u32)
            .collect();
        let mut window_first_word = vec![words.len(); windows.len()];
        for (w, &p) in first_piece.iter().enumerate().rev() {
            if let Some(slot) = owner
                .get(p)
                .and_then(|&o| window_first_word.get_mut(o as usize))
            {
                *slot = w;
            }
        }
        // a window that owns no first piece starts where the next one does
        for k in (0..window_first_word.len().saturating_sub(1)).rev() {
            window_first_word[k] = window_first_word[k].min(window_first_word[k + 1]);
        }
        Ok(Prepared {
            words,
            sentences,
            ids,
            types,
            word_of_first_piece,
            windows,
            owner,
            window_first_word,
        })
    }

    /// Runs the model over every window of `docs`, `batch_size` windows at a time, and returns
    /// per-word outputs for each doc, in input order. Windows are read in waves, in text order,
    /// each wave sorted by length into batches; after each wave the sentences whose words are all
    /// read are decoded (tree, typed pairs) and their word vectors dropped, so memory stays
    /// bounded by a wave, not by the text.
    pub fn predict(&self, docs: &[Prepared], batch_size: usize) -> Result<Vec<WordScores>> {
        let n_ner = self.heads.ner.len();
        let width = self.heads.vectors.len();
        let mut out: Vec<WordScores> = docs
            .iter()
            .map(|d| WordScores {
                ner: vec![0.0; d.words.len() * n_ner],
                pos: vec![None; d.words.len()],
                chunk: vec![None; d.words.len()],
                syntax: Vec::with_capacity(if width > 0 { d.sentences.len() } else { 0 }),
            })
            .collect();
        let mut pending: Vec<Pending> = docs
            .iter()
            .map(|_| Pending {
                base: 0,
                vecs: Vec::new(),
                next_sentence: 0,
                windows_done: 0,
            })
            .collect();
        let all: Vec<(usize, usize)> = docs
            .iter()
            .enumerate()
            .flat_map(|(d, doc)| (0..doc.windows.len()).map(move |w| (d, w)))
            .collect();
        let batch_size = batch_size.max(1);
        for wave in all.chunks(batch_size * WAVE_BATCHES) {
            let mut sorted = wave.to_vec();
            sorted.sort_by_key(|&(d, w)| docs[d].windows[w].len());
            for batch in sorted.chunks(batch_size) {
                let (logits, len) = self.forward(docs, batch)?;
                let total = self.heads.total;
                for (row, &(d, w)) in batch.iter().enumerate() {
                    let doc = &docs[d];
                    let range = doc.windows[w].clone();
                    for (j, p) in range.enumerate() {
                        let word = doc.word_of_first_piece[p];
                        if word == u32::MAX || doc.owner[p] as usize != w {
                            continue;
                        }
                        let at = (row * len + j + 1) * total;
                        let Some(scores) = logits.get(at..at + total) else {
                            continue;
                        };
                        self.store(&mut out[d], word as usize, scores);
                        if width > 0 {
                            let pend = &mut pending[d];
                            let Some(k) = (word as usize).checked_sub(pend.base).map(|k| k * width)
                            else {
                                continue;
                            };
                            if pend.vecs.len() < k + width {
                                pend.vecs.resize(k + width, 0.0);
                            }
                            pend.vecs[k..k + width]
                                .copy_from_slice(&scores[self.heads.vectors.clone()]);
                        }
                    }
                }
            }
            if width == 0 {
                continue;
            }
            for &(d, w) in wave {
                pending[d].windows_done = pending[d].windows_done.max(w + 1);
            }
            let mut touched: Vec<usize> = wave.iter().map(|&(d, _)| d).collect();
            touched.dedup();
            self.decode_ready(docs, &touched, &mut pending, &mut out, width);
        }
        Ok(out)
    }

    /// Decodes the sentences of the `touched` docs whose words are all read (on all cores), and
    /// drops their vectors.
    fn decode_ready(
        &self,
        docs: &[Prepared],
        touched: &[usize],
        pending: &mut [Pending],
        out: &mut [WordScores],
        width: usize,
    ) {
        // (doc, vector range) of every ready sentence, in order
        let mut jobs: Vec<(usize, Range<usize>)> = Vec::new();
        for &d in touched {
            let (doc, pend) = (&docs[d], &mut pending[d]);
            let ready = doc
                .window_first_word
                .get(pend.windows_done)
                .copied()
                .unwrap_or(doc.words.len());
            let mut k = pend.next_sentence;
            while let Some(s) = doc.sentences.get(k).filter(|s| s.end <= ready) {
                let (a, b) = ((s.start - pend.base) * width, (s.end - pend.base) * width);
                if pend.vecs.len() < b {
                    pend.vecs.resize(b, 0.0);
                }
                jobs.push((d, a..b));
                k += 1;
            }
        }
        let pending_ref: &[Pending] = pending;
        let decoded = crate::par_map(&jobs, |(d, r)| {
            self.heads
                .decoder
                .sentence(&pending_ref[*d].vecs[r.clone()], width)
        });
        for ((d, _), syntax) in jobs.iter().zip(decoded) {
            out[*d].syntax.push(syntax);
            pending[*d].next_sentence += 1;
        }
        for &d in touched {
            let (doc, pend) = (&docs[d], &mut pending[d]);
            let keep_from = doc
                .sentences
                .get(pend.next_sentence)
                .map_or(doc.words.len(), |s| s.start);
            let drop = ((keep_from - pend.base) * width).min(pend.vecs.len());
            pend.vecs.drain(..drop);
            pend.base = keep_from;
        }
    }

    /// Writes one word's outputs: NER softmax, POS and chunk arg-max.
    fn store(&self, out: &mut WordScores, word: usize, scores: &[f32]) {
        let n_ner = self.heads.ner.len();
        let n_pos = self.heads.pos.len();
        let (ner, rest) = scores.split_at(n_ner);
        softmax_into(ner, &mut out.ner[word * n_ner..(word + 1) * n_ner]);
        if n_pos > 0 {
            out.pos[word] = rest.get(..n_pos).and_then(argmax);
        }
        if !self.heads.chunk.is_empty() {
            out.chunk[word] = rest
                .get(n_pos..n_pos + self.heads.chunk.len())
                .and_then(argmax);
        }
    }

    /// One forward pass over a batch of windows; returns logits `[rows, len, total]` flattened,
    /// and `len` (the longest window plus `[CLS]` and `[SEP]`).
    fn forward(&self, docs: &[Prepared], batch: &[(usize, usize)]) -> Result<(Vec<f32>, usize)> {
        let len = batch
            .iter()
            .map(|&(d, w)| docs[d].windows[w].len())
            .max()
            .unwrap_or(0)
            + 2;
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
            mask[base..base + r.len() + 2]
                .iter_mut()
                .for_each(|m| *m = 1);
        }
        let net = self
            .net
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let logits = net.logits(
            backend::Batch {
                rows,
                len,
                ids,
                mask,
                types,
            },
            self.device,
        )?;
        drop(net);
        Ok((logits, len))
    }
}

/// Batches per wave of windows (see [`Encoder::predict`]).
const WAVE_BATCHES: usize = 16;

fn argmax(xs: &[f32]) -> Option<u16> {
    xs.iter()
        .enumerate()
        .max_by(|a, b| a.1.total_cmp(b.1))
        .map(|(i, _)| i as u16)
}
