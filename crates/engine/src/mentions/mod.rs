//! Stage 3, mentions: who and what the article names.
//!
//! Takes the segmented body and gives the entities it mentions (people and
//! organisations, each with a name, a role and aliases) and every mention of
//! them outside quotations: proper names ("Andrey Denisov", "Denisov"), titles
//! and appositions ("Foreign Minister Anna Berg", "Russia's ambassador to
//! China, Andrey Denisov"), organisations ("the Chinese Ministry of Foreign
//! Affairs", "the ministry"), role nouns ("the ambassador", "the diplomat")
//! and personal pronouns. Names and descriptions are resolved to entities
//! here; pronouns are left for attribution, which knows who spoke last.
//!
//! Why a stage of its own: attribution should only ask "which entity does the
//! phrase before this verb name?", never how names are written.

mod names;
mod orgs;
mod roles;
mod rules;

use crate::calendar::{self, contains};
use crate::keys;
use crate::model::SpeakerKind;
use crate::sentences::Segmented;
use crate::text::Case;
use crate::token::{TokKind, Token};
use crate::words::Words;
use rules::*;

/// A personal pronoun that can stand for a speaker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pronoun {
    He,
    She,
    They,
    It,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gender {
    Unknown,
    Male,
    Female,
}

/// Someone or something the article names.
#[derive(Clone, Debug)]
pub struct Entity {
    pub name: String,
    pub kind: SpeakerKind,
    pub role: Option<String>,
    pub aliases: Vec<String>,
    pub gender: Gender,
    /// A group ("officials", "the authorities").
    pub plural: bool,
    /// Named by a proper name (not only by a description).
    pub named: bool,
    /// Lower-case words of the name.
    words: Vec<String>,
    /// Lower-case words of every role given to the entity.
    role_words: Vec<String>,
    /// Those of them written with a capital: nationality, organisation.
    role_proper: Vec<String>,
    /// For an entity known only by a description, what the description says.
    description: Option<Description>,
}

/// What a role description ("the Ostrian defence minister", "the federation
/// chief") says about whom it can name.
#[derive(Clone, Debug)]
struct Description {
    /// The role noun, lower case.
    head: String,
    plural: bool,
    /// Lower-case role modifiers ("defence").
    words: Vec<String>,
    /// Capitalised modifiers ("ostrian").
    proper: Vec<String>,
    /// Organisation nouns ("federation").
    org_mods: Vec<String>,
    /// (noun, initials) of the organisations known then with those nouns.
    org_initials: Vec<(String, String)>,
}

impl Description {
    /// The words an entity fitting this description answers to.
    fn keys(&self) -> Vec<String> {
        let sing = singular(&self.head).to_string();
        let mut keys: Vec<String> = Vec::new();
        for s in role_classes(&sing) {
            keys.push(s.to_string());
        }
        // Role nouns that this one can refer to: "the diplomat" → "ambassador".
        for (k, cs) in ROLE_CLASSES {
            if cs.contains(&sing.as_str()) {
                keys.push(k.to_string());
            }
        }
        if sing == "diplomat" {
            keys.push("minister".into());
        }
        keys.push(sing);
        keys
    }
}

impl Entity {
    fn new(name: String, kind: SpeakerKind) -> Entity {
        let words = content_words(&name);
        Entity {
            name,
            kind,
            role: None,
            aliases: Vec::new(),
            gender: Gender::Unknown,
            plural: false,
            named: true,
            words,
            role_words: Vec::new(),
            role_proper: Vec::new(),
            description: None,
        }
    }

    fn add_alias(&mut self, alias: &str) {
        let alias = alias.trim();
        if !alias.is_empty() && alias != self.name && !self.aliases.iter().any(|a| a == alias) {
            self.aliases.push(alias.to_string());
        }
    }

