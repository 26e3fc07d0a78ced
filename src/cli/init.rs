//! `pactboard init`: the bundled model written to a new file.

use std::path::Path;
use std::process::ExitCode;

use super::{EXIT_USAGE, shown};
use crate::{bundled, places};

pub(super) fn init(path: &Path) -> ExitCode {
    match places::write_new(path, bundled::INDIA_JAPAN) {
        Ok(()) => {
            println!(
                "wrote the India–Japan model to {0}; open it with `pactboard {0}`",
                shown(path)
            );
            ExitCode::SUCCESS
        }
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            eprintln!(
                "error: {} already exists; init never overwrites a file (choose another name)",
                shown(path)
            );
            ExitCode::from(EXIT_USAGE)
        }
        Err(e) => {
            eprintln!("error: cannot write {}: {e}", shown(path));
            ExitCode::from(EXIT_USAGE)
        }
    }
}
