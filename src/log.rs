//! A log for when a user reports a problem: off unless `PACTBOARD_LOG=FILE` (or `--log FILE`) is
//! given, then appended to that file, at the level `RUST_LOG` names (default `info`). It never
//! writes to the terminal.

use std::fs::OpenOptions;
use std::path::Path;
use std::sync::Mutex;

use tracing_subscriber::EnvFilter;

/// Starts logging to `path`; says on stderr, once, why it cannot.
pub fn start(path: &Path) {
    let file = match OpenOptions::new().create(true).append(true).open(path) {
        Ok(file) => file,
        Err(e) => {
            eprintln!(
                "warning: no log: cannot open {}: {e}",
                crate::text::sanitize(&path.display().to_string())
            );
            return;
        }
    };
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info"));
    let installed = tracing_subscriber::fmt()
        .with_writer(Mutex::new(file))
        .with_ansi(false)
        .with_env_filter(filter)
        .try_init();
    if installed.is_ok() {
        tracing::info!(version = env!("CARGO_PKG_VERSION"), "pactboard started");
    }
}