    fn set_role(&mut self, role: &str) {
        let role = role.trim();
        if role.is_empty() {
            return;
        }
        // A role restated in every paragraph adds no words: the lists stay
        // as short as the distinct words of the roles.
        for w in content_words(role) {
            if !self.role_words.contains(&w) {
                self.role_words.push(w);
            }
        }
        for w in role
            .split(is_word_break)
            .filter(|w| {
                w.chars().next().is_some_and(crate::text::is_upper)
                    && !contains(ROLE_HEADS, w)
                    && !contains(ROLE_MODIFIERS, w)
            })
            .map(crate::text::lowercase)
        {
            if !self.role_proper.contains(&w) {
                self.role_proper.push(w);
            }
        }
        if self.role.is_none() {
            self.role = Some(role.to_string());
        }
        // (`contains` ignores ASCII case.)
        for w in role.split_whitespace() {
            if contains(FEMININE, w) {
                self.gender = Gender::Female;
            } else if contains(MASCULINE, w) {
                self.gender = Gender::Male;
            }
        }
    }

    /// Known only by a description that says nothing but the role noun
    /// ("the diplomat", "the 58-year-old politician").
    pub fn is_generic_description(&self) -> bool {
        !self.named
            && self
                .description
                .as_ref()
                .is_some_and(|d| d.words.is_empty() && d.proper.is_empty() && d.org_mods.is_empty())
    }

    /// Whether a role noun ("ambassador", "diplomat") fits this entity.
    pub fn has_role_noun(&self, noun: &str) -> bool {
        let singular = singular(noun);
        let classes = role_classes(singular);
        self.role_words.iter().any(|w| {
            let w = self::singular(w);
            w == singular || classes.contains(&w) || role_classes(w).contains(&singular)
        }) || (singular == "diplomat"
            && self.role_words.iter().any(|w| w == "foreign")
            && self.role_words.iter().any(|w| w == "minister"))
    }
}

fn singular(w: &str) -> &str {
    match w {
        "spokespeople" => "spokesperson",
        _ if w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") => &w[..w.len() - 1],
        _ => w,
    }
}

fn role_classes(noun: &str) -> &'static [&'static str] {
    ROLE_CLASSES
        .binary_search_by(|(k, _)| k.cmp(&noun))
        .map_or(&[], |i| ROLE_CLASSES[i].1)
}

/// What separates the words of a name or role: anything but a letter, a
/// digit or a hyphen. (One function for every split, so that the splitter
/// is compiled once.)
fn is_word_break(c: char) -> bool {
    !crate::text::is_alnum(c) && c != '-'
}

/// Lower-case words of a name or role, without determiners and joiners.
fn content_words(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    for w in s.split(is_word_break).filter(|w| !w.is_empty()) {
        let w = crate::text::lowercase(w);
        if !matches!(
            w.as_str(),
            "the" | "of" | "for" | "and" | "a" | "an" | "s" | "to" | "on"
        ) {
            out.push(w);
        }
    }
    out
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MentionKind {
    /// A proper name of a person, possibly with a title or apposition.
    Name,
    /// An organisation's name or a description of one.
    Org,
    /// A role description without a name ("the ambassador").
    Role,
    Pronoun(Pronoun),
}

/// A phrase that refers to an entity.
#[derive(Clone, Debug, PartialEq)]
pub struct Mention {
    /// Token range `[start, end)`, the whole phrase including an apposition.
    pub toks: (usize, usize),
    pub kind: MentionKind,
    /// The entity referred to; `None` for pronouns.
    pub entity: Option<usize>,
}

/// What the stage gives.
#[derive(Clone, Debug, Default)]
pub struct Mentions {
    pub entities: Vec<Entity>,
    /// Mentions in text order; they never overlap.
    pub mentions: Vec<Mention>,
}

impl Mentions {
    /// The mention whose last token is `tok - 1` (that ends where `tok` begins).
    pub fn ending_at(&self, tok: usize) -> Option<&Mention> {
        // In text order and never overlapping, mentions end in order too.
        let i = self.mentions.partition_point(|m| m.toks.1 <= tok);
        self.mentions[..i].last().filter(|m| m.toks.1 == tok)
    }

    /// The mention whose first token is `tok`.
    pub fn starting_at(&self, tok: usize) -> Option<&Mention> {
        let i = self.mentions.partition_point(|m| m.toks.0 <= tok);
        self.mentions[..i].last().filter(|m| m.toks.0 == tok)
    }

    /// Mentions inside the token range `[from, to)`.
    pub fn within(&self, from: usize, to: usize) -> &[Mention] {
        let a = self.mentions.partition_point(|m| m.toks.0 < from);
        let b = self.mentions.partition_point(|m| m.toks.0 < to);
        &self.mentions[a..b]
    }
}

/// How many of the entities answering to a word a search looks at, the
/// most recently met first: it keeps the stage linear in a text of many
/// articles, where hundreds of ministers answer to "the minister".
const RECENT: usize = 48;

/// Reading state for one pass over the body.
struct Reader<'a> {
    src: &'a str,
    seg: &'a Segmented,
    out: Mentions,
    /// Last token index (exclusive) at which each entity was mentioned.
    last_seen: Vec<usize>,
    /// Entities by the words they answer to (name, role and organisation
    /// words), so that finding one never scans them all.
    by_word: keys::Map<Vec<usize>>,
    /// How many words of each entity are in `by_word`.
    indexed: Vec<usize>,
    /// First token at which each entity was mentioned.
    first_seen: Vec<usize>,
    /// The next sentence to read.
    next: usize,
}

