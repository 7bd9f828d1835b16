//! One extractor shared by several threads gives the same results as one thread.

mod common;

use common::{extractor, labelled};

#[test]
fn four_threads_share_one_extractor() {
    let texts: Vec<String> = (0..16)
        .map(|i| match i % 4 {
            0 => format!(
                "Chancellor Ingrid Holm of Norway met Siemens executives in Oslo on day {i}."
            ),
            1 => format!("The World Bank lent Kenya ${i} million, officials in Nairobi said."),
            2 => format!("Paulo Mendes scored twice as Benfica beat Porto {i}-1 in Lisbon."),
            _ => format!("UNICEF said {i} schools in Haiti had reopened."),
        })
        .collect();
    let expected: Vec<_> = texts
        .iter()
        .map(|t| labelled(&extractor().extract(t).unwrap()))
        .collect();
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..4)
            .map(|t| {
                let texts = &texts;
                scope.spawn(move || {
                    // each thread walks the texts from another starting point
                    (0..texts.len())
                        .map(|k| (t * 4 + k) % texts.len())
                        .map(|i| (i, labelled(&extractor().extract(&texts[i]).unwrap())))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        for h in handles {
            for (i, got) in h.join().expect("thread panicked") {
                assert_eq!(got, expected[i], "text {i}");
            }
        }
    });
}
