//! The first characters of a word list, for scanners that pass at once the positions where no
//! word of the list can start.

/// The distinct first characters of some words, with a 128-bit filter in front of the list.
#[derive(Debug, Clone, Default)]
pub struct Firsts {
    filter: u128,
    chars: Vec<char>,
}

impl Firsts {
    /// The first characters of `words` (empty words are ignored).
    pub fn of<'a>(words: impl IntoIterator<Item = &'a str>) -> Self {
        let mut chars: Vec<char> = words.into_iter().filter_map(|w| w.chars().next()).collect();
        chars.sort_unstable();
        chars.dedup();
        let filter = chars.iter().fold(0u128, |f, &c| f | Self::bit(c));
        Firsts { filter, chars }
    }

    /// True when some word starts with `c`.
    ///
    /// `Firsts::of(["牵头单位", "责任单位"]).has('责')` → `true`.
    pub fn has(&self, c: char) -> bool {
        self.filter & Self::bit(c) != 0 && self.chars.binary_search(&c).is_ok()
    }

    fn bit(c: char) -> u128 {
        1u128 << (c as u32 & 127)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_exactly_the_first_characters() {
        let f = Firsts::of(["牵头单位", "责任单位", "", "配合"]);
        for c in ['牵', '责', '配'] {
            assert!(f.has(c), "{c}");
        }
        // Characters sharing a filter bit with a first char are still told apart by the list.
        for c in ['头', '单', '市', 'a', '1'] {
            assert!(!f.has(c), "{c}");
        }
    }
}
