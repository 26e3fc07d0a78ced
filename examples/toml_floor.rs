//! The floor `check` is measured against: parsing a file with the `toml` crate and nothing else.
//! `toml_floor typed FILE` deserializes into serde types shaped like the model, with spans and no
//! validation; `toml_floor table FILE` parses into a generic `toml::Table`.
//! Compare with `hyperfine 'pactboard check FILE' 'toml_floor typed FILE'` (docs/performance.md).

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;

type Text = Spanned<String>;
type Date = Spanned<toml::value::Datetime>;

#[allow(dead_code)]
#[derive(Deserialize)]
struct File {
    schema: Spanned<i64>,
    partnership: Spanned<BTreeMap<String, toml::Value>>,
    #[serde(default)]
    sources: Vec<Spanned<BTreeMap<String, Spanned<toml::Value>>>>,
    #[serde(default)]
    pillars: Vec<Spanned<Named>>,
    #[serde(default)]
    objectives: Vec<Spanned<Objective>>,
    #[serde(default)]
    targets: Vec<Spanned<Target>>,
    #[serde(default)]
    milestones: Vec<Spanned<Milestone>>,
}

#[allow(dead_code)]
#[derive(Deserialize)]
struct Named {
    id: Text,
    title: Text,
    summary: Option<Text>,
    source: Option<Text>,
}

#[allow(dead_code)]
#[derive(Deserialize)]
struct Objective {
    id: Text,
    title: Text,
    pillar: Option<Text>,
    agreement: Option<Text>,
}

#[allow(dead_code)]
#[derive(Deserialize)]
struct Target {
    id: Text,
    title: Text,
    unit: Text,
    amount: Spanned<toml::Value>,
    start: Date,
    end: Date,
    #[serde(default)]
    entries: Vec<Spanned<Entry>>,
}

#[allow(dead_code)]
#[derive(Deserialize)]
struct Entry {
    date: Date,
    amount: Spanned<toml::Value>,
    kind: Text,
}

#[allow(dead_code)]
#[derive(Deserialize)]
struct Milestone {
    id: Text,
    title: Text,
    pillar: Text,
    status: Text,
    objective: Option<Text>,
    due: Option<Date>,
    done_on: Option<Date>,
    weight: Option<Spanned<toml::Value>>,
    owner: Option<Text>,
    notes: Option<Text>,
    source: Option<Text>,
    #[serde(default)]
    history: Vec<Spanned<History>>,
}

#[allow(dead_code)]
#[derive(Deserialize)]
struct History {
    at: Date,
    to: Text,
    from: Option<Text>,
    note: Option<Text>,
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (Some(mode), Some(path)) = (args.get(1), args.get(2)) else {
        eprintln!("usage: toml_floor typed|table FILE");
        std::process::exit(2);
    };
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(2);
        }
    };
    let ok = match mode.as_str() {
        "typed" => toml::from_str::<File>(&text).map(|f| f.milestones.len()),
        "table" => toml::from_str::<toml::Table>(&text).map(|t| t.len()),
        _ => {
            eprintln!("usage: toml_floor typed|table FILE");
            std::process::exit(2);
        }
    };
    match ok {
        Ok(n) => println!("{n}"),
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    }
}
