//! The floor `check` is measured against: parsing a file with the `toml` crate and nothing else.
//! `toml_floor typed FILE` deserializes into serde types shaped like the model, with spans and no
//! validation; `toml_floor table FILE` parses into a generic `toml::Table`.
//! Compare with `hyperfine 'pactboard check FILE' 'toml_floor typed FILE'` (docs/performance.md).

#[path = "../tests/support/sample.rs"]
#[allow(dead_code)]
mod sample;

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
        "typed" => sample::floor::parse(&text).map(|f| f.milestones.len()),
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
