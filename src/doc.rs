//! An article and what the engine found in it, with the indexes the views
//! need so that nothing on screen searches a list per item (an article of
//! 5 MB has tens of thousands of statements and thousands of events).

use engine::{Analysis, Kind, Span, Speaker};

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
    /// Per statement: its event's index in `a.events`, or `NONE`.
    pub event_index: Vec<u32>,
}

/// What the reader asked to see.
#[derive(Default)]
pub struct Filter {
    /// Ids of the speakers turned off.
    pub hidden: Vec<String>,
    /// Words every shown statement holds (lower case).
    pub words: Vec<String>,
    /// [`ALL`], [`QUOTES`] or [`REPORTED`].
    pub kind: u8,
    /// Only this event's statements.
    pub event: Option<usize>,
}

/// Kinds of statement shown: all, direct quotes, reported speech (indirect
/// or mixed).
pub const ALL: u8 = 0;
pub const QUOTES: u8 = 1;
pub const REPORTED: u8 = 2;

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
        let mut event_index = Vec::with_capacity(a.statements.len());
        let speaker_of = a
            .statements
            .iter()
            .enumerate()
            .map(|(k, st)| {
                let e = find(a.events.len(), ev_id, &st.event, &mut last_ev);
                if let Some(v) = by_event.get_mut(e as usize) {
                    v.push(k as u32);
                }
                event_index.push(e);
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
            event_index,
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

    /// Whether a statement is hidden (`off` is per statement, from
    /// [`Doc::hide`]).
    pub fn off(&self, off: &[bool], statement: usize) -> bool {
        off.get(statement) == Some(&true)
    }

    /// Per statement: whether the filter hides it. `haystacks` are the
    /// statements' speakers and words in lower case ([`Doc::haystacks`]),
    /// needed only when there are words to find.
    pub fn hide(&self, f: &Filter, haystacks: &[String]) -> Vec<bool> {
        let speaker_off: Vec<bool> = self
            .a
            .speakers
            .iter()
            .map(|s| f.hidden.contains(&s.id))
            .collect();
        let event = f.event.map(|e| e as u32);
        (0..self.a.statements.len())
            .map(|k| {
                let st = &self.a.statements[k];
                let kind_off = match f.kind {
                    QUOTES => st.kind != Kind::Direct,
                    REPORTED => st.kind == Kind::Direct,
                    _ => false,
                };
                speaker_off.get(self.speaker_of[k] as usize) == Some(&true)
                    || kind_off
                    || event.is_some_and(|e| self.event_of(k) != Some(e))
                    || !f.words.iter().all(|w| {
                        // A plain search: the standard library's two-way
                        // searcher would cost more page than it saves time.
                        let (h, w) = (
                            haystacks.get(k).map_or(&[][..], |h| h.as_bytes()),
                            w.as_bytes(),
                        );
                        !w.is_empty() && h.windows(w.len()).any(|x| x == w)
                    })
            })
            .collect()
    }

    /// Per statement, what a search looks in: its speaker's name and role
    /// and its words, in lower case (the browser's, for every script).
    pub fn haystacks(&self) -> Vec<String> {
        let mut all = String::new();
        for k in 0..self.a.statements.len() {
            if let Some(s) = self.speaker(k) {
                all.push_str(&s.name);
                all.push(' ');
                all.push_str(s.role.as_deref().unwrap_or(""));
                all.push(' ');
            }
            all.push_str(&self.a.statements[k].text);
            all.push('\u{1}');
        }
        let all = crate::host::lower(&all);
        let mut v: Vec<String> = all.split('\u{1}').map(str::to_string).collect();
        v.truncate(self.a.statements.len());
        v
    }

    /// The index of a statement's event.
    pub fn event_of(&self, statement: usize) -> Option<u32> {
        self.event_index
            .get(statement)
            .copied()
            .filter(|&e| e != NONE)
    }

    /// An event's index from its id ("e3").
    pub fn event(&self, id: &str) -> Option<usize> {
        let mut last = 0;
        let ev = &self.a.events;
        match find(ev.len(), |i| ev[i].id.as_str(), id, &mut last) {
            NONE => None,
            e => Some(e as usize),
        }
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
