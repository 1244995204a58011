//! Canonical names: one name for every spelling of the same referent.
//!
//! Within one document, a surname or given name alone joins the full name
//! it abbreviates (`Ushakov` → `Yuri Ushakov`); transliteration variants
//! fold together (`Zelensky` / `Zelenskiy` / `Zelenskyy`, `Yuri` / `Yury`);
//! long names one edit apart are taken as typos of each other (`Sybiha` /
//! `Sybhia`); and a short table maps the common alternative names of places
//! and bodies (`U.S.` → `United States`, `Kiev` → `Kyiv`).

use std::sync::OnceLock;

use crate::entity::{Entity, Label};
use crate::gazetteer::{FastMap, FastSet, ALIASES, PUBLIC_FIGURES};

/// The letter without its accent (`é` → `e`), a curly apostrophe straight.
fn unaccented(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' => 'a',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'í' | 'ì' | 'î' | 'ï' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
        'ú' | 'ù' | 'û' | 'ü' => 'u',
        'ç' => 'c',
        'ñ' => 'n',
        '’' => '\'',
        c => c,
    }
}

/// Folds transliteration variants of a name to one key.
pub fn fold(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for (i, word) in name.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let start = out.len();
        for c in word.chars() {
            let c = unaccented(c);
            if c.is_ascii() {
                out.push(c.to_ascii_lowercase());
            } else {
                out.extend(c.to_lowercase());
            }
        }
        // Only a `y` or a `j` can change a word from here on.
        if out[start..].contains(['y', 'j']) {
            let mut folded = out[start..].replace("iy", "i").replace("yy", "i").replace("ij", "i");
            if folded.len() > 3 && folded.ends_with('y') {
                folded.pop();
                folded.push('i');
            }
            out.truncate(start);
            out.push_str(&folded);
        }
    }
    out
}

/// Optimal-string-alignment distance (edits and adjacent swaps), capped.
fn edit_distance(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            d[i][j] = (d[i - 1][j] + 1).min(d[i][j - 1] + 1).min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d[i][j] = d[i][j].min(d[i - 2][j - 2] + 1);
            }
        }
    }
    d[a.len()][b.len()]
}

/// True when two folded single words name the same thing.
fn same_word(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (la, lb) = (a.chars().count(), b.chars().count());
    // One edit changes the length by at most one: skip the matrix otherwise.
    la >= 6 && lb >= 6 && la.abs_diff(lb) <= 1 && within_one_edit(a, b)
}

/// True when `a` and `b` are at most one edit or one swap of neighbours
/// apart (`edit_distance(a, b) <= 1`, without the matrix).
fn within_one_edit(a: &str, b: &str) -> bool {
    let common = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).map(|(x, _)| x.len_utf8()).sum::<usize>();
    let (a, b) = (&a[common..], &b[common..]);
    fn rest(s: &str) -> &str {
        let mut chars = s.chars();
        chars.next();
        chars.as_str()
    }
    let swapped = || {
        let (mut x, mut y) = (a.chars(), b.chars());
        match (x.next(), x.next(), y.next(), y.next()) {
            (Some(a0), Some(a1), Some(b0), Some(b1)) => a0 == b1 && a1 == b0 && x.as_str() == y.as_str(),
            _ => false,
        }
    };
    rest(a) == rest(b) || rest(a) == b || a == rest(b) || swapped()
}

/// A group of spellings: its fold key, its label, and each spelling with its
/// count, in first-seen order.
type Group = (String, Label, Vec<(String, usize)>);

