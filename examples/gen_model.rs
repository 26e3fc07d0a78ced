//! Prints a generated partnership file: `cargo run --release --example gen_model -- 100000 > big.toml`.

#[path = "../tests/support/sample.rs"]
#[allow(dead_code)]
mod sample;

fn main() {
    let milestones = match std::env::args().nth(1).map(|n| n.parse::<usize>()) {
        None => 1_000,
        Some(Ok(n)) => n,
        Some(Err(e)) => {
            eprintln!("usage: gen_model [MILESTONES]: {e}");
            std::process::exit(2);
        }
    };
    print!("{}", sample::generate(milestones));
}
