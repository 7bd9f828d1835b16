//! Models for language understanding.

pub mod machine_comprehension;

pub use machine_comprehension::{MachineComprehension, RoBERTa, GPT2};
