//! The config file through the binary: where it is read from, what `config show` says of each
//! setting and where it came from, flags beating the file, the file beating the defaults, the
//! default file, and a file with a problem said with its place and its choices while the command
//! runs on the defaults.

use crate::common;

use std::fs;
use std::path::Path;

fn with_config(dir: &Path, text: &str) -> std::path::PathBuf {
    let path = dir.join("config.toml");
    fs::write(&path, text).unwrap();
    path
}

fn run(config: &Path, args: &[&str]) -> (i32, String, String) {
    let out = common::pactboard()
        .env("PACTBOARD_CONFIG", config)
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn config_path_names_the_file_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("mine.toml");
    let (code, out, _) = run(&path, &["config", "path"]);
    assert_eq!(code, 0);
    assert_eq!(out.trim(), path.display().to_string());
    // Without PACTBOARD_CONFIG: the platform's config folder.
    let out = common::pactboard()
        .args(["config", "path"])
        .output()
        .unwrap();
    let shown = String::from_utf8_lossy(&out.stdout);
    assert!(shown.trim().ends_with("config.toml"), "{shown}");
    assert!(shown.contains("pactboard"), "{shown}");
}

#[test]
fn config_show_says_each_setting_and_where_it_came_from() {
    let dir = tempfile::tempdir().unwrap();
    let config = with_config(
        dir.path(),
        "# mine\ntheme = \"light\"\nautosave = true\nfile = \"meeting.toml\"\neditor = \"nano -w\"\n",
    );
    let (code, out, _) = run(&config, &["config", "show"]);
    assert_eq!(code, 0, "{out}");
    let shown = config.display().to_string();
    assert!(
        out.contains(&format!("theme = light    ({shown}:2)")),
        "{out}"
    );
    assert!(
        out.contains(&format!("autosave = true    ({shown}:3)")),
        "{out}"
    );
    let file = dir.path().join("meeting.toml").display().to_string();
    assert!(
        out.contains(&format!("file = {file}    ({shown}:4)")),
        "{out}"
    );
    assert!(
        out.contains(&format!("editor = nano -w    ({shown}:5)")),
        "{out}"
    );
    // A flag beats the file.
    let (_, out, _) = run(&config, &["--theme", "mono", "config", "show"]);
    assert!(out.contains("theme = mono    (--theme)"), "{out}");
    // No file: every setting a default, NO_COLOR heard.
    let none = dir.path().join("none.toml");
    let out = common::pactboard()
        .env("PACTBOARD_CONFIG", &none)
        .env("NO_COLOR", "1")
        .args(["config", "show"])
        .output()
        .unwrap();
    let out = String::from_utf8_lossy(&out.stdout);
    assert!(out.contains("not there"), "{out}");
    assert!(
        out.contains("theme = mono    (NO_COLOR or TERM=dumb)"),
        "{out}"
    );
    assert!(out.contains("autosave = false    (default)"), "{out}");
}

#[test]
fn the_file_is_honoured_by_the_commands() {
    let dir = tempfile::tempdir().unwrap();
    let model = dir.path().join("meeting.toml");
    let text = fs::read_to_string(common::repo_file(common::BUNDLED))
        .unwrap()
        .replacen(
            "title = \"India–Japan Special Strategic and Global Partnership\"",
            "title = \"The partnership of the config file\"",
            1,
        );
    fs::write(&model, text).unwrap();
    let config = with_config(dir.path(), "theme = \"light\"\nfile = \"meeting.toml\"\n");
    // The default file: `report` with no FILE reports it.
    let (code, out, err) = run(&config, &["report"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("The partnership of the config file"), "{out}");
    // The theme: a snapshot as SVG is drawn as `--theme light` draws it.
    let (_, themed, _) = run(
        &config,
        &["snapshot", model.to_str().unwrap(), "--format", "svg"],
    );
    let none = dir.path().join("none.toml");
    let (_, light, _) = run(
        &none,
        &[
            "--theme",
            "light",
            "snapshot",
            model.to_str().unwrap(),
            "--format",
            "svg",
        ],
    );
    let (_, dark, _) = run(
        &none,
        &["snapshot", model.to_str().unwrap(), "--format", "svg"],
    );
    assert_eq!(themed, light);
    assert_ne!(themed, dark);
}

#[test]
fn a_file_with_a_problem_is_said_with_its_place_and_the_command_runs_on_the_defaults() {
    let dir = tempfile::tempdir().unwrap();
    for (text, place, choices) in [
        (
            "theme = \"blue\"\n",
            ":1:9:",
            "the themes are dark, light, high-contrast, mono",
        ),
        (
            "\ncolour = \"red\"\n",
            ":2:1:",
            "the settings are theme, autosave, file, editor",
        ),
        ("autosave = \"yes\"\n", ":1:12:", "true or false"),
        ("theme = \n", ":1:", ""),
    ] {
        let config = with_config(dir.path(), text);
        let (code, out, err) = run(
            &config,
            &[
                "report",
                common::repo_file(common::BUNDLED).to_str().unwrap(),
            ],
        );
        assert_eq!(code, 0, "{err}");
        assert!(out.contains("India–Japan"), "{out}");
        assert!(err.starts_with("warning: "), "{err}");
        assert!(err.contains(place) && err.contains(choices), "{err}");
        assert!(err.contains("running on the defaults"), "{err}");
        let (code, out, _) = run(&config, &["config", "show"]);
        assert_eq!(code, 1);
        assert!(
            out.contains("has a problem") && out.contains(place),
            "{out}"
        );
    }
}

/// `PACTBOARD_TODAY` (set for every test) stands in for `--today` without showing in the usage
/// lines as if it were required; a bad one is refused with the form a date takes.
#[test]
fn the_environment_stands_in_for_flags_without_changing_the_usage() {
    let out = common::pactboard().arg("check").output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("Usage: pactboard check <FILES>..."), "{err}");
    assert!(!err.contains("--today"), "{err}");
    let out = common::pactboard()
        .env("PACTBOARD_TODAY", "tomorrow")
        .args([
            "report",
            common::repo_file(common::BUNDLED).to_str().unwrap(),
        ])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("PACTBOARD_TODAY=`tomorrow` is not a date; write it YYYY-MM-DD"),
        "{err}"
    );
    // The environment's today is the one the figures use.
    let out = common::pactboard()
        .env("PACTBOARD_TODAY", "2030-01-01")
        .args([
            "report",
            common::repo_file(common::BUNDLED).to_str().unwrap(),
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("2030-01-01"));
}

