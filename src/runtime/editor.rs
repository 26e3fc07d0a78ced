//! Handing the file to the person's editor (the config file's, else `$VISUAL`, else `$EDITOR`,
//! else vi, or Notepad on Windows) at a line, with
//! the dashboard suspended: the terminal is given back, the editor runs in it, and the dashboard
//! comes back and follows what was saved.

use std::path::Path;
use std::process::Command;

/// The editor the config file names, which beats the environment's (set once, at the start).
static CONFIGURED: std::sync::OnceLock<String> = std::sync::OnceLock::new();

/// Makes `editor` (from the config file) the one `O` opens the file in.
pub fn configure(editor: String) {
    let _ = CONFIGURED.set(editor);
}

/// The environment's editor (`$VISUAL`, else `$EDITOR`, else the platform's default) and which
/// of those it is.
pub fn from_environment() -> (String, String) {
    ["VISUAL", "EDITOR"]
        .iter()
        .find_map(|v| {
            std::env::var(v)
                .ok()
                .filter(|e| !e.trim().is_empty())
                .map(|e| (e, format!("${v}")))
        })
        .unwrap_or_else(|| (DEFAULT.to_string(), "default".to_string()))
}

/// The editor when nothing names one: Notepad on Windows, vi elsewhere.
const DEFAULT: &str = if cfg!(windows) { "notepad" } else { "vi" };

/// The editor command: the config file's, else `$VISUAL`, else `$EDITOR`, else the platform's
/// default, split into the program and its words (`code --wait`).
pub fn command() -> Vec<String> {
    let chosen = CONFIGURED
        .get()
        .cloned()
        .unwrap_or_else(|| from_environment().0);
    chosen.split_whitespace().map(str::to_string).collect()
}

/// Whether an editor is known to take `+LINE` to open at a line.
fn takes_plus_line(program: &str) -> bool {
    let name = Path::new(program)
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or(program);
    matches!(
        name,
        "vi" | "vim"
            | "nvim"
            | "gvim"
            | "nano"
            | "emacs"
            | "emacsclient"
            | "micro"
            | "kak"
            | "ne"
            | "joe"
            | "mg"
            | "jed"
    )
}

/// The command that opens `file` at `line` (1-based) in `editor`.
pub fn open_at(editor: &[String], file: &Path, line: usize) -> Option<Command> {
    let (program, words) = editor.split_first()?;
    let mut command = Command::new(program);
    command.args(words);
    let name = Path::new(program)
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or(program);
    if takes_plus_line(program) {
        command.arg(format!("+{line}"));
        command.arg(file);
    } else if matches!(name, "code" | "codium" | "subl" | "zed") {
        // These take `FILE:LINE` (VS Code with `--goto`).
        if name != "subl" && name != "zed" {
            command.arg("--goto");
        }
        command.arg(format!("{}:{line}", file.display()));
    } else if name == "hx" {
        command.arg(format!("{}:{line}", file.display()));
    } else {
        command.arg(file);
    }
    Some(command)
}

/// The line (1-based) of byte `offset` in `text`.
pub fn line_of(text: &str, offset: usize) -> usize {
    let offset = offset.min(text.len());
    memchr::memchr_iter(b'\n', &text.as_bytes()[..offset]).count() + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(editor: &str, line: usize) -> Vec<String> {
        let editor: Vec<String> = editor.split_whitespace().map(str::to_string).collect();
        let command = open_at(&editor, Path::new("m.toml"), line).unwrap();
        std::iter::once(command.get_program())
            .chain(command.get_args())
            .map(|a| a.to_string_lossy().into_owned())
            .collect()
    }

    #[test]
    fn each_editor_gets_the_line_the_way_it_takes_it() {
        assert_eq!(args("vim", 12), ["vim", "+12", "m.toml"]);
        assert_eq!(args("/usr/bin/nano", 3), ["/usr/bin/nano", "+3", "m.toml"]);
        assert_eq!(
            args("code --wait", 7),
            ["code", "--wait", "--goto", "m.toml:7"]
        );
        assert_eq!(args("hx", 2), ["hx", "m.toml:2"]);
        assert_eq!(args("notepad", 9), ["notepad", "m.toml"]);
        assert_eq!(line_of("a\nb\nc", 4), 3);
        assert_eq!(line_of("a\nb", 99), 2);
    }
}
