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

mod rules;

use crate::calendar::{self, contains};
use crate::model::SpeakerKind;
use crate::sentences::Segmented;
use crate::token::{TokKind, Token};
use rules::*;
use std::collections::HashMap;

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
}

impl Description {
    /// The words an entity fitting this description answers to.
    fn keys(&self) -> Vec<String> {
        let sing = singular(&self.head).to_string();
        let mut keys: Vec<String> = role_classes(&sing).iter().map(|s| s.to_string()).collect();
        // Role nouns that this one can refer to: "the diplomat" → "ambassador".
        keys.extend(ROLE_CLASSES.iter().filter(|(_, cs)| cs.contains(&sing.as_str())).map(|(k, _)| k.to_string()));
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
        self.role_words.extend(content_words(role));
        self.role_proper.extend(
            role.split(|c: char| !c.is_alphanumeric() && c != '-')
                .filter(|w| w.chars().next().is_some_and(char::is_uppercase) && !contains(ROLE_HEADS, &w.to_lowercase()) && !contains(ROLE_MODIFIERS, &w.to_lowercase()))
                .map(str::to_lowercase),
        );
        if self.role.is_none() {
            self.role = Some(role.to_string());
        }
        for w in role.split_whitespace() {
            let w = w.to_lowercase();
            if contains(FEMININE, &w) {
                self.gender = Gender::Female;
            } else if contains(MASCULINE, &w) {
                self.gender = Gender::Male;
            }
        }
    }

    /// Known only by a description that says nothing but the role noun
    /// ("the diplomat", "the 58-year-old politician").
    pub fn is_generic_description(&self) -> bool {
        !self.named && self.description.as_ref().is_some_and(|d| d.words.is_empty() && d.proper.is_empty() && d.org_mods.is_empty())
    }