impl Reader<'_> {
    fn into_finder(self) -> Finder {
        Finder {
            out: self.out,
            last_seen: self.last_seen,
            by_word: self.by_word,
            indexed: self.indexed,
            first_seen: self.first_seen,
            next: self.next,
        }
    }
}

/// Runs the stage.
pub fn mentions(src: &str, seg: &Segmented) -> Mentions {
    let mut finder = Finder::default();
    while !finder.advance(src, seg, usize::MAX) {}
    finder.finish(src, seg)
}

/// The stage run a piece at a time, for [`crate::Analyzer`]: what the
/// sentences read so far found, and where to go on.
#[derive(Default)]
pub struct Finder {
    out: Mentions,
    last_seen: Vec<usize>,
    by_word: keys::Map<Vec<usize>>,
    indexed: Vec<usize>,
    first_seen: Vec<usize>,
    /// The next sentence to read.
    next: usize,
}

impl Finder {
    /// Reads sentences until about `budget` tokens are read or the text
    /// ends; true once it has ended.
    pub fn advance(&mut self, src: &str, seg: &Segmented, budget: usize) -> bool {
        let mut r = self.reader(src, seg);
        let mut next = r.next;
        let mut spent = 0usize;
        while let Some(s) = seg.sentences.get(next).filter(|_| spent < budget) {
            let mut i = s.toks.0;
            while i < s.toks.1 {
                i = r.mention_at(i, s.toks.0, s.toks.1).unwrap_or(i + 1);
            }
            spent += s.toks.1 - s.toks.0 + 1;
            next += 1;
        }
        r.next = next;
        *self = r.into_finder();
        next >= seg.sentences.len()
    }

    /// What the stage gives, once every sentence is read.
    pub fn finish(mut self, src: &str, seg: &Segmented) -> Mentions {
        let mut r = self.reader(src, seg);
        r.resolve_forward();
        let out = r.out;
        debug_assert!(out.mentions.windows(2).all(|w| w[0].toks.1 <= w[1].toks.0));
        out
    }

    fn reader<'a>(&mut self, src: &'a str, seg: &'a Segmented) -> Reader<'a> {
        let f = std::mem::take(self);
        Reader {
            src,
            seg,
            out: f.out,
            last_seen: f.last_seen,
            by_word: f.by_word,
            indexed: f.indexed,
            first_seen: f.first_seen,
            next: f.next,
        }
    }
}

/// A role description found in the text.
#[derive(Clone, Debug)]
struct RoleNp {
    /// First token (a determiner or possessor may open it).
    start: usize,
    /// The role noun.
    head: usize,
    /// Exclusive end, after any complement ("to China").
    end: usize,
    /// Token range of the role's own words, without a leading determiner.
    words: (usize, usize),
}

impl<'a> Reader<'a> {
    fn tok(&self, i: usize) -> Option<Token> {
        self.seg.tokens.get(i).copied()
    }

