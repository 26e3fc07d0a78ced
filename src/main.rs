//! The `pactboard` binary: everything lives in the library.

fn main() -> std::process::ExitCode {
    pactboard::cli::main()
}