    /// Whether a role noun ("ambassador", "diplomat") fits this entity.
    pub fn has_role_noun(&self, noun: &str) -> bool {
        let singular = singular(noun);
        let classes = role_classes(singular);
        self.role_words.iter().any(|w| {
            let w = singular_owned(w);
            w == singular || classes.contains(&w.as_str()) || role_classes(&w).contains(&singular)
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

fn singular_owned(w: &str) -> String {
    singular(w).to_string()
}

fn role_classes(noun: &str) -> &'static [&'static str] {
    ROLE_CLASSES
        .binary_search_by(|(k, _)| k.cmp(&noun))
        .map_or(&[], |i| ROLE_CLASSES[i].1)
}

/// Lower-case words of a name or role, without determiners and joiners.
fn content_words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .filter(|w| {
            !matches!(
                w.as_str(),
                "the" | "of" | "for" | "and" | "a" | "an" | "s" | "to" | "on"
            )
        })
        .collect()
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
    by_end: HashMap<usize, usize>,
    by_start: HashMap<usize, usize>,
}

impl Mentions {
    /// The mention whose last token is `tok - 1` (that ends where `tok` begins).
    pub fn ending_at(&self, tok: usize) -> Option<&Mention> {
        self.by_end.get(&tok).map(|&i| &self.mentions[i])
    }

    /// The mention whose first token is `tok`.
    pub fn starting_at(&self, tok: usize) -> Option<&Mention> {
        self.by_start.get(&tok).map(|&i| &self.mentions[i])
    }

    /// Mentions inside the token range `[from, to)`.
    pub fn within(&self, from: usize, to: usize) -> &[Mention] {
        let a = self.mentions.partition_point(|m| m.toks.0 < from);
        let b = self.mentions.partition_point(|m| m.toks.0 < to);
        &self.mentions[a..b]
    }
}

/// Reading state for one pass over the body.
struct Reader<'a> {
    src: &'a str,
    seg: &'a Segmented,
    out: Mentions,
    /// Last token index (exclusive) at which each entity was mentioned.
    last_seen: Vec<usize>,
    /// Entities by the words they answer to (name, role and organisation
    /// words), so that finding one never scans them all.
    by_word: HashMap<String, Vec<usize>>,
    /// How many words of each entity are in `by_word`.
    indexed: Vec<usize>,
    /// First token at which each entity was mentioned.
    first_seen: Vec<usize>,
}

/// Runs the stage.
pub fn mentions(src: &str, seg: &Segmented) -> Mentions {
    let mut r = Reader { src, seg, out: Mentions::default(), last_seen: Vec::new(), by_word: HashMap::new(), indexed: Vec::new(), first_seen: Vec::new() };
    for s in &seg.sentences {
        let mut i = s.toks.0;
        while i < s.toks.1 {
            i = r.mention_at(i, s.toks.0, s.toks.1).unwrap_or(i + 1);
        }
    }
    r.resolve_forward();
    let mut out = r.out;
    for (i, m) in out.mentions.iter().enumerate() {
        out.by_end.insert(m.toks.1, i);
        out.by_start.insert(m.toks.0, i);
    }
    out
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

    fn span_text(&self, a: usize, b: usize) -> String {
        let s = &self.src[self.seg.tokens[a].start..self.seg.tokens[b - 1].end];
        s.split_whitespace().collect::<Vec<_>>().join(" ")
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

    fn lower_in(&self, i: usize, list: &[&str]) -> bool {
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
            let list = self.by_word.entry(w.clone()).or_default();
            if list.last() != Some(&e) {
                list.push(e);
            }
        }
    }

    /// The most recently mentioned entity satisfying `pred` among those that
    /// answer to one of `keys`. Only the latest few hundred entities per word
    /// are looked at, which keeps every lookup bounded.
    fn most_recent(&self, keys: &[&str], pred: impl Fn(&Entity) -> bool) -> Option<usize> {
        keys.iter()
            .filter_map(|k| self.by_word.get(*k))
            .flat_map(|list| list.iter().rev().take(256))
            .copied()
            .filter(|&e| pred(&self.out.entities[e]))
            .max_by_key(|&e| (self.last_seen.get(e).copied().unwrap_or(0), e))
    }

    // ----- role descriptions -------------------------------------------------

    /// `[the | X's | the country's] modifier* ROLE [to|of|for … ]`.
    fn role_np(&self, i: usize, end: usize) -> Option<RoleNp> {
        let mut k = i;
        let mut words_from = i;
        if self.lower_in(k, DETERMINERS) {
            k += 1;
            words_from = k;
        }
        // A possessor: "Russia's", "the country's", "the ministry's".
        if k + 1 < end && self.tok(k).is_some_and(|t| t.is_word()) && self.possessive(k + 1) {
            k += 2;
        }
        let mods_from = k;
        while k < end && k - mods_from < 6 {
            let Some(t) = self.tok(k) else { break };
            // "the 58-year-old politician"
            if t.kind == TokKind::Number && self.punct(k + 1) == Some('-') && self.tok(k + 2).is_some_and(|n| n.text(self.src).starts_with("year")) {
                k += 3;
                continue;
            }
            if self.quoted(k) || t.kind != TokKind::Word {
                break;
            }
            let w = t.text(self.src);
            if contains(ROLE_HEADS, w) {
                // The last of several role nouns is the head ("deputy prime
                // minister", "Justice Ministry spokesman", "deputy head").
                let mut head = k;
                let mut j = k + 1;
                while j < end && j - k <= 3 && !self.quoted(j) && (self.lower_in(j, ROLE_HEADS) || self.lower_in(j, ROLE_MODIFIERS) || self.lower_in(j, ORG_HEADS)) {
                    if self.lower_in(j, ROLE_HEADS) {
                        head = j;
                    }
                    j += 1;
                }
                // "the Justice Ministry": an organisation, not a role.
                if self.lower_in(head + 1, ORG_HEADS) {
                    return None;
                }
                // "official statistics", "a three-day official visit": a role
                // noun used as an adjective.
                if self.lower_in(head, ATTRIBUTIVE_HEADS) && !self.head_can_end_here(head + 1) {
                    return None;
                }
                let mut e = head + 1;
                e = self.role_complement(e, end);
                return Some(RoleNp {
                    start: i,
                    head,
                    end: e,
                    words: (words_from, e),
                });
            }
            let modifier = contains(ROLE_MODIFIERS, w)
                || contains(ORG_HEADS, w)
                || (t.is_capitalized(self.src) && self.is_name_word(k));
            if !modifier {
                break;
            }
            k += 1;
        }
        None
    }

    /// "to China", "of Foreign Affairs", "for the ministry", "of the
    /// republic's Central Election Commission (CEC)", "familiar with the
    /// negotiations". A capitalised complement stops before an honorific or
    /// a personal name written after it ("Minister for National Health
    /// Services Dr Nadia Qaiser").
    fn role_complement(&self, k: usize, end: usize) -> usize {
        // "people familiar with the negotiations", "sources close to the talks"
        let post = [("familiar", "with"), ("close", "to"), ("briefed", "on"), ("aware", "of")];
        if post.iter().any(|(a, p)| self.is(k, a) && self.is(k + 1, p)) {
            let mut j = k + 2;
            while j < end && j - k < 8 && !self.quoted(j) && self.tok(j).is_some_and(|t| t.kind == TokKind::Word) && !self.word_is_verbish(j) {
                j += 1;
            }
            return j;
        }
        if k + 1 >= end || !self.lower_in(k, ROLE_PREPOSITIONS) || self.quoted(k) {
            return k;
        }
        let mut j = k + 1;
        if self.is(j, "the") {
            j += 1;
        }
        // "the republic's …", "the country's …"
        if self.tok(j).is_some_and(|t| t.kind == TokKind::Word) && self.possessive(j + 1) {
            j += 2;
        }
        let from = j;
        while j < end && !self.quoted(j) && (self.is_name_word(j) || (j > from && self.lower_in(j, ORG_JOINERS) && self.is_name_word(j + 1))) {
            if self.lower_in(j, HONORIFICS) {
                break;
            }
            j += 1;
        }
        // "for the Tavrinian foreign ministry": lower-case words ending in an
        // organisation noun after the capitalised ones.
        if j > from {
            let mut x = j;
            while x < end && x - j < 3 && !self.quoted(x) && (self.lower_in(x, ROLE_MODIFIERS) || self.lower_in(x, ORG_HEADS)) && !self.tok(x).is_some_and(|t| t.is_capitalized(self.src)) {
                x += 1;
            }
            if x > j && self.lower_in(x - 1, ORG_HEADS) {
                return self.acronym_after(x);
            }
        }
        if j == from {
            // "for the ministry", "for the prime minister's office": a
            // lower-case organisation.
            let describing = |j: usize| {
                self.tok(j).is_some_and(|t| {
                    let x = t.text(self.src);
                    t.kind == TokKind::Word && x.chars().all(char::is_lowercase) && !contains(NOT_NAMES, x) && !x.ends_with("ed") && x.len() > 2
                })
            };
            let mut last_org = None;
            while j < end && j - from < 5 && !self.quoted(j) && (describing(j) || self.lower_in(j, ROLE_MODIFIERS) || self.lower_in(j, ROLE_HEADS) || (j > from && self.possessive(j))) {
                if self.lower_in(j, ORG_HEADS) {
                    last_org = Some(j + 1);
                }
                j += 1;
            }
            // "of the initiative's coordination center in Harrow"
            return match last_org {
                Some(e) => {
                    let e = self.org_complement(e, end);
                    self.acronym_after(e)
                }
                None => k,
            };
        }
        // A personal name after the complement: the last two capitalised
        // words, when they are not the complement's own (an organisation, a
        // role, "Affairs").
        if j - from >= 3 && !self.lower_in(j - 1, ORG_HEADS) && !self.lower_in(j - 2, ORG_HEADS) && !self.lower_in(j - 1, ROLE_MODIFIERS) && !self.lower_in(j - 2, ROLE_MODIFIERS) && !self.lower_in(j - 1, ROLE_HEADS) && !self.is(j - 1, "affairs") && self.punct(j) != Some('(') {
            let name_start = j - 2;
            if name_start > from && self.is_name_word(name_start) && self.is_name_word(name_start + 1) && !self.lower_in(name_start - 1, ORG_JOINERS) {
                return name_start;
            }
        }
        self.acronym_after(j)
    }

    /// "(CEC)" after an organisation's name belongs to it.
    fn acronym_after(&self, j: usize) -> usize {
        if self.punct(j) == Some('(') && self.tok(j + 1).is_some_and(|t| t.is_all_caps(self.src)) && self.punct(j + 2) == Some(')') {
            j + 3
        } else {
            j
        }
    }

    /// A word that looks like a finite verb ends a noun phrase: "said",
    /// "told", "has", "were".
    fn word_is_verbish(&self, j: usize) -> bool {
        let w = self.text(j);
        matches!(w, "said" | "says" | "told" | "has" | "have" | "had" | "is" | "are" | "was" | "were" | "will" | "would") || w.ends_with("ed")
    }

    /// Whether what follows a role noun lets it end a noun phrase: a verb, a
    /// preposition, punctuation, a name.
    fn head_can_end_here(&self, k: usize) -> bool {
        let Some(t) = self.tok(k) else { return true };
        if t.kind != TokKind::Word || t.is_capitalized(self.src) {
            return true;
        }
        let w = t.text(self.src);
        w.ends_with("ed") || contains(FOLLOWERS_OF_HEADS, w)
    }

    /// After a role description: a name ("Foreign Minister Anna Berg"), an
    /// apposition ("Russia's ambassador to China, Andrey Denisov,"), or the
    /// description alone ("the ambassador").
    fn after_role(&mut self, np: RoleNp, end: usize) -> usize {
        let mut role_text = self.span_text(np.words.0, np.end);
        // "Halvia, whose prime minister, Arno Vidal, …": Halvia's prime minister.
        if np.start >= 3 && self.is(np.start - 1, "whose") && self.punct(np.start - 2) == Some(',') && self.is_name_word(np.start - 3) {
            role_text = format!("{}'s {role_text}", self.text(np.start - 3));
        }
        // Title directly before a name.
        if np.end < end && self.is_name_word(np.end) {
            let name_end = self.name_end(np.end, end);
            if let Some(e) = self.person(np.end, name_end, Some(&role_text)) {
                let toks = (np.start, name_end);
                self.push(Mention {
                    toks,
                    kind: MentionKind::Name,
                    entity: Some(e),
                });
                return name_end;
            }
        }
        // Apposition: ROLE, NAME[,]
        if self.punct(np.end) == Some(',') && self.is_name_word(np.end + 1) {
            let name_end = self.name_end(np.end + 1, end);
            let closes = name_end >= end
                || matches!(self.punct(name_end), Some(',' | '.' | ';' | ')'))
                || self.tok(name_end).is_some_and(|t| {
                    t.kind == TokKind::Word
                        && t.text(self.src)
                            .chars()
                            .next()
                            .is_some_and(char::is_lowercase)
                });
            if closes && name_end - (np.end + 1) >= 2 && !self.has_org_head(np.end + 1, name_end) {
                if let Some(e) = self.person(np.end + 1, name_end, Some(&role_text)) {
                    self.push(Mention {
                        toks: (np.start, name_end),
                        kind: MentionKind::Name,
                        entity: Some(e),
                    });
                    return name_end;
                }
            }
        }
        // A description only.
        let e = self.resolve_role(&np, &role_text);
        self.push(Mention {
            toks: (np.start, np.end),
            kind: MentionKind::Role,
            entity: Some(e),
        });
        np.end
    }

    fn has_org_head(&self, a: usize, b: usize) -> bool {
        (a..b).any(|k| self.lower_in(k, ORG_HEADS))
    }

    /// End of a run of name words starting at `i`.
    fn name_end(&self, i: usize, end: usize) -> usize {
        let mut j = i;
        while j < end && j - i < 5 {
            if self.is_name_word(j) {
                j += 1;
            } else if self.lower_in(j, NAME_PARTICLES) && self.is_name_word(j + 1) && j > i {
                j += 1;
            } else {
                break;
            }
        }
        j
    }

    /// Resolves a role description to the entity it names: someone named
    /// before with a fitting role, the organisation a spokesperson speaks
    /// for, or (for now) the description itself. A description left
    /// unresolved may still be matched to someone named later, once the
    /// whole text is read (see [`Reader::resolve_forward`]).
    fn resolve_role(&mut self, np: &RoleNp, role_text: &str) -> usize {
        let desc = self.description(np);
        let is_spokes = desc.head.starts_with("spokes") || desc.head == "representative";
        // An organisation this role belongs to: "ministry spokeswoman",
        // "spokesperson for the ministry", "the embassy's spokesman".
        let org = if is_spokes { self.org_in(np) } else { None };
        // "A senior diplomat", "an official": someone not met before.
        let indefinite = self.lower_in(np.start, &["a", "an", "another", "one"]);
        if indefinite && !desc.plural {
            if let Some(o) = org {
                return o;
            }
        }
        if !desc.plural && !indefinite {
            let keys = desc.keys();
            let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
            if let Some(e) = self.most_recent(&keys, |e| e.named && self.fits(e, &desc)) {
                // A named spokesperson of another organisation does not fit.
                let compatible = org.is_none_or(|o| {
                    let ow = &self.out.entities[o].words;
                    ow.iter().any(|w| self.out.entities[e].role_words.contains(w))
                });
                if compatible {
                    self.out.entities[e].add_alias(&role_text.to_lowercase_first_det());
                    return e;
                }
            }
            if let Some(o) = org {
                return o;
            }
        }
        // Nobody fits: the description is the speaker's only name.
        let name = strip_determiner(role_text);
        let last = name.rsplit(' ').next().unwrap_or("").to_lowercase();
        if let Some(e) = self.most_recent(&[last.as_str()], |e| !e.named && e.name.eq_ignore_ascii_case(&name)) {
            return e;
        }
        let mut e = Entity::new(name.clone(), SpeakerKind::Person);
        e.named = false;
        e.plural = desc.plural;
        e.set_role(&name);
        e.description = Some(desc);
        self.new_entity(e)
    }

    /// What a role description says about whom it can name.
    fn description(&self, np: &RoleNp) -> Description {
        let head = self.text(np.head).to_lowercase();
        let plural = matches!(head.as_str(), "sources" | "spokespeople" | "people") || (head.ends_with('s') && !head.ends_with("ss"));
        let mods = |k: usize| self.tok(k).is_some_and(|t| t.kind == TokKind::Word && !t.is_possessive(self.src));
        let range = np.words.0..np.head;
        let words = range
            .clone()
            .filter(|&k| mods(k))
            .map(|k| self.text(k).to_lowercase())
            .filter(|w| contains(ROLE_MODIFIERS, w) && !matches!(w.as_str(), "former" | "top" | "senior" | "new" | "chief"))
            .collect();
        let proper = range
            .clone()
            .filter(|&k| self.tok(k).is_some_and(|t| t.is_capitalized(self.src)) && !self.lower_in(k, ROLE_MODIFIERS) && !self.lower_in(k, ORG_HEADS))
            .map(|k| self.text(k).to_lowercase())
            .collect();
        // Organisation nouns before the role or in its complement ("federation
        // chief", "head of the coordination center").
        let org_mods = range
            .chain(np.head + 1..np.end)
            .filter(|&k| self.lower_in(k, ORG_HEADS) && !self.tok(k).is_some_and(|t| t.is_capitalized(self.src)))
            .map(|k| self.text(k).to_lowercase())
            .collect();
        Description { head, plural, words, proper, org_mods }
    }

    /// Whether a person entity can be the one a description names.
    fn fits(&self, e: &Entity, d: &Description) -> bool {
        let ents = &self.out.entities;
        // Organisation nouns must fit the role, directly or through the
        // initials of an organisation ("WNSF President").
        let org_fits = d.org_mods.iter().all(|m| {
            e.role_words.contains(m)
                || e.role_words.iter().any(|w| {
                    ents.iter().rev().take(256).any(|o| {
                        o.kind == SpeakerKind::Organization && o.words.contains(m) && o.aliases.iter().any(|a| a.eq_ignore_ascii_case(w) && !a.chars().any(char::is_lowercase))
                    })
                })
        });
        org_fits
            && e.kind == SpeakerKind::Person
            && e.has_role_noun(&d.head)
            && d.words.iter().all(|w| e.role_words.contains(w) || contains(ORG_HEADS, w))
            // "the country's envoy" leaves the nationality open.
            && (e.role_words.iter().any(|w| w == "country") || d.proper.iter().all(|p| e.role_proper.iter().chain(&e.words).any(|w| same_stem(p, w))))
    }

    /// Descriptions nobody named before may name someone named later: "with
    /// host Sarrhun's foreign minister saying … ¶ … Sarrhunian Foreign
    /// Minister Nuri Talvat told reporters".
    fn resolve_forward(&mut self) {
        let n = self.out.entities.len();
        let mut remap: Vec<Option<usize>> = vec![None; n];
        for u in 0..n {
            let ent = &self.out.entities[u];
            let Some(desc) = ent.description.as_ref().filter(|d| !d.plural && !ent.named) else { continue };
            let first_u = self.first_seen[u];
            let keys = desc.keys();
            let later = keys
                .iter()
                .filter_map(|k| self.by_word.get(k))
                .flatten()
                .copied()
                .filter(|&e| e != u && self.out.entities[e].named && self.first_seen[e] > first_u && self.fits(&self.out.entities[e], desc))
                .min_by_key(|&e| self.first_seen[e]);
            remap[u] = later;
        }
        for (u, target) in remap.iter().enumerate() {
            if let Some(t) = *target {
                let alias = self.out.entities[u].name.to_lowercase_first_det();
                self.out.entities[t].add_alias(&alias);
                for m in &mut self.out.mentions {
                    if m.entity == Some(u) {
                        m.entity = Some(t);
                    }
                }
            }
        }
    }

    /// The organisation named inside a role description, if any.
    fn org_in(&mut self, np: &RoleNp) -> Option<usize> {
        // Capitalised or lower-case organisation words before the head or in
        // the complement.
        let ranges = [(np.words.0, np.head), (np.head + 1, np.end)];
        for (a, b) in ranges {
            let ws: Vec<String> = (a..b)
                .filter(|&k| {
                    self.tok(k)
                        .is_some_and(|t| t.kind == TokKind::Word && !t.is_possessive(self.src))
                })
                .map(|k| self.text(k).to_lowercase())
                .filter(|w| {
                    !contains(ROLE_PREPOSITIONS, w) && !contains(DETERMINERS, w) && w != "country"
                })
                .collect();
            if ws.iter().any(|w| contains(ORG_HEADS, w)) {
                let text = self.span_text_words(a, b);
                return Some(self.resolve_org(&ws, &text, true));
            }
        }
        None
    }

    fn span_text_words(&self, a: usize, b: usize) -> String {
        let ws: Vec<&str> = (a..b)
            .filter(|&k| {
                self.tok(k)
                    .is_some_and(|t| t.kind == TokKind::Word && !t.is_possessive(self.src))
            })
            .map(|k| self.text(k))
            .filter(|w| !contains(ROLE_PREPOSITIONS, w) && !contains(DETERMINERS, w))
            .collect();
        ws.join(" ")
    }

    // ----- proper names --------------------------------------------------------

    /// A run of capitalised words: a person's name, an organisation's name,
    /// or a place.
    fn proper_run(&mut self, i: usize, sent_start: usize, end: usize) -> Option<usize> {
        let mut j = i;
        let mut org = false;
        while j < end && j - i < 10 {
            if self.is_name_word(j) {
                org |= self.lower_in(j, ORG_HEADS);
                j += 1;
            } else if j > i && self.possessive(j) && self.lower_in(j + 1, ORG_HEADS) && self.is_name_word(j + 1) {
                // "Farmers' Union", "People's Party"
                j += 1;
            } else if j > i
                && (self.lower_in(j, NAME_PARTICLES)
                    || (org && self.lower_in(j, ORG_JOINERS))
                    || (org && self.is(j, "the") && self.is_name_word(j + 1)))
                && self.is_name_word(j + 1)
            {
                j += 1;
            } else {
                break;
            }
        }
        let run = (i, j);
        // "the" before a run makes organisations ("the Kremlin").
        let definite = i > sent_start && self.is(i - 1, "the");
        if org {
            // "the Norlandic Embassy in Velmora"
            let stop = self.org_complement(j, end);
            let ws: Vec<String> = (i..stop)
                .map(|k| self.text(k).to_lowercase())
                .filter(|w| !contains(ORG_JOINERS, w) && !contains(ROLE_PREPOSITIONS, w) && w != "the")
                .collect();
            let text = self.span_text(i, stop);
            let e = self.resolve_org(&ws, &text, false);
            // "(WNSF)": the initials it goes by.
            if self.punct(stop) == Some('(') && self.tok(stop + 1).is_some_and(|t| t.is_all_caps(self.src)) && self.punct(stop + 2) == Some(')') {
                let acronym = self.text(stop + 1).to_string();
                let ent = &mut self.out.entities[e];
                ent.words.push(acronym.to_lowercase());
                ent.add_alias(&acronym);
                self.reindex(e);
            }
            let start = if definite { i - 1 } else { i };
            // ", a regional forecasting agency,": what the organisation is.
            let stop = self.org_apposition(e, stop, end);
            self.push(Mention { toks: (start, stop), kind: MentionKind::Org, entity: Some(e) });
            return Some(stop);
        }
        // A single capitalised word opening a sentence is only a name when we know it.
        let single = j - i == 1;
        if single
            && i == sent_start
            && self
                .find_person(&[self.text(i).to_lowercase()], None)
                .is_none()
            && !self.subject_like(j)
        {
            return Some(j);
        }
        if definite && single && self.tok(i).is_some_and(|t| t.is_all_caps(self.src)) {
            // "the WNSF": an organisation known by its initials.
            let w = self.text(i).to_lowercase();
            let e = self.resolve_org(&[w], self.text(i), false);
            self.push(Mention { toks: (i - 1, j), kind: MentionKind::Org, entity: Some(e) });
            return Some(j);
        }
        if definite && single {
            // "the Chinese side", "the Varenian government": an organisation description.
            return self.org_description(i - 1, end).or(Some(j));
        }
        // Name followed by an apposition: "Karl Ost, the country's envoy to the UN, said".
        let mut toks = run;
        let mut role = None;
        if self.punct(j) == Some(',') {
            if let Some(np) = self.role_np(j + 1, end) {
                // "Kalvenia, the bank's governor, Teodor Vaskan": the role is
                // the next name's.
                let next_name = self.punct(np.end) == Some(',') && self.is_name_word(np.end + 1);
                if !next_name && (matches!(self.punct(np.end), Some(',')) || np.end == end || self.punct(np.end) == Some('.')) {
                    role = Some(self.span_text(np.words.0, np.end));
                    toks = (i, np.end);
                }
            }
        }
        if let Some(e) = self.person(run.0, run.1, role.as_deref()) {
            self.push(Mention {
                toks,
                kind: MentionKind::Name,
                entity: Some(e),
            });
            return Some(toks.1);
        }
        Some(j)
    }

    /// Whether what follows a sentence-opening word makes it a subject:
    /// "Putin, while …", "Ost said". Adverbs ("Overall,") do not count.
    fn subject_like(&self, next: usize) -> bool {
        let prev = self.text(next - 1);
        if prev.len() > 3 && prev.ends_with("ly") {
            return false;
        }
        match self.tok(next) {
            Some(t) if t.kind == TokKind::Punct => {
                t.punct(self.src) == Some(',') && !self.is_name_word(next + 1)
            }
            Some(t) => {
                let w = t.text(self.src);
                w.ends_with("ed")
                    || w == "says"
                    || w == "told"
                    || w == "wrote"
                    || w == "has"
                    || w == "also"
            }
            None => false,
        }
    }

    /// The entity for a person's name written at `[a, b)`, with a role.
    fn person(&mut self, a: usize, b: usize, role: Option<&str>) -> Option<usize> {
        let words: Vec<String> = (a..b).map(|k| self.text(k).to_lowercase()).collect();
        if words.is_empty() {
            return None;
        }
        let name = self.span_text(a, b);
        let role_words = role.map(content_words).unwrap_or_default();
        let e = match self.find_person(&words, Some(&role_words)) {
            Some(e) => {
                let ent = &mut self.out.entities[e];
                if words.len() > ent.words.len() && ent.words.iter().all(|w| words.contains(w)) {
                    // A fuller form of a name first written short.
                    let old = std::mem::replace(&mut ent.name, name.clone());
                    ent.words = words.clone();
                    ent.add_alias(&old);
                } else {
                    ent.add_alias(&name);
                }
                e
            }
            None => {
                let mut ent = Entity::new(name, SpeakerKind::Person);
                ent.named = words.len() >= 2 || role.is_some();
                self.new_entity(ent)
            }
        };
        if let Some(r) = role {
            self.out.entities[e].set_role(r);
            self.out.entities[e].named = true;
        }
        // An honorific before the name tells the gender: "Mr. Ost".
        if a > 0 {
            let mut h = a - 1;
            if self.punct(h) == Some('.') && h > 0 {
                h -= 1;
            }
            if self.lower_in(h, FEMININE) {
                self.out.entities[e].gender = Gender::Female;
            } else if self.lower_in(h, MASCULINE) {
                self.out.entities[e].gender = Gender::Male;
            }
        }
        self.reindex(e);
        Some(e)
    }

    /// An already known person this name refers to.
    fn find_person(&self, words: &[String], role_words: Option<&[String]>) -> Option<usize> {
        let ents = &self.out.entities;
        // The same full name.
        let last_word = words.last()?.as_str();
        if let Some(e) = self.most_recent(&[last_word], |e| e.words == words) {
            return Some(e);
        }
        if words.len() >= 2 {
            // A longer or shorter written form: "Anna Maria Berg" / "Anna Berg".
            let (first, last) = (&words[0], &words[words.len() - 1]);
            return self.most_recent(&[last_word], |e| {
                e.kind == SpeakerKind::Person
                    && e.words.len() >= 2
                    && e.words.last() == Some(last)
                    && e.words.first() == Some(first)
            });
        }
        let w = &words[0];
        // A surname (or any part of a known name) alone: prefer someone whose
        // role matches the title written with it.
        let candidates: Vec<usize> = self
            .by_word
            .get(w.as_str())
            .map_or(&[][..], |l| &l[l.len().saturating_sub(256)..])
            .iter()
            .copied()
            .filter(|&e| {
                ents[e].kind == SpeakerKind::Person
                    && ents[e].named
                    && ents[e].words.len() >= 2
                    && ents[e].words.contains(w)
            })
            .collect();
        if let Some(rw) = role_words.filter(|r| !r.is_empty()) {
            let overlap = |e: usize| rw.iter().filter(|r| ents[e].role_words.contains(r)).count();
            if let Some(&e) = candidates
                .iter()
                .filter(|&&e| overlap(e) > 0)
                .max_by_key(|&&e| (overlap(e), self.last_seen[e]))
            {
                return Some(e);
            }
        }
        // Prefer the surname over a first name.
        let by_last: Vec<usize> = candidates
            .iter()
            .copied()
            .filter(|&e| ents[e].words.last() == Some(w))
            .collect();
        let pool = if by_last.is_empty() {
            candidates
        } else {
            by_last
        };
        pool.into_iter().max_by_key(|&e| self.last_seen[e])
    }

    // ----- organisations -------------------------------------------------------

    /// The organisation entity for these words, found or made.
    fn resolve_org(&mut self, words: &[String], text: &str, description: bool) -> usize {
        let heads: Vec<&String> = words.iter().filter(|w| contains(ORG_HEADS, w)).collect();
        let keys: Vec<&str> = if heads.is_empty() { words.iter().map(String::as_str).collect() } else { heads.iter().map(|h| h.as_str()).collect() };
        let found = self.most_recent(&keys, |e| {
            e.kind == SpeakerKind::Organization
                && heads.iter().all(|h| e.words.contains(h))
                && (words
                    .iter()
                    .all(|w| e.words.contains(w) || is_generic_org_word(w))
                    || e.words.iter().all(|w| words.contains(w)))
        });
        if let Some(e) = found {
            let ent = &mut self.out.entities[e];
            // A proper name replaces a description ("the ministry" → "Ministry of Foreign Affairs").
            if !ent.named && !description {
                let old = std::mem::replace(&mut ent.name, strip_determiner(text));
                ent.words = words.to_vec();
                ent.named = true;
                ent.add_alias(&old);
            } else if description {
                ent.add_alias(&format!("the {}", text.to_lowercase()));
            } else {
                ent.add_alias(&strip_determiner(text));
                if ent.named
                    && words.len() > ent.words.len()
                    && ent.words.iter().all(|w| words.contains(w))
                {
                    ent.words.extend(
                        words
                            .iter()
                            .filter(|w| !ent.words.contains(w))
                            .cloned()
                            .collect::<Vec<_>>(),
                    );
                }
            }
            self.reindex(e);
            return e;
        }
        let name = capitalize_words(&strip_determiner(text));
        let mut e = Entity::new(name, SpeakerKind::Organization);
        e.words = words.to_vec();
        e.named = !description;
        e.plural = words
            .last()
            .is_some_and(|w| w == "authorities" || w == "forces");
        self.new_entity(e)
    }

    /// "the ministry", "the foreign ministry", "the country's embassy",
    /// "the Chinese side", "the embassy in Ostburg", "the office of
    /// President Sulin".
    fn org_description(&mut self, i: usize, end: usize) -> Option<usize> {
        let mut k = i;
        if !self.lower_in(k, DETERMINERS) {
            return None;
        }
        k += 1;
        if k + 1 < end && self.possessive(k + 1) {
            // "the office's website": the organisation is the possessor.
            if self.lower_in(k, ORG_ANAPHORS) && !self.lower_in(k + 2, ROLE_HEADS) && !self.lower_in(k + 2, ORG_HEADS) {
                let ws = vec![self.text(k).to_lowercase()];
                let text = self.span_text(k, k + 1);
                let e = self.resolve_org(&ws, &text, true);
                self.push(Mention { toks: (i, k + 1), kind: MentionKind::Org, entity: Some(e) });
                return Some(k + 1);
            }
            k += 2;
        }
        let from = k;
        while k < end && k - from < 4 && !self.quoted(k) {
            if self.lower_in(k, ORG_ANAPHORS) && !self.lower_in(k + 1, ORG_ANAPHORS) && !self.lower_in(k + 1, ROLE_HEADS) {
                let stop = self.org_complement(k + 1, end);
                let ws: Vec<String> = (from..stop)
                    .filter(|&j| self.tok(j).is_some_and(|t| t.kind == TokKind::Word))
                    .map(|j| self.text(j).to_lowercase())
                    .filter(|w| !contains(ROLE_PREPOSITIONS, w) && w != "the")
                    .collect();
                // "the software company Vellum": the description, then the name.
                if stop == k + 1 && self.is_name_word(stop) && !self.lower_in(stop, ORG_HEADS) {
                    let name_end = self.name_end(stop, end);
                    let mut ws: Vec<String> = (stop..name_end).map(|j| self.text(j).to_lowercase()).collect();
                    ws.push(self.text(k).to_lowercase());
                    let e = self.resolve_org(&ws, &self.span_text(stop, name_end), false);
                    self.push(Mention { toks: (i, name_end), kind: MentionKind::Org, entity: Some(e) });
                    return Some(name_end);
                }
                let text = self.span_text(from, stop);
                let e = self.resolve_org(&ws, &text, true);
                self.push(Mention { toks: (i, stop), kind: MentionKind::Org, entity: Some(e) });
                return Some(stop);
            }
            let w = self.tok(k)?;
            // "the organizing committee", "the ruling party", "the Chinese side".
            let describing = |t: Token| {
                let x = t.text(self.src);
                x.chars().all(char::is_lowercase) && !contains(NOT_NAMES, x) && !x.ends_with("ed") && x.len() > 2
            };
            if w.kind != TokKind::Word || !(self.lower_in(k, ROLE_MODIFIERS) || w.is_capitalized(self.src) || describing(w)) {
                return None;
            }
            k += 1;
        }
        None
    }

    /// An apposition describing an organisation (", a regional forecasting
    /// agency,"): its head noun becomes a word the organisation answers to
    /// ("the agency"). Gives the end of the mention.
    fn org_apposition(&mut self, e: usize, k: usize, end: usize) -> usize {
        if self.punct(k) != Some(',') || !(self.is(k + 1, "a") || self.is(k + 1, "an")) {
            return k;
        }
        let Some(close) = (k + 2..end.min(k + 8)).find(|&j| self.punct(j) == Some(',')) else { return k };
        let head = close - 1;
        if !self.lower_in(head, ORG_HEADS) || (k + 2..head).any(|j| self.quoted(j) || self.tok(j).is_some_and(|t| t.kind == TokKind::Punct)) {
            return k;
        }
        let w = self.text(head).to_lowercase();
        let ent = &mut self.out.entities[e];
        if !ent.words.contains(&w) {
            ent.words.push(w);
        }
        self.reindex(e);
        close
    }

    /// What may follow an organisation's head noun inside its name: "of
    /// Varenian President Marek Sulin", "in Ostburg".
    fn org_complement(&self, k: usize, end: usize) -> usize {
        if !(self.is(k, "of") || self.is(k, "in") || self.is(k, "at") || self.is(k, "to")) || self.quoted(k) {
            return k;
        }
        let mut j = k + 1;
        if self.is(j, "the") {
            j += 1;
        }
        let from = j;
        while j < end && j - from < 6 && !self.quoted(j) && (self.is_name_word(j) || (j > from && self.lower_in(j, NAME_PARTICLES))) {
            j += 1;
        }
        if j == from { k } else { j }
    }

    /// "Weiss's office", "Moscow's embassy": an organisation named by its owner.
    fn possessive_org(&mut self, i: usize, end: usize) -> Option<usize> {
        if !self.is_name_word(i) || !self.possessive(i + 1) {
            return None;
        }
        let mut k = i + 2;
        while k < end && k - i < 5 && self.lower_in(k, ROLE_MODIFIERS) {
            k += 1;
        }
        if !self.lower_in(k, ORG_ANAPHORS) || self.lower_in(k + 1, ROLE_HEADS) || self.lower_in(k + 1, ORG_ANAPHORS) {
            return None;
        }
        let ws: Vec<String> = [i].into_iter().chain(i + 2..=k).map(|j| self.text(j).to_lowercase()).collect();
        let text = self.span_text(i, k + 1);
        let e = self.resolve_org(&ws, &text, true);
        self.push(Mention { toks: (i, k + 1), kind: MentionKind::Org, entity: Some(e) });
        Some(k + 1)
    }
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
    ) || w.chars().next().is_some_and(char::is_uppercase)
}