    fn text(&self, i: usize) -> &'a str {
        self.seg.tokens[i].text(self.src)
    }

    /// The lower-case words of the tokens in `toks` that pass `keep_tok`,
    /// those of them that pass `keep_word`. (The tests are `dyn`, so that
    /// the loop is compiled once for all the phrases read this way.)
    fn lower_words(
        &self,
        toks: std::ops::Range<usize>,
        keep_tok: &dyn Fn(usize) -> bool,
        keep_word: &dyn Fn(&str) -> bool,
    ) -> Vec<String> {
        let mut out = Vec::new();
        for k in toks {
            if keep_tok(k) {
                let w = self.text(k).lowercase();
                if keep_word(&w) {
                    out.push(w);
                }
            }
        }
        out
    }

    /// The lower-case words of the tokens `[a, b)`.
    fn lower_span(&self, a: usize, b: usize) -> Vec<String> {
        self.lower_words(a..b, &|_| true, &|_| true)
    }

    fn span_text(&self, a: usize, b: usize) -> String {
        if b <= a || b > self.seg.tokens.len() {
            return String::new();
        }
        crate::text::squeeze(&self.src[self.seg.tokens[a].start..self.seg.tokens[b - 1].end])
    }

    fn is(&self, i: usize, w: &str) -> bool {
        self.tok(i).is_some_and(|t| t.is(self.src, w))
    }

    fn punct(&self, i: usize) -> Option<char> {
        self.tok(i).and_then(|t| t.punct(self.src))
    }

    fn quoted(&self, i: usize) -> bool {
        self.seg.in_quote(i)
    }

    fn lower_in(&self, i: usize, list: Words) -> bool {
        self.tok(i)
            .is_some_and(|t| t.kind == TokKind::Word && contains(list, t.text(self.src)))
    }

    /// A capitalised word that may be part of a name.
    fn is_name_word(&self, i: usize) -> bool {
        let Some(t) = self.tok(i) else { return false };
        if self.quoted(i) || !t.is_capitalized(self.src) || t.is_possessive(self.src) {
            return false;
        }
        let w = t.text(self.src);
        !contains(NOT_NAMES, w) && calendar::month(w).is_none() && calendar::weekday(w).is_none()
    }

    fn possessive(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| t.is_possessive(self.src))
    }

    /// Tries to read a mention starting at token `i`; gives the token after it.
    fn mention_at(&mut self, i: usize, sent_start: usize, sent_end: usize) -> Option<usize> {
        if self.quoted(i) {
            return None;
        }
        let t = self.tok(i)?;
        if t.kind != TokKind::Word {
            return None;
        }
        if let Some(p) = calendar::lookup(PRONOUNS, t.text(self.src)) {
            // "it" only stands for a speaker when it is a subject before a verb; attribution decides.
            self.push(Mention {
                toks: (i, i + 1),
                kind: MentionKind::Pronoun(p),
                entity: None,
            });
            return Some(i + 1);
        }
        if let Some(np) = self.role_np(i, sent_end) {
            return Some(self.after_role(np, sent_end));
        }
        if let Some(end) = self.possessive_org(i, sent_end) {
            return Some(end);
        }
        // "Sen. Ruth Calloway", "Mr. Ost": the honorific and its period
        // open the name's mention.
        if self.lower_in(i, HONORIFICS)
            && self.punct(i + 1) == Some('.')
            && self.is_name_word(i + 2)
        {
            let next = self.proper_run(i + 2, sent_start, sent_end)?;
            if let Some(m) = self.out.mentions.last_mut().filter(|m| m.toks.0 == i + 2) {
                m.toks.0 = i;
            }
            return Some(next);
        }
        if self.is_name_word(i) {
            return self.proper_run(i, sent_start, sent_end);
        }
        if self.lower_in(i, DETERMINERS) && self.is_name_word(i + 1) {
            // "the Kremlin", "the Chinese Ministry of …": the name decides.
            return Some(i + 1);
        }
        if let Some(end) = self.org_description(i, sent_end) {
            return Some(end);
        }
        // "…, and police said": a body named without a determiner.
        if self.lower_in(i, BARE_ORGS) && (i == sent_start || !self.lower_in(i - 1, DETERMINERS)) {
            let w = self.text(i).lowercase();
            let e = self.resolve_org(&[w], self.text(i), true);
            self.push(Mention {
                toks: (i, i + 1),
                kind: MentionKind::Org,
                entity: Some(e),
            });
            return Some(i + 1);
        }
        None
    }

    fn push(&mut self, m: Mention) {
        if let Some(e) = m.entity {
            if self.last_seen.len() < self.out.entities.len() {
                self.last_seen.resize(self.out.entities.len(), 0);
            }
            self.last_seen[e] = m.toks.1;
            if self.first_seen[e] == usize::MAX {
                self.first_seen[e] = m.toks.0;
            }
        }
        self.out.mentions.push(m);
    }

    fn new_entity(&mut self, e: Entity) -> usize {
        self.out.entities.push(e);
        self.last_seen.push(0);
        self.indexed.push(0);
        self.first_seen.push(usize::MAX);
        let id = self.out.entities.len() - 1;
        self.reindex(id);
        id
    }

    /// Puts an entity's words (after they changed) into the word index.
    fn reindex(&mut self, e: usize) {
        let ent = &self.out.entities[e];
        let n = ent.words.len() + ent.role_words.len();
        if self.indexed[e] == n {
            return;
        }
        self.indexed[e] = n;
        for w in ent.words.iter().chain(&ent.role_words) {
            let list = self.by_word.entry(w, Vec::new);
            if list.last() != Some(&e) {
                list.push(e);
            }
        }
    }

    /// The most recently mentioned entity satisfying `pred` among those that
    /// answer to one of `keys`. Only the latest few hundred entities per word
    /// are looked at, which keeps every lookup bounded. (`pred` is a `dyn`
    /// so that the search is compiled once, not once per caller.)
    fn most_recent(&self, keys: &[&str], pred: &dyn Fn(&Entity) -> bool) -> Option<usize> {
        let recency = |e: usize| (self.last_seen.get(e).copied().unwrap_or(0), e);
        let mut best = None;
        for list in keys.iter().filter_map(|k| self.by_word.get(*k)) {
            for &e in list.iter().rev().take(RECENT) {
                if pred(&self.out.entities[e]) && best.is_none_or(|b| recency(e) >= recency(b)) {
                    best = Some(e);
                }
            }
        }
        best
    }

    // ----- role descriptions -------------------------------------------------

    // ----- proper names --------------------------------------------------------

    // ----- organisations -------------------------------------------------------
}

