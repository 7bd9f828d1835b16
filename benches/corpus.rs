//! A fixed corpus of news-style paragraphs, generated from templates written for nerel, shared by
//! the benches and `examples/throughput.rs`. Deterministic: the same seed gives the same text.
#![allow(dead_code)]

const PEOPLE: &[&str] = &[
    "Maria Kowalski",
    "Jonas Berg",
    "Aisha Okafor",
    "Tomas Novak",
    "Elena Petrova",
    "Kenji Watanabe",
    "Fatima Haddad",
    "Lucas Moreau",
    "Ingrid Holm",
    "Carlos Mendes",
    "Priya Raman",
    "Oleg Sokolov",
];
const TITLES: &[&str] = &[
    "Foreign Minister",
    "Prime Minister",
    "Defence Secretary",
    "President",
    "Finance Minister",
    "spokeswoman",
    "chief executive",
    "Trade Commissioner",
];
const ORGS: &[&str] = &[
    "the European Commission",
    "the World Bank",
    "Siemens",
    "the United Nations",
    "Greenpeace",
    "the Red Cross",
    "Reuters",
    "the African Union",
    "Gazprom",
    "the IMF",
    "Nokia",
    "UNICEF",
];
const PLACES: &[&str] = &[
    "Brussels", "Nairobi", "Oslo", "Lisbon", "Warsaw", "Tokyo", "Cairo", "Lima", "Vienna", "Kyiv",
    "Manila", "Ottawa", "Finland", "Kenya", "Brazil", "Turkey", "Canada", "Poland",
];
const VERBS: &[&str] = &[
    "met",
    "criticized",
    "praised",
    "visited",
    "signed an agreement with",
    "called on",
    "held talks with",
    "accused",
    "thanked",
    "warned",
];
const TOPICS: &[&str] = &[
    "fishing quotas",
    "gas prices",
    "a new rail link",
    "refugee aid",
    "the budget for next year",
    "a trade dispute",
    "climate targets",
    "grain exports",
    "a power cable",
    "vaccine supplies",
];

struct Rng(u64);
impl Rng {
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        xs[(self.0 % xs.len() as u64) as usize]
    }
}

fn sentence(r: &mut Rng) -> String {
    let (p, t, o, l, v, x) = (
        r.pick(PEOPLE),
        r.pick(TITLES),
        r.pick(ORGS),
        r.pick(PLACES),
        r.pick(VERBS),
        r.pick(TOPICS),
    );
    match r.0 % 5 {
        0 => format!("{t} {p} {v} {o} in {l} on Tuesday to discuss {x}."),
        1 => format!("\"We will not accept {x},\" {p} told reporters in {l}, adding that {o} had been informed."),
        2 => format!("{o} said on Friday that talks about {x} would resume in {l} next month."),
        3 => format!("In {l}, {p}, the {t} of {o}, {v} officials who had delayed the decision on {x} for weeks."),
        _ => format!("Officials from {o} and {} {v} delegates in {l}, where {x} dominated the agenda.", r.pick(ORGS)),
    }
}

/// `n` paragraphs of 3 to 6 sentences each.
pub fn paragraphs(n: usize, seed: u64) -> Vec<String> {
    let mut r = Rng(seed.max(1).wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    (0..n)
        .map(|_| {
            let k = 3 + (r.0 % 4) as usize;
            (0..k)
                .map(|_| sentence(&mut r))
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

/// One long article of `n` paragraphs (blank lines between them).
pub fn article(n: usize, seed: u64) -> String {
    paragraphs(n, seed).join("\n\n")
}