#[test]
fn a_theme_file_in_the_config_folder_is_a_theme_offered_everywhere() {
    let dir = tempfile::tempdir().unwrap();
    let themes = dir.path().join("themes");
    fs::create_dir(&themes).unwrap();
    fs::write(
        themes.join("sunrise.toml"),
        "# A warm theme for a bright room: what it leaves out is the dark theme's.\ntitle = { fg = \"#c04000\", bold = true }\n",
    )
    .unwrap();
    fs::write(
        themes.join("broken.toml"),
        "title = { fg = \"orangeish\" }\n",
    )
    .unwrap();
    fs::write(themes.join("typo.toml"), "\ntitel = { fg = \"red\" }\n").unwrap();
    fs::write(themes.join("dark.toml"), "title = { fg = \"red\" }\n").unwrap();
    let model = common::repo_file(common::BUNDLED);
    let model = model.to_str().unwrap();
    let config = with_config(dir.path(), "");
    let svg = |args: &[&str]| {
        let mut all = args.to_vec();
        all.extend(["snapshot", model, "--format", "svg"]);
        run(&config, &all)
    };
    // `--theme sunrise` draws its colour; what it does not set is the dark theme's.
    let (code, sunrise, err) = svg(&["--theme", "sunrise"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        sunrise.to_lowercase().contains("#c04000"),
        "the title's colour"
    );
    let (_, dark, _) = svg(&[]);
    assert_ne!(sunrise, dark);
    // A built-in name is never taken over by a file.
    let (_, dark_again, _) = svg(&["--theme", "dark"]);
    assert_eq!(dark_again, dark);
    // The config file names it too.
    let named = with_config(dir.path(), "theme = \"sunrise\"\n");
    let (_, from_file, _) = run(&named, &["snapshot", model, "--format", "svg"]);
    assert_eq!(from_file, sunrise);
    // A theme file with a problem: its place and the choices, and the dark theme drawn.
    let (code, broken, err) = svg(&["--theme", "broken"]);
    assert_eq!(code, 0);
    assert_eq!(broken, dark);
    assert!(
        err.contains(
            "themes/broken.toml:1:16: `orangeish` is not a colour; the colours are black, red"
        ) && err.contains("drawn in the dark theme"),
        "{err}"
    );
    let (_, _, err) = svg(&["--theme", "typo"]);
    assert!(
        err.contains("typo.toml:2:1") && err.contains("`text`, `muted`, `title`"),
        "{err}"
    );
    // `config show` lists them; the completions and the usage offer them.
    let (_, shown, _) = run(&config, &["config", "show"]);
    assert!(shown.contains("  sunrise\n"), "{shown}");
    assert!(
        shown.contains("`dark` is a built-in theme's name"),
        "{shown}"
    );
    let (_, bash, _) = run(&config, &["completions", "bash"]);
    assert!(
        bash.contains("dark light high-contrast mono broken sunrise typo"),
        "{bash}"
    );
    let (code, _, err) = run(&config, &["--theme", "nope", "check", model]);
    assert_eq!(code, 2);
    assert!(
        err.contains("dark, light, high-contrast, mono, broken, sunrise, typo"),
        "{err}"
    );
}