fn strip_determiner(s: &str) -> String {
    let mut words: Vec<&str> = s.split_whitespace().collect();
    while words.first().is_some_and(|w| contains(DETERMINERS, w)) {
        words.remove(0);
    }
    words.join(" ")
}

fn capitalize_words(s: &str) -> String {
    s.split_whitespace()
        .map(|w| {
            if matches!(w, "of" | "for" | "and" | "on" | "in" | "at" | "to" | "the") {
                return w.to_string();
            }
            let mut c = w.chars();
            c.next()
                .map_or(String::new(), |f| f.to_uppercase().chain(c).collect())
        })
        .collect::<Vec<_>>()
        .join(" ")
}

trait LowerFirstDet {
    fn to_lowercase_first_det(&self) -> String;
}

impl LowerFirstDet for str {
    /// "The ambassador" → "the ambassador"; names keep their capitals.
    fn to_lowercase_first_det(&self) -> String {
        let s = self.trim();
        let (first, rest) = s.split_once(' ').unwrap_or((s, ""));
        let first = if first.chars().next().is_some_and(char::is_uppercase)
            && !contains(ROLE_HEADS, first)
            && !contains(ROLE_MODIFIERS, first)
        {
            first.to_string()
        } else {
            first.to_lowercase()
        };
        let out = if rest.is_empty() {
            first
        } else {
            format!("{first} {rest}")
        };
        if out
            .split_whitespace()
            .next()
            .is_some_and(|w| contains(DETERMINERS, w))
        {
            out
        } else {
            format!("the {out}")
        }
    }
}

#[cfg(test)]
mod tests;