/// Sets `canonical` on every PERSON / ORG / LOC entity of `text`.
///
/// Each mention first gets a candidate name (its alias, the full name it
/// abbreviates, or itself); candidates that fold to the same name form one
/// group, named by a public figure's usual spelling when one matches, else
/// by the group's most frequent spelling (the first one on a tie).
pub fn assign_canonical(text: &str, entities: &mut [Entity]) {
    static ALIAS: OnceLock<FastMap<&str, &str>> = OnceLock::new();
    let alias = ALIAS.get_or_init(|| ALIASES.pairs().collect());
    // The full names of people, once each, longest first (then first seen),
    // as the targets of short forms.
    let mut seen = FastSet::default();
    let mut full_names: Vec<FullName> = entities
        .iter()
        .filter(|e| e.label == Label::Person)
        .map(|e| e.span.text(text).trim_start_matches('['))
        .filter(|s| s.contains(' ') && seen.insert(*s))
        .map(FullName::new)
        .collect();
    full_names.sort_by_key(|n| std::cmp::Reverse(n.name.len()));
    // The organisations named in more than one word, first seen first.
    let mut seen_bodies = FastSet::default();
    let bodies: Vec<&str> = entities
        .iter()
        .filter(|e| e.label == Label::Org)
        .map(|e| e.span.text(text).trim_start_matches("the ").trim_start_matches("The "))
        .filter(|s| s.contains(' ') && seen_bodies.insert(*s))
        .collect();
    // The places named in more than one word whose last word names them
    // alone (`English Channel`), first seen first.
    let places: Vec<&str> = entities
        .iter()
        .filter(|e| e.label == Label::Loc)
        .map(|e| e.span.text(text).trim_start_matches("the ").trim_start_matches("The "))
        .filter(|s| s.rsplit_once(' ').is_some_and(|(_, last)| crate::entity::place_short_form(last)))
        .collect();
    // Groups: (fold key, label, spellings with their counts in first-seen order).
    let mut groups: Vec<Group> = Vec::new();
    let mut group_of: Vec<Option<usize>> = Vec::with_capacity(entities.len());
    // Caches: a surface's candidate name and group, and a fold key's group,
    // so that a long document folds and compares each distinct name once.
    let mut by_surface: FastMap<(Label, &str), (String, usize)> =
        FastMap::with_capacity_and_hasher(entities.len(), Default::default());
    let mut group_by_key: FastMap<(Label, String), usize> =
        FastMap::with_capacity_and_hasher(entities.len(), Default::default());
    for e in entities.iter() {
        if !e.label.is_named() {
            group_of.push(None);
            continue;
        }
        let raw = e.span.text(text);
        let (candidate, index) = &*by_surface.entry((e.label, raw)).or_insert_with(|| {
            let surface = raw.replace(['[', ']'], "");
            let surface = surface.trim_start_matches("the ").trim_start_matches("The ");
            let candidate = if let Some(c) = alias.get(surface) {
                (*c).to_string()
            } else if e.label == Label::Person {
                person_canonical(surface, &full_names)
            } else if e.label == Label::Org && !surface.contains(' ') {
                // `Commission` after `European Commission`, `ECB` or `M&S` for
                // the body its initials spell: the body named in full.
                // (`Veltron` after `Veltron Inc.`: the company by its suffix.)
                let suffix = format!(" {surface}");
                let incorporated = |b: &str| {
                    b.strip_prefix(surface).and_then(|rest| rest.strip_prefix(' ')).is_some_and(|rest| {
                        matches!(
                            rest,
                            "Inc." | "Inc" | "Corp." | "Corp" | "Ltd" | "Ltd." | "Co." | "plc" | "PLC" | "AG" | "SA"
                        )
                    })
                };
                bodies
                    .iter()
                    .find(|b| b.ends_with(&suffix) || spells_initials(surface, b) || incorporated(b))
                    .map_or_else(|| surface.to_string(), |b| b.to_string())
            } else if e.label == Label::Loc && !surface.contains(' ') {
                // `the Channel` after `the English Channel`.
                let suffix = format!(" {surface}");
                places.iter().find(|p| p.ends_with(&suffix)).map_or_else(|| surface.to_string(), |p| p.to_string())
            } else {
                surface.to_string()
            };
            let key = fold(&candidate);
            let index = *group_by_key.entry((e.label, key.clone())).or_insert_with(|| {
                groups.iter().position(|(k, label, _)| *label == e.label && same_name(k, &key)).unwrap_or_else(|| {
                    groups.push((key, e.label, Vec::new()));
                    groups.len() - 1
                })
            });
            (candidate, index)
        });
        let spellings = &mut groups[*index].2;
        match spellings.iter_mut().find(|(s, _)| s == candidate) {
            Some((_, n)) => *n += 1,
            None => spellings.push((candidate.clone(), 1)),
        }
        group_of.push(Some(*index));
    }
    let names: Vec<String> = groups
        .iter()
        .map(|(key, label, spellings)| {
            let known = (*label == Label::Person).then(|| public_figure(key)).flatten();
            // The article's own spelling of a public figure's full name
            // when it differs only by its accents (`António Guterres`, not the
            // list's `Antonio Guterres`).
            let known = known.map(|k| {
                let plain = |s: &str| s.chars().map(unaccented).collect::<String>();
                spellings.iter().find(|(s, _)| plain(s) == k).map_or_else(|| k.to_string(), |(s, _)| s.clone())
            });
            known.unwrap_or_else(|| {
                let best = spellings.iter().map(|(_, n)| *n).max().unwrap_or(0);
                spellings.iter().find(|(_, n)| *n == best).map(|(s, _)| s.clone()).unwrap_or_default()
            })
        })
        .collect();
    for (e, g) in entities.iter_mut().zip(group_of) {
        e.canonical = g.map(|g| names[g].clone());
    }
}

