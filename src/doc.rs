//! An article and what the engine found in it, with the indexes the views
//! need so that nothing on screen searches a list per item (an article of
//! 5 MB has tens of thousands of statements and thousands of events).

use engine::{Analysis, Span, Speaker};

/// Marks a row of [`Rows`] as an event's heading rather than a statement.
pub const EVENT: u32 = 1 << 31;

/// An article and its analysis. The text is moved in, never copied.
pub struct Doc {
    pub text: String,
    pub a: Analysis,
    /// Per statement: its speaker's index in `a.speakers`, or `NONE`.
    pub speaker_of: Vec<u32>,
    /// Per event: its statements, in text order.
    pub by_event: Vec<Vec<u32>>,
    /// Per speaker: how many statements.
    pub counts: Vec<u32>,
}

pub const NONE: u32 = u32::MAX;

/// The index of the item with this id among `n`, by the engine's numbering
/// ("e12" is the 12th) when it holds, else by search from where the last
/// search ended (statements by one speaker tend to come together).
fn find<'a>(n: usize, id_of: impl Fn(usize) -> &'a str, id: &str, last: &mut usize) -> u32 {
    let guess = id.get(1..).and_then(|d| d.parse::<usize>().ok());
    if let Some(g) = guess
        .and_then(|g| g.checked_sub(1))
        .filter(|&g| g < n && id_of(g) == id)
    {
        return g as u32;
    }
    for k in (*last..n).chain(0..*last) {
        if id_of(k) == id {
            *last = k;
            return k as u32;
        }
    }
    NONE
}

impl Doc {
    pub fn new(text: String, a: Analysis) -> Doc {
        let sp_id = |i: usize| a.speakers[i].id.as_str();
        let ev_id = |i: usize| a.events[i].id.as_str();
        let (mut last_sp, mut last_ev) = (0, 0);
        let mut counts = vec![0; a.speakers.len()];
        let mut by_event = vec![Vec::new(); a.events.len()];
        let speaker_of = a
            .statements
            .iter()
            .enumerate()
            .map(|(k, st)| {
                let e = find(a.events.len(), ev_id, &st.event, &mut last_ev);
                if let Some(v) = by_event.get_mut(e as usize) {
                    v.push(k as u32);
                }
                let s = find(a.speakers.len(), sp_id, &st.speaker, &mut last_sp);
                if let Some(c) = counts.get_mut(s as usize) {
                    *c += 1;
                }
                s
            })
            .collect();
        Doc {
            speaker_of,
            by_event,
            counts,
            text,
            a,
        }
    }

    pub fn speaker(&self, statement: usize) -> Option<&Speaker> {
        self.a.speakers.get(self.speaker_of[statement] as usize)
    }

    /// The colour class of a statement's speaker: its place in the list.
    pub fn tint(&self, statement: usize) -> &'static str {
        match self.speaker_of[statement] {
            NONE => tint(0),
            i => tint(i as usize),
        }
    }

    /// The text of a byte span, or nothing if it does not fit the text.
    pub fn slice(&self, [start, end]: Span) -> &str {
        self.text.get(start..end).unwrap_or("")
    }

    /// Whether a statement's speaker is hidden (`off` is per speaker).
    pub fn off(&self, off: &[bool], statement: usize) -> bool {
        off.get(self.speaker_of[statement] as usize) == Some(&true)
    }

    /// The timeline's rows for the shown speakers: each event with a
    /// statement shown (`EVENT | e`) followed by those statements. Also how
    /// many statements each event shows.
    pub fn rows(&self, off: &[bool]) -> (Vec<u32>, Vec<u32>) {
        let mut rows = Vec::with_capacity(self.a.events.len() + self.a.statements.len());
        let mut shown = vec![0; self.a.events.len()];
        for (e, sts) in self.by_event.iter().enumerate() {
            let head = rows.len();
            for &k in sts {
                if !self.off(off, k as usize) {
                    if shown[e] == 0 {
                        rows.push(EVENT | e as u32);
                    }
                    rows.push(k);
                    shown[e] += 1;
                }
            }
            debug_assert!(shown[e] == 0 || rows[head] == EVENT | e as u32);
        }
        (rows, shown)
    }

    /// The pieces of the shown statements' words in each paragraph:
    /// `(start, end, statement)`. Paragraphs are in text order, so each
    /// piece's paragraph is found by binary search.
    pub fn pieces(&self, off: &[bool]) -> Vec<Vec<(usize, usize, u32)>> {
        let paragraphs = &self.a.paragraphs;
        let mut out = vec![Vec::new(); paragraphs.len()];
        for (k, st) in self.a.statements.iter().enumerate() {
            if self.off(off, k) {
                continue;
            }
            for &[s, e] in &st.parts {
                let mut i = paragraphs.partition_point(|p| p[1] <= s);
                while let Some(&[ps, pe]) = paragraphs.get(i) {
                    if ps >= e {
                        break;
                    }
                    let (s, e) = (s.max(ps), e.min(pe));
                    if s < e {
                        out[i].push((s, e, k as u32));
                    }
                    i += 1;
                }
            }
        }
        out
    }

    /// The paragraph holding the first words of a statement.
    pub fn paragraph_of(&self, statement: usize) -> usize {
        let s = self.a.statements[statement]
            .parts
            .first()
            .map_or(0, |p| p[0]);
        self.a.paragraphs.partition_point(|p| p[1] <= s)
    }

    /// A statement's index from its id ("s12"), by the engine's numbering
    /// when it holds, by search otherwise.
    pub fn statement(&self, id: &str) -> Option<usize> {
        let sts = &self.a.statements;
        let guess = id
            .get(1..)
            .and_then(|n| n.parse::<usize>().ok())
            .map(|n| n.wrapping_sub(1));
        match guess {
            Some(g) if sts.get(g).is_some_and(|s| s.id == id) => Some(g),
            _ => sts.iter().position(|s| s.id == id),
        }
    }
}

/// The colour class of the speaker at index `i`.
pub fn tint(i: usize) -> &'static str {
    ["sp0", "sp1", "sp2", "sp3", "sp4", "sp5"][i % 6]
}

/// "1 statement", "7 statements".
pub fn count(n: usize, one: &str, many: &str) -> String {
    let mut s = n.to_string();
    s.push(' ');
    s.push_str(if n == 1 { one } else { many });
    s
}
