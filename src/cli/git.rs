//! The model-aware git merge: `pactboard merge-driver %O %A %B %P` (what git runs for a file
//! marked `merge=pactboard`), `pactboard git-setup` (marks the file and configures the driver)
//! and `pactboard resolve FILE` (settles a conflicted merge, asking which side per conflict).

use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use super::{EXIT_DATA, EXIT_USAGE, shown};
use crate::git_merge::{self, MergeError};
use crate::history::Repository;
use crate::model::three_way::{Conflict, Side};
use crate::model::{Milestone, Model};
use crate::store::atomic;
use crate::text;

/// git's merge driver: merges `theirs` into `ours` (the file git reads the result from) with
/// `base` as the common version; `name` is the file's path in the repository, for messages.
pub(super) fn merge_driver(base: &Path, ours: &Path, theirs: &Path, name: &str) -> ExitCode {
    let read = |p: &Path| std::fs::read_to_string(p);
    let name = text::sanitize(name);
    let (Ok(b), Ok(a), Ok(t)) = (read(base), read(ours), read(theirs)) else {
        return by_lines(base, ours, theirs, &name, "a version is not UTF-8 text");
    };
    let prepared = match git_merge::prepare(Path::new(&name), Some(b), a, t, crate::clock::now()) {
        Ok(p) => p,
        Err(e @ MergeError::Invalid { .. }) => {
            // Never committed as valid: git stops the merge whatever the lines merge gave.
            by_lines(base, ours, theirs, &name, &e.to_string());
            eprintln!(
                "pactboard: {name}: left as a conflict: make it valid (`pactboard check {name}`), then `git add {name}`"
            );
            return ExitCode::from(EXIT_DATA);
        }
        Err(e) => return by_lines(base, ours, theirs, &name, &e.to_string()),
    };
    // Their version is read again only when a milestone is in conflict.
    let text = match prepared.with_markers(|| read(theirs).ok()) {
        Ok(text) => text,
        Err(e) => return by_lines(base, ours, theirs, &name, &e.to_string()),
    };
    if let Err(e) = atomic::write(ours, text.as_bytes()) {
        eprintln!("pactboard: cannot write the merge of {name}: {e}");
        return ExitCode::from(EXIT_USAGE);
    }
    // The three versions are not freed one allocation at a time on the way out (a quarter
    // of a second for a 24 MB file): the process ends and gives all its memory back at once.
    let prepared = std::mem::ManuallyDrop::new(prepared);
    let conflicts = &prepared.merged.conflicts;
    if conflicts.is_empty() {
        eprintln!("pactboard: merged {name} as models");
        return ExitCode::SUCCESS;
    }
    eprintln!(
        "pactboard: {name}: {} milestone{} in conflict ({}); `pactboard resolve {name}` settles them, or edit the file between the markers",
        conflicts.len(),
        if conflicts.len() == 1 { "" } else { "s" },
        conflicts
            .iter()
            .map(|c| c.milestone.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    );
    ExitCode::from(EXIT_DATA)
}

/// What git would have done without the driver: its merge of lines (`git merge-file`), which
/// leaves its own markers where lines clash.
fn by_lines(base: &Path, ours: &Path, theirs: &Path, name: &str, why: &str) -> ExitCode {
    eprintln!("pactboard: {name}: merged as lines, as git does: {why}");
    let status = Command::new("git")
        .arg("merge-file")
        .args(["-L", "ours", "-L", "base", "-L", "theirs"])
        .arg(ours)
        .arg(base)
        .arg(theirs)
        .status();
    match status {
        Ok(s) if s.success() => ExitCode::SUCCESS,
        Ok(_) => ExitCode::from(EXIT_DATA),
        Err(e) => {
            eprintln!("pactboard: git merge-file did not run ({e}); {name} keeps our version");
            ExitCode::from(EXIT_DATA)
        }
    }
}

/// Asks, on standard input, which side stands for each conflict of `prepared` (per field; `b`
/// both for notes) and settles it; no answer (end of input) writes nothing: exit 1.
pub(super) fn ask_conflicts(prepared: &mut git_merge::Prepared) -> Result<(), ExitCode> {
    let stdin = std::io::stdin();
    let mut answers = stdin.lock().lines();
    let conflicts = prepared.merged.conflicts.clone();
    let model = prepared.merged.model.clone();
    for (k, c) in conflicts.iter().enumerate() {
        let questions: Vec<Option<&str>> = if c.fields.is_empty() {
            vec![None]
        } else {
            c.fields.iter().map(|f| Some(*f)).collect()
        };
        for field in questions {
            let both = field == Some("notes");
            print!("{}", question(&model, c, field));
            let _ = std::io::stdout().flush();
            let side = loop {
                let Some(Ok(line)) = answers.next() else {
                    eprintln!("\nno answer: nothing written");
                    return Err(ExitCode::from(EXIT_DATA));
                };
                match line.trim() {
                    "o" | "ours" => break Side::Ours,
                    "t" | "theirs" => break Side::Theirs,
                    "b" | "both" if both => break Side::Both,
                    _ => {
                        print!("  {}? ", if both { "o, t or b" } else { "o or t" });
                        let _ = std::io::stdout().flush();
                    }
                }
            };
            prepared.merged.settle(k, field, side, crate::clock::now());
        }
    }
    if !conflicts.is_empty() {
        println!();
    }
    Ok(())
}

/// The line `.gitattributes` gets for a file.
fn attribute_line(relative: &str) -> String {
    // A leading slash anchors the pattern at the repository's root; spaces are escaped.
    format!("/{} merge=pactboard", relative.replace(' ', "[[:space:]]"))
}

/// `pactboard git-setup [FILE...]`: marks each file for the model merge in `.gitattributes` and
/// configures the driver in the repository's `.git/config`; says what it wrote.
pub(super) fn git_setup(files: &[PathBuf]) -> ExitCode {
    let files: Vec<PathBuf> = if files.is_empty() {
        let found = models_here(Path::new("."));
        if found.is_empty() {
            eprintln!(
                "error: no partnership file found under this folder; name it: `pactboard git-setup my.toml`"
            );
            return ExitCode::from(EXIT_USAGE);
        }
        found
    } else {
        files.to_vec()
    };
    let mut config_folder = None;
    let mut wrote_config = false;
    for file in &files {
        let repo = match Repository::open(file) {
            Ok(repo) => repo,
            Err(e) => {
                eprintln!("error: {}", text::sanitize(&e.to_string()));
                return ExitCode::from(EXIT_USAGE);
            }
        };
        let (git_dir, workdir) = repo.folders();
        let Some(workdir) = workdir else {
            eprintln!(
                "error: the repository of {} has no working tree",
                shown(file)
            );
            return ExitCode::from(EXIT_USAGE);
        };
        let attributes = workdir.join(".gitattributes");
        let line = attribute_line(repo.relative());
        let now = std::fs::read_to_string(&attributes).unwrap_or_default();
        if now.lines().any(|l| l.trim() == line) {
            println!("{}: already has `{line}`", shown(&attributes));
        } else {
            let mut text = now.clone();
            if !text.is_empty() && !text.ends_with('\n') {
                text.push('\n');
            }
            text.push_str(&line);
            text.push('\n');
            if let Err(e) = atomic::write(&attributes, text.as_bytes()) {
                eprintln!("error: cannot write {}: {e}", shown(&attributes));
                return ExitCode::from(EXIT_USAGE);
            }
            println!(
                "{}: added `{line}` (commit it, so that everyone's merges use it)",
                shown(&attributes)
            );
        }
        if config_folder.as_ref() != Some(&git_dir) {
            match configure(&repo, &git_dir) {
                Ok(wrote) => wrote_config |= wrote,
                Err(code) => return code,
            }
            if let Err(code) = exclude_temporary_files(&git_dir) {
                return code;
            }
            config_folder = Some(git_dir);
        }
    }
    if !wrote_config {
        println!("the merge driver was already configured");
    }
    ExitCode::SUCCESS
}

/// The names of a save's (and an export's) temporary files and of the Windows lock file, as
/// `.git/info/exclude` lists them: a save killed midway never shows in `git status`.
const EXCLUDED: [&str; 2] = ["*.pactboard-tmp", "*.pactboard-lock"];

/// Adds [`EXCLUDED`] to the repository's own `info/exclude` (not committed, no one else's
/// business) unless it has them; says what it wrote.
fn exclude_temporary_files(git_dir: &Path) -> Result<(), ExitCode> {
    let exclude = git_dir.join("info").join("exclude");
    let mut text = std::fs::read_to_string(&exclude).unwrap_or_default();
    let missing: Vec<&str> = EXCLUDED
        .iter()
        .copied()
        .filter(|p| !text.lines().any(|l| l.trim() == *p))
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    if !text.is_empty() && !text.ends_with('\n') {
        text.push('\n');
    }
    text.push_str("# pactboard: a save's temporary files (gone when it ends)\n");
    for p in &missing {
        text.push_str(p);
        text.push('\n');
    }
    let written = std::fs::create_dir_all(git_dir.join("info"))
        .and_then(|()| atomic::write(&exclude, text.as_bytes()).map(|_| ()));
    if let Err(e) = written {
        eprintln!("error: cannot write {}: {e}", shown(&exclude));
        return Err(ExitCode::from(EXIT_USAGE));
    }
    println!("{}: added {}", shown(&exclude), missing.join(", "));
    Ok(())
}

/// Adds the `merge.pactboard` section to the repository's configuration unless it is there;
/// whether it wrote it.
fn configure(repo: &Repository, git_dir: &Path) -> Result<bool, ExitCode> {
    if repo.config("merge.pactboard.driver").is_some() {
        return Ok(false);
    }
    let program = driver_program();
    let config = git_dir.join("config");
    let mut text = std::fs::read_to_string(&config).unwrap_or_default();
    if !text.is_empty() && !text.ends_with('\n') {
        text.push('\n');
    }
    let section = format!(
        "[merge \"pactboard\"]\n\tname = pactboard: a three-way merge of partnership models\n\tdriver = {program} merge-driver %O %A %B %P\n"
    );
    text.push_str(&section);
    if let Err(e) = atomic::write(&config, text.as_bytes()) {
        eprintln!("error: cannot write {}: {e}", shown(&config));
        return Err(ExitCode::from(EXIT_USAGE));
    }
    println!("{}: added\n{}", shown(&config), section.trim_end());
    Ok(true)
}

/// How git should run pactboard: by name when the one on the `PATH` is this one, else by its
/// full path (quoted for the shell git runs the driver with).
fn driver_program() -> String {
    let here = std::env::current_exe().ok();
    let on_path = std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|p| p.join(format!("pactboard{}", std::env::consts::EXE_SUFFIX)))
            .find(|p| p.is_file())
    });
    let same = |a: &Path, b: &Path| {
        std::fs::canonicalize(a)
            .ok()
            .is_some_and(|a| std::fs::canonicalize(b).ok() == Some(a))
    };
    match (here, on_path) {
        (Some(here), Some(found)) if same(&here, &found) => "pactboard".into(),
        (Some(here), _) => {
            let path = here.display().to_string().replace('\\', "/");
            format!("'{}'", path.replace('\'', r"'\''"))
        }
        (None, _) => "pactboard".into(),
    }
}

