//! The engine's one hash map: keys (words, names, packed dates) numbered
//! in the order they were first added, and values by number.
//!
//! Why not `std::collections::HashMap`: each key and value type compiles a
//! copy of the table's code, and its SipHash and random seeding come along;
//! for six maps that was some 7 KB of the web page. One table of byte
//! strings, hashed with FNV-1a, serves every map here; the engine needs no
//! protection against crafted collisions (the text is the reader's own).

/// Byte strings, each numbered by when it was first added (0, 1, 2, …).
#[derive(Clone, Debug, Default)]
pub struct Keys {
    /// Open addressing with linear probing: 0 for an empty slot, otherwise
    /// 1 + the number of the key there. A power of two long, at most half
    /// full.
    slots: Vec<u32>,
    /// The keys, one after another.
    bytes: Vec<u8>,
    /// Where each key ends in `bytes`.
    ends: Vec<u32>,
}

impl Keys {
    /// How many keys there are.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// The number of `key`, if it was added.
    #[inline]
    pub fn find(&self, key: impl AsRef<[u8]>) -> Option<usize> {
        self.find_bytes(key.as_ref())
    }

    /// The number of `key`, added first if new.
    #[inline]
    pub fn add(&mut self, key: impl AsRef<[u8]>) -> usize {
        self.add_bytes(key.as_ref())
    }

    fn find_bytes(&self, key: &[u8]) -> Option<usize> {
        if self.slots.is_empty() {
            return None;
        }
        (self.slots[self.slot(key)] as usize).checked_sub(1)
    }

    fn add_bytes(&mut self, key: &[u8]) -> usize {
        if (self.len() + 1) * 2 > self.slots.len() {
            self.grow();
        }
        let s = self.slot(key);
        if self.slots[s] == 0 {
            self.bytes.extend_from_slice(key);
            self.ends.push(self.bytes.len() as u32);
            self.slots[s] = self.len() as u32;
        }
        self.slots[s] as usize - 1
    }

    /// Key number `n`.
    fn key(&self, n: usize) -> &[u8] {
        let start = if n == 0 { 0 } else { self.ends[n - 1] as usize };
        &self.bytes[start..self.ends[n] as usize]
    }

    /// The slot holding `key`, or the empty one where it would go.
    fn slot(&self, key: &[u8]) -> usize {
        let mask = self.slots.len() - 1;
        let mut s = hash(key) as usize & mask;
        while self.slots[s] != 0 && self.key(self.slots[s] as usize - 1) != key {
            s = (s + 1) & mask;
        }
        s
    }

    /// Doubles the slots and puts every key back.
    fn grow(&mut self) {
        self.slots = vec![0; (self.slots.len() * 2).max(16)];
        for n in 0..self.len() {
            let s = self.slot(self.key(n));
            self.slots[s] = n as u32 + 1;
        }
    }
}

/// FNV-1a, 32 bits.
fn hash(key: &[u8]) -> u32 {
    let mut h = 0x811c_9dc5u32;
    for &b in key {
        h = (h ^ b as u32).wrapping_mul(0x0100_0193);
    }
    h
}

/// A map from byte strings (`&str`, `String`, a packed date) to `V`.
#[derive(Clone, Debug)]
pub struct Map<V> {
    keys: Keys,
    values: Vec<V>,
}

impl<V> Default for Map<V> {
    fn default() -> Self {
        Map {
            keys: Keys::default(),
            values: Vec::new(),
        }
    }
}

impl<V> Map<V> {
    pub fn get(&self, key: impl AsRef<[u8]>) -> Option<&V> {
        self.keys.find(key).map(|n| &self.values[n])
    }

    /// The value of `key`, made by `new` if there is none.
    pub fn entry(&mut self, key: impl AsRef<[u8]>, new: impl FnOnce() -> V) -> &mut V {
        let n = self.keys.add(key);
        if n == self.values.len() {
            self.values.push(new());
        }
        &mut self.values[n]
    }

    pub fn insert(&mut self, key: impl AsRef<[u8]>, value: V) {
        let n = self.keys.add(key);
        if n == self.values.len() {
            self.values.push(value);
        } else {
            self.values[n] = value;
        }
    }
}

/// `v[i]`, for a vector indexed by something numbered (a speaker, a
/// kind): grown with default values to reach `i`.
pub fn at<T: Default + Clone>(v: &mut Vec<T>, i: usize) -> &mut T {
    if v.len() <= i {
        v.resize(i + 1, T::default());
    }
    &mut v[i]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_numbered_as_first_added_and_found_again() {
        let mut k = Keys::default();
        assert_eq!(k.find("said"), None);
        let words: Vec<String> = (0..1000).map(|i| format!("w{i}")).collect();
        for (i, w) in words.iter().enumerate() {
            assert_eq!(k.add(w), i);
        }
        assert_eq!(k.add(""), 1000);
        for (i, w) in words.iter().enumerate() {
            assert_eq!(k.add(w), i);
            assert_eq!(k.find(w.as_bytes()), Some(i));
        }
        assert_eq!(k.find(""), Some(1000));
        assert_eq!(k.find("w1000"), None);
        assert_eq!(k.len(), 1001);
    }

    #[test]
    fn a_map_keeps_the_last_value_inserted() {
        let mut m = Map::default();
        m.insert("a", 1);
        m.insert([0u8, 1], 2);
        m.insert("a", 3);
        *m.entry("b", || 0) += 5;
        *m.entry("b", || 0) += 5;
        assert_eq!(m.get("a"), Some(&3));
        assert_eq!(m.get([0u8, 1]), Some(&2));
        assert_eq!(m.get("b"), Some(&10));
        assert_eq!(m.get("c"), None);
    }
}
