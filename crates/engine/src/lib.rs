//! The Article Explorer engine: who said what, when, at which event, in a
//! news article.
//!
//! Text goes in, an [`Analysis`] comes out:
//!
//! ```
//! let text = "MOSCOW (Sputnik - 29th December, 2020) Talks went well, the \
//!             ambassador, Andrey Denisov, said on Tuesday.";
//! let analysis = engine::analyze(text).unwrap();
//! assert_eq!(analysis.statements[0].text, "Talks went well");
//! assert_eq!(analysis.speakers[0].name, "Andrey Denisov");
//! ```
//!
//! The engine is a one-way pipeline of small stages, each a module that
//! takes what the previous one gave:
//!
//! 1. [`layout`]: header, title, dateline, body paragraphs, page furniture;
//! 2. [`sentences`]: tokens, quotation spans, sentences;
//! 3. [`mentions`]: people, organisations, roles, aliases;
//! 4. [`attribution`]: reporting cue, speaker, content, direct or reported;
//! 5. [`time`]: time expressions resolved against the publication date;
//! 6. [`events`]: statements grouped into events, events put in order.
//!
//! Rules live in tables beside each stage (`rules.rs`), not in the code
//! paths. Nothing here knows about browsers, files or any one article. Every
//! stage is linear in the length of its input.

#[macro_use]
pub mod words;
pub mod attribution;
pub mod calendar;
pub mod date;
pub mod error;
pub mod events;
pub mod keys;
pub mod layout;
pub mod mentions;
pub mod model;
mod output;
pub mod sentences;
pub mod text;
pub mod time;
pub mod token;

pub use date::Date;
pub use error::Error;
pub use model::*;

/// Choices the reader can make about an analysis.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Options {
    /// The publication date, when the article does not give one (or gives
    /// a wrong one). Relative dates are resolved against it.
    pub published: Option<Date>,
}

/// Analyses an article.
pub fn analyze(text: &str) -> Result<Analysis, Error> {
    analyze_with(text, &Options::default())
}

/// Analyses an article with the reader's options.
pub fn analyze_with(text: &str, options: &Options) -> Result<Analysis, Error> {
    let mut analyzer = Analyzer::new(text, options.clone());
    loop {
        if let Progress::Done = analyzer.step() {
            return analyzer.finish();
        }
    }
}

/// An analysis run a piece at a time, for callers that must stay
/// responsive: a user interface can yield to the browser between two calls
/// of [`Analyzer::step`] and show how far it got. A step runs one stage, or
/// for the stages after the layout one piece of it (some 20,000 tokens,
/// about 100 KB of text): on a 5 MB text no step takes more than a few tens
/// of milliseconds natively. The pieces give exactly what [`analyze`]
/// gives.
///
/// ```
/// use engine::{Analyzer, Options, Progress};
/// let text = "Talks\n\nTalks went well, the minister said on Monday.";
/// let mut a = Analyzer::new(text, Options::default());
/// while let Progress::Working { .. } = a.step() {}
/// assert_eq!(a.finish().unwrap().statements.len(), 1);
/// ```
pub struct Analyzer<'t> {
    text: &'t str,
    options: Options,
    done: usize,
    failed: Option<Error>,
    published: Option<Date>,
    layout: Option<layout::Layout>,
    seg: Option<sentences::Segmented>,
    men: Option<mentions::Mentions>,
    claims: Option<Vec<attribution::Claim>>,
    times: Option<time::Times>,
    analysis: Option<Analysis>,
    // The stages that run a piece per step, while they run.
    segmenter: Option<sentences::Segmenter>,
    finder: mentions::Finder,
    attributor: attribution::Attributor,
    timer: time::Timer,
    grouper: events::Grouper,
    roles: Vec<Option<String>>,
    timeline: Option<events::Timeline>,
}

/// About how many tokens a stage reads in one [`Analyzer::step`]: some
/// 100 KB of text, a few milliseconds natively, so that a user interface
/// calling `step` between frames stays responsive on a text of megabytes.
const STEP_TOKENS: usize = 20_000;

/// How far an [`Analyzer`] got.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Progress {
    /// `done` of `of` stages have run; `next` names the one to run next.
    Working {
        done: usize,
        of: usize,
        next: &'static str,
    },
    /// Every stage ran (or the text was refused): call [`Analyzer::finish`].
    Done,
}

/// What each stage does, in the words a progress indicator may show.
const STAGES: [&str; 7] = [
    "checking the text",
    "finding paragraphs",
    "reading sentences and quotations",
    "finding people and organisations",
    "attributing statements",
    "resolving dates",
    "grouping events",
];