/// True when `short` (`ECB`, `M&S`, `U.N.`) is made of the initials of the
/// capitalised words of `name` (`European Central Bank`, `Marks & Spencer`).
fn spells_initials(short: &str, name: &str) -> bool {
    let letters: String = short.chars().filter(char::is_ascii_uppercase).collect();
    if letters.len() < 2 || short.chars().any(|c| c.is_lowercase()) {
        return false;
    }
    let initials: String =
        name.split([' ', '-']).filter_map(|w| w.chars().next()).filter(char::is_ascii_uppercase).collect();
    initials == letters
}

/// The listed public figure whose name folds to `key`: the full name, or
/// the surname alone.
fn public_figure(key: &str) -> Option<&'static str> {
    /// A listed name: folded whole, its folded surname and that surname's
    /// length in characters, and the name as written.
    struct Figure {
        folded: String,
        surname: String,
        surname_chars: usize,
        full: &'static str,
    }
    static FIGURES: OnceLock<Vec<Figure>> = OnceLock::new();
    let figures = FIGURES.get_or_init(|| {
        PUBLIC_FIGURES
            .entries()
            .map(|full| {
                let folded = fold(full);
                let surname = folded.rsplit(' ').next().unwrap_or_default().to_string();
                Figure { surname_chars: surname.chars().count(), folded, surname, full }
            })
            .collect()
    });
    let one_word = !key.contains(' ');
    let key_chars = key.chars().count();
    let first = key.as_bytes().first();
    figures
        .iter()
        .find(|f| {
            // Cheap tests first: a whole-name match and a misspelt surname
            // keep the first letter; a surname match keeps the length (±1).
            (f.folded.as_bytes().first() == first && (same_name(&f.folded, key) || misspelt_surname(&f.folded, key)))
                || (one_word && f.surname_chars.abs_diff(key_chars) <= 1 && same_word(&f.surname, key))
        })
        .map(|f| f.full)
}

/// `Kaja Karas` for `Kaja Kallas`: the same given name and a long surname
/// two edits away.
fn misspelt_surname(a: &str, b: &str) -> bool {
    let (Some((given_a, surname_a)), Some((given_b, surname_b))) = (a.split_once(' '), b.split_once(' ')) else {
        return false;
    };
    given_a == given_b
        && !surname_a.contains(' ')
        && !surname_b.contains(' ')
        && surname_a.chars().count() >= 5
        && surname_b.chars().count() >= 5
        && edit_distance(surname_a, surname_b) <= 2
}

fn same_name(a: &str, b: &str) -> bool {
    // Near misses keep their first letter: a cheap test before the words.
    if a.as_bytes().first() != b.as_bytes().first() {
        return false;
    }
    let (mut wa, mut wb) = (a.split(' '), b.split(' '));
    loop {
        match (wa.next(), wb.next()) {
            (None, None) => return true,
            (Some(x), Some(y)) if same_word(x, y) => {}
            _ => return false,
        }
    }
}

/// A person's full name with its first and last words folded.
struct FullName<'t> {
    name: &'t str,
    first: String,
    last: String,
}