/// "Russian" and "Russia", "Tervanian" and "Tervania": one word, two forms.
fn same_stem(a: &str, b: &str) -> bool {
    let common = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    a == b || common >= 5 || (common >= 4 && common + 3 >= a.len().min(b.len()))
}

/// Words an organisation's description may carry that its name need not.
fn is_generic_org_word(w: &str) -> bool {
    matches!(
        w,
        "country" | "country's" | "national" | "state" | "federal"
    ) || w.chars().next().is_some_and(crate::text::is_upper)
}

fn strip_determiner(s: &str) -> String {
    let mut words = s.split_whitespace().peekable();
    while words.next_if(|w| contains(DETERMINERS, w)).is_some() {}
    crate::text::join_words(&mut words)
}

fn capitalize_words(s: &str) -> String {
    let mut out = String::new();
    for (i, w) in s.split_whitespace().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let mut c = w.chars();
        match c.next() {
            _ if matches!(w, "of" | "for" | "and" | "on" | "in" | "at" | "to" | "the") => {
                out.push_str(w)
            }
            Some(f) => {
                out.push(crate::text::upper(f));
                out.push_str(c.as_str());
            }
            None => {}
        }
    }
    out
}

trait LowerFirstDet {
    fn to_lowercase_first_det(&self) -> String;
}

impl LowerFirstDet for str {
    /// "The ambassador" → "the ambassador"; names keep their capitals.
    fn to_lowercase_first_det(&self) -> String {
        let s = self.trim();
        let (first, rest) = s.split_once(' ').unwrap_or((s, ""));
        let first = if first.chars().next().is_some_and(crate::text::is_upper)
            && !contains(ROLE_HEADS, first)
            && !contains(ROLE_MODIFIERS, first)
        {
            first.to_string()
        } else {
            first.lowercase()
        };
        let out = if rest.is_empty() {
            first
        } else {
            [&first, " ", rest].concat()
        };
        if out
            .split_whitespace()
            .next()
            .is_some_and(|w| contains(DETERMINERS, w))
        {
            out
        } else {
            ["the ", &out].concat()
        }
    }
}

#[cfg(test)]
mod tests;