impl<'t> Analyzer<'t> {
    /// Gets ready to analyse `text`; nothing runs before the first step.
    pub fn new(text: &'t str, options: Options) -> Self {
        Analyzer {
            text,
            options,
            done: 0,
            failed: None,
            published: None,
            layout: None,
            seg: None,
            men: None,
            claims: None,
            times: None,
            analysis: None,
            segmenter: None,
            finder: Default::default(),
            attributor: Default::default(),
            timer: Default::default(),
            grouper: Default::default(),
            roles: Vec::new(),
            timeline: None,
        }
    }

    /// Runs the next stage.
    pub fn step(&mut self) -> Progress {
        let text = self.text;
        match self.done {
            _ if self.failed.is_some() => return Progress::Done,
            0 => {
                if let Err(e) = check(text) {
                    self.failed = Some(e);
                    return Progress::Done;
                }
            }
            1 => {
                let l = layout::layout(text);
                self.published = self.options.published.or(l.published);
                self.layout = Some(l);
            }
            2 => {
                let segmenter = self.segmenter.get_or_insert_with(|| {
                    let paragraphs = self
                        .layout
                        .as_ref()
                        .map(|l| l.paragraphs.clone())
                        .unwrap_or_default();
                    sentences::Segmenter::new(paragraphs)
                });
                if !segmenter.advance(text, STEP_TOKENS * 4) {
                    return self.progress();
                }
                self.seg = self.segmenter.take().map(sentences::Segmenter::finish);
            }
            3 => {
                let seg = self.seg.as_ref().expect("segmented");
                if !self.finder.advance(text, seg, STEP_TOKENS) {
                    return self.progress();
                }
                self.men = Some(std::mem::take(&mut self.finder).finish(text, seg));
            }
            4 => {
                let (seg, men) = (
                    self.seg.as_ref().expect("segmented"),
                    self.men.as_ref().expect("mentioned"),
                );
                if !self.attributor.advance(text, seg, men, STEP_TOKENS) {
                    return self.progress();
                }
                self.claims = Some(std::mem::take(&mut self.attributor).finish());
            }
            5 => {
                let (seg, claims) = (
                    self.seg.as_ref().expect("segmented"),
                    self.claims.as_deref().expect("attributed"),
                );
                if !self
                    .timer
                    .advance(text, seg, claims, self.published, STEP_TOKENS)
                {
                    return self.progress();
                }
                self.times =
                    Some(std::mem::take(&mut self.timer).finish(text, seg, self.published));
            }
            6 => {
                let seg = self.seg.as_ref().expect("segmented");
                let men = self.men.as_ref().expect("mentioned");
                let claims = self.claims.as_deref().expect("attributed");
                let times = self.times.as_ref().expect("timed");
                if self.roles.is_empty() {
                    self.roles = men.entities.iter().map(|e| e.role.clone()).collect();
                }
                let Some(timeline) = self.timeline.take() else {
                    // Claims per step: each reads a few sentences' worth of tokens.
                    if self.grouper.advance(
                        text,
                        seg,
                        claims,
                        times,
                        &self.roles,
                        self.published,
                        STEP_TOKENS / 40,
                    ) {
                        // The timeline now, the output at the next step.
                        let grouper = std::mem::take(&mut self.grouper);
                        self.timeline = Some(grouper.finish(claims, times, self.published));
                    }
                    return self.progress();
                };
                let layout = self.layout.as_ref().expect("laid out");
                self.analysis = Some(output::build(
                    text,
                    layout,
                    self.published,
                    seg,
                    men,
                    claims,
                    &timeline,
                ));
            }
            _ => return Progress::Done,
        }
        self.done += 1;
        self.progress()
    }

    /// Where the analysis stands.
    fn progress(&self) -> Progress {
        match STAGES.get(self.done) {
            Some(next) => Progress::Working {
                done: self.done,
                of: STAGES.len(),
                next,
            },
            None => Progress::Done,
        }
    }

    /// The analysis, once [`Analyzer::step`] said [`Progress::Done`]; runs
    /// whatever stages are left first.
    pub fn finish(mut self) -> Result<Analysis, Error> {
        while let Progress::Working { .. } = self.step() {}
        match self.failed {
            Some(e) => Err(e),
            None => Ok(self.analysis.take().unwrap_or_default()),
        }
    }
}

/// Rejects what is not an article at all.
fn check(text: &str) -> Result<(), Error> {
    if text.trim().is_empty() {
        return Err(Error::Empty);
    }
    // Text has tabs and line breaks; a binary file has NULs and other controls.
    let head = &text.as_bytes()[..text.len().min(8192)];
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c))
        .count();
    if head.contains(&0) || controls * 20 > head.len() {
        return Err(Error::NotText);
    }
    Ok(())
}