impl<'t> FullName<'t> {
    fn new(name: &'t str) -> FullName<'t> {
        let first = fold(name.split(' ').next().unwrap_or(name));
        // (`el-Sisi`, `al-Burhan`: the surname without its particle.)
        let surname = name.rsplit(' ').next().unwrap_or(name);
        let surname = ["al-", "el-", "Al-", "El-"].iter().find_map(|p| surname.strip_prefix(p)).unwrap_or(surname);
        let last = fold(surname);
        FullName { name, first, last }
    }
}

/// The full name a person mention abbreviates, or the mention itself.
fn person_canonical(surface: &str, full_names: &[FullName]) -> String {
    if surface.contains(' ') {
        // A longer full name that ends the same way (`Donald J. Trump`).
        return surface.to_string();
    }
    let key = fold(surface);
    // The surname, then the given name, then an inner name of four letters
    // or more (`Lula` in `Luiz Inácio Lula da Silva`).
    let inner = |full: &&FullName| {
        key.chars().count() >= 4 && fold(full.name).split(' ').any(|w| w.chars().count() >= 4 && same_word(w, &key))
    };
    full_names
        .iter()
        .find(|full| same_word(&full.last, &key))
        .or_else(|| full_names.iter().find(|full| same_word(&full.first, &key)))
        .or_else(|| full_names.iter().find(inner))
        .map_or_else(|| surface.to_string(), |full| full.name.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Span;

    /// `fold` as first written (lower-case copy, then a rewrite per word):
    /// the reference the single-pass `fold` must agree with.
    fn reference_fold(name: &str) -> String {
        let lower: String = name.chars().map(unaccented).flat_map(char::to_lowercase).collect();
        lower
            .split(' ')
            .map(|w| {
                let w = w.replace("iy", "i").replace("yy", "i").replace("ij", "i");
                match w.strip_suffix('y') {
                    Some(stem) if stem.len() > 2 => format!("{stem}i"),
                    _ => w,
                }
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn within_one_edit_is_edit_distance_one() {
        let words = [
            "zelenski",
            "zelensky",
            "zelenskyi",
            "zlenski",
            "zeelnski",
            "sybiha",
            "sybhia",
            "sybih",
            "kraków",
            "krakow",
            "",
            "a",
            "ab",
            "ba",
        ];
        for a in words {
            for b in words {
                assert_eq!(within_one_edit(a, b), edit_distance(a, b) <= 1, "{a} {b}");
            }
        }
    }

    #[test]
    fn fold_agrees_with_its_reference() {
        let names =
            ["Zelenskyy", "Zelenskiy", "Yury  Ushakov", "İstanbul Kraków", "O’Neill", "Guy", "Ivy", "Gijs", "", " "];
        for name in names.into_iter().chain(PUBLIC_FIGURES.entries()) {
            assert_eq!(fold(name), reference_fold(name), "{name:?}");
        }
    }

    fn canon(text: &str, mentions: &[(&str, Label)]) -> Vec<String> {
        let mut entities: Vec<Entity> = Vec::new();
        let mut from = 0;
        for (m, label) in mentions {
            let at = from + text[from..].find(m).expect("mention in text");
            entities.push(Entity::new(Span::new(at, at + m.len()), *label));
            from = at + m.len();
        }
        assign_canonical(text, &mut entities);
        entities.into_iter().map(|e| e.canonical.unwrap()).collect()
    }

    #[test]
    fn surname_joins_full_name() {
        let text = "Yuri Ushakov spoke. Ushakov left.";
        assert_eq!(
            canon(text, &[("Yuri Ushakov", Label::Person), ("Ushakov", Label::Person)]),
            ["Yuri Ushakov", "Yuri Ushakov"]
        );
    }

    #[test]
    fn a_listed_figure_keeps_the_accents_of_the_name() {
        let text = "Guterres spoke, then Sanchez.";
        assert_eq!(
            canon(text, &[("Guterres", Label::Person), ("Sanchez", Label::Person)]),
            ["António Guterres", "Pedro Sánchez"]
        );
    }

    #[test]
    fn transliterations_fold() {
        let text = "Volodymyr Zelensky, Zelenskiy and Zelenskyy";
        let got = canon(
            text,
            &[("Volodymyr Zelensky", Label::Person), ("Zelenskiy", Label::Person), ("Zelenskyy", Label::Person)],
        );
        assert_eq!(got, ["Volodymyr Zelensky"; 3]);
        let text = "Yury Ushakov and Yuri Ushakov";
        assert_eq!(
            canon(text, &[("Yury Ushakov", Label::Person), ("Yuri Ushakov", Label::Person)]),
            ["Yuri Ushakov"; 2]
        );
    }

    #[test]
    fn most_frequent_spelling_names_an_unlisted_group() {
        let text = "Olha Petrenkiy met Olha Petrenko, then Olha Petrenko left";
        let mentions =
            [("Olha Petrenkiy", Label::Person), ("Olha Petrenko", Label::Person), ("Olha Petrenko", Label::Person)];
        assert_eq!(canon(text, &mentions), ["Olha Petrenko"; 3]);
    }

    #[test]
    fn near_miss_long_names() {
        let text = "Andrii Sybiha met Sybhia";
        assert_eq!(canon(text, &[("Andrii Sybiha", Label::Person), ("Sybhia", Label::Person)]), ["Andrii Sybiha"; 2]);
    }

    #[test]
    fn surname_alone_of_a_public_figure() {
        let text = "Trump said so; Zelenskiy agreed.";
        assert_eq!(
            canon(text, &[("Trump", Label::Person), ("Zelenskiy", Label::Person)]),
            ["Donald Trump", "Volodymyr Zelensky"]
        );
    }

    #[test]
    fn misspelt_public_figure() {
        let text = "Kaja Karas said so. Karas left.";
        assert_eq!(canon(text, &[("Kaja Karas", Label::Person), ("Karas", Label::Person)]), ["Kaja Kallas"; 2]);
    }

    #[test]
    fn public_figure_keeps_the_articles_accents() {
        let text = "António Guterres spoke. Guterres left.";
        let got = canon(text, &[("António Guterres", Label::Person), ("Guterres", Label::Person)]);
        assert_eq!(got, ["António Guterres", "António Guterres"]);
    }

    #[test]
    fn inner_name_joins_the_full_name() {
        let text = "Carla Inês Vidal da Rocha spoke. Vidal left.";
        let got = canon(text, &[("Carla Inês Vidal da Rocha", Label::Person), ("Vidal", Label::Person)]);
        assert_eq!(got, ["Carla Inês Vidal da Rocha", "Carla Inês Vidal da Rocha"]);
    }

    #[test]
    fn initials_join_the_full_name() {
        let text = "The Ostland Central Bank held rates. The OCB said so. D&R and Dunmore & Reeve met.";
        let got = canon(
            text,
            &[
                ("Ostland Central Bank", Label::Org),
                ("OCB", Label::Org),
                ("D&R", Label::Org),
                ("Dunmore & Reeve", Label::Org),
            ],
        );
        assert_eq!(got, ["Ostland Central Bank", "Ostland Central Bank", "Dunmore & Reeve", "Dunmore & Reeve"]);
    }

    #[test]
    fn a_place_by_its_last_word() {
        let text = "They crossed the English Channel; the Channel was calm.";
        let got = canon(text, &[("English Channel", Label::Loc), ("Channel", Label::Loc)]);
        assert_eq!(got, ["English Channel", "English Channel"]);
    }

    #[test]
    fn a_company_without_its_suffix() {
        let text = "Veltron Inc. rose; Veltron said so.";
        let got = canon(text, &[("Veltron Inc.", Label::Org), ("Veltron", Label::Org)]);
        assert_eq!(got, ["Veltron Inc.", "Veltron Inc."]);
    }

    #[test]
    fn a_surname_without_its_particle() {
        let text = "Abdel Fattah el-Sisi spoke; Sisi left.";
        let got = canon(text, &[("Abdel Fattah el-Sisi", Label::Person), ("Sisi", Label::Person)]);
        assert_eq!(got, ["Abdel Fattah el-Sisi", "Abdel Fattah el-Sisi"]);
    }

    #[test]
    fn place_aliases() {
        let text = "Kiev, Kyiv, the U.S. and America";
        let got =
            canon(text, &[("Kiev", Label::Loc), ("Kyiv", Label::Loc), ("U.S.", Label::Loc), ("America", Label::Loc)]);
        assert_eq!(got, ["Kyiv", "Kyiv", "United States", "United States"]);
    }
}