/// Partnership files under `folder` (three levels down at most, hidden folders and `target`
/// skipped): `.toml` files that load as models.
fn models_here(folder: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut queue = vec![(folder.to_path_buf(), 0)];
    while let Some((dir, depth)) = queue.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') || name == "target" {
                continue;
            }
            if path.is_dir() && depth < 3 {
                queue.push((path, depth + 1));
            } else if path
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("toml"))
                && crate::store::load(&path).is_ok()
            {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

/// `pactboard resolve FILE`: reads the three versions of a conflicted merge from git's index,
/// merges them as models, asks which side stands for each conflict, and writes the file.
pub(super) fn resolve(file: &Path) -> ExitCode {
    let repo = match Repository::open(file) {
        Ok(repo) => repo,
        Err(e) => {
            eprintln!("error: {}", text::sanitize(&e.to_string()));
            return ExitCode::from(EXIT_USAGE);
        }
    };
    let versions = match repo.conflict_versions() {
        Ok(Some(v)) => v,
        Ok(None) => {
            eprintln!(
                "error: {} is not in an unfinished merge (git's index has no conflict for it)",
                shown(file)
            );
            return ExitCode::from(EXIT_USAGE);
        }
        Err(e) => {
            eprintln!("error: {}", text::sanitize(&e.to_string()));
            return ExitCode::from(EXIT_USAGE);
        }
    };
    // What is in the working file is the person's: only the merge's markers are replaced.
    let now = std::fs::read_to_string(file).unwrap_or_default();
    if crate::store::merge_markers(&now).is_empty() {
        eprintln!(
            "error: {0} has no conflict markers (settled by hand?): nothing written; `pactboard check {0}`, then `git add {0}`",
            shown(file)
        );
        return ExitCode::from(EXIT_USAGE);
    }
    // Before any question: answers for a file that cannot be written would be lost.
    if let Err(why) = atomic::check_writable(file, false) {
        eprintln!("error: {} was not written: {why}", shown(file));
        return ExitCode::from(EXIT_USAGE);
    }
    let [base, ours, theirs] = versions;
    let (Some(ours), Some(theirs)) = (ours, theirs) else {
        eprintln!(
            "error: one side of the merge removed {}; keep it with `git add` or remove it with `git rm`",
            shown(file)
        );
        return ExitCode::from(EXIT_USAGE);
    };
    let mut prepared =
        match git_merge::prepare(file, base.as_deref(), &ours, &theirs, crate::clock::now()) {
            Ok(p) => p,
            Err(e) => return cannot(file, &e),
        };
    if let Err(code) = ask_conflicts(&mut prepared) {
        return code;
    }
    prepared.merged.conflicts.clear();
    let text = match prepared.written() {
        Ok(text) => text,
        Err(e) => return cannot(file, &e),
    };
    if let Err(e) = atomic::write(file, text.as_bytes()) {
        eprintln!("error: cannot write {}: {e}", shown(file));
        return ExitCode::from(EXIT_USAGE);
    }
    println!(
        "{0}: merged and settled; `pactboard check {0}`, then `git add {0}` marks it resolved",
        shown(file)
    );
    ExitCode::SUCCESS
}

fn cannot(file: &Path, e: &MergeError) -> ExitCode {
    eprintln!(
        "error: {}: {}; settle it by hand between the markers",
        shown(file),
        text::sanitize(&e.to_string())
    );
    ExitCode::from(EXIT_DATA)
}

/// The question for one field of a conflict (or the whole milestone when `field` is `None`).
fn question(model: &Model, c: &Conflict, field: Option<&str>) -> String {
    let id = text::sanitize(&c.milestone);
    match (field, &c.ours, &c.theirs) {
        (None, None, _) => format!(
            "{id}: removed on our side, changed on theirs. [o]urs (remove it) or [t]heirs (keep it)? "
        ),
        (None, _, None) => format!(
            "{id}: changed on our side, removed on theirs. [o]urs (keep it) or [t]heirs (remove it)? "
        ),
        (field, Some(ours), Some(theirs)) => {
            let field = field.unwrap_or("status");
            format!(
                "{id}: {field} set differently on each side\n  ours:   {}\n  theirs: {}\n[o]urs, [t]heirs{}? ",
                value(model, ours, field),
                value(model, theirs, field),
                if field == "notes" { " or [b]oth" } else { "" }
            )
        }
        _ => format!("{id}: [o]urs or [t]heirs? "),
    }
}

/// A field's value as the question shows it.
fn value(model: &Model, m: &Milestone, field: &str) -> String {
    let none = || "(none)".to_string();
    let v = match field {
        "status" => {
            let mut s = m.status.label().to_string();
            if let Some(last) = m.history.last() {
                s.push_str(&format!(" (since {}", last.at.format("%Y-%m-%d %H:%M")));
                if let Some(note) = &last.note {
                    s.push_str(&format!(": “{note}”"));
                }
                s.push(')');
            }
            s
        }
        "title" => m.title.clone(),
        "pillar" => model
            .pillars
            .get(m.pillar)
            .map_or_else(none, |p| p.id.clone()),
        "objective" => m
            .objective
            .and_then(|o| model.objectives.get(o))
            .map_or_else(none, |o| o.id.clone()),
        "due" => m.due.map_or_else(none, |d| d.to_string()),
        "weight" => m.weight.to_string(),
        "owner" => m.owner.clone().unwrap_or_else(none),
        "source" => m
            .source
            .and_then(|s| model.sources.get(s))
            .map_or_else(none, |s| s.id.clone()),
        _ => m.notes.clone().unwrap_or_else(none),
    };
    text::sanitize(&v.replace(['\r', '\n'], " "))
}
