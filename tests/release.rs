//! What a release ships beside the binary, and the release archive itself.
//!
//! The completions and the manual page go into every archive from `assets/dist/` (cargo-dist's
//! `include`, in `dist-workspace.toml`): they must be what the binary prints, so a change to the
//! commands that forgets them fails here (`UPDATE_SHIPPED=1 cargo test --test all release::`
//! writes them anew).
//!
//! The archive: `dist build --artifacts=all --target HOST` (README, "For developers") writes
//! `target/distrib/pactboard-HOST.tar.xz`; with `PACTBOARD_ARCHIVE` naming it, it is unpacked
//! into an empty folder and the README's commands run from there, with nothing on the PATH but
//! the system's (no cargo, no repository): every command, git's among them, and the dashboard
//! itself in tmux; and the shell installer beside it (`--artifacts=all`), fetched with the
//! README's `curl … | sh`, installs it into an empty home from this machine standing in for the
//! releases page. Skipped, and said, when no archive is named, unless `PACTBOARD_REQUIRE_ARCHIVE`
//! is set. CI builds the archive with cargo-dist and sets both (`.ci/run`).
//!
//! A machine with no Rust: as root (CI), the archive's binary and the installer run as
//! `nobody`, who cannot reach root's toolchain (rustup keeps it in `/root`) even by its full
//! path, with only the system's folders on the PATH; the installer's shell checks that no cargo
//! and no rustc are there.

use crate::common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The files of `assets/dist/` and the arguments that print each.
const SHIPPED: [(&str, &[&str]); 6] = [
    ("completions/pactboard.bash", &["completions", "bash"]),
    ("completions/_pactboard", &["completions", "zsh"]),
    ("completions/pactboard.fish", &["completions", "fish"]),
    ("completions/_pactboard.ps1", &["completions", "powershell"]),
    ("completions/pactboard.elv", &["completions", "elvish"]),
    ("man/pactboard.1", &["man"]),
];

#[test]
fn the_shipped_completions_and_manual_page_are_what_the_binary_prints() {
    let dist = common::repo_file("assets/dist");
    let update = std::env::var_os("UPDATE_SHIPPED").is_some();
    for (file, args) in SHIPPED {
        // The tests' own config folder has no themes: only the built-in ones are offered.
        let out = common::pactboard().args(args).output().unwrap();
        assert!(out.status.success(), "{args:?}");
        let path = dist.join(file);
        if update {
            fs::create_dir_all(path.parent().unwrap()).unwrap();
            fs::write(&path, &out.stdout).unwrap();
        }
        let shipped = fs::read(&path).unwrap_or_default();
        assert!(
            shipped == out.stdout,
            "assets/dist/{file} is stale: UPDATE_SHIPPED=1 cargo test --test all release::"
        );
    }
    // The same for everyone: no one's home folder in any of them (the tests' home stands in).
    let home = common::isolated_home();
    for (file, _) in SHIPPED {
        let text = fs::read_to_string(dist.join(file)).unwrap();
        assert!(
            !text.contains(home.to_str().unwrap()),
            "{file} names a home folder"
        );
    }
    let man = fs::read_to_string(dist.join("man/pactboard.1")).unwrap();
    assert!(man.contains("made in your data folder on the first run"));
}

/// The archive to try, or `None` (said) when none is named.
fn archive() -> Option<PathBuf> {
    match std::env::var_os("PACTBOARD_ARCHIVE") {
        // Relative to where the tests were started (the crate's folder), as typed.
        Some(path) => {
            Some(fs::canonicalize(&path).unwrap_or_else(|e| {
                panic!("PACTBOARD_ARCHIVE={}: {e}", Path::new(&path).display())
            }))
        }
        None if std::env::var_os("PACTBOARD_REQUIRE_ARCHIVE").is_some() => {
            panic!("PACTBOARD_REQUIRE_ARCHIVE is set but PACTBOARD_ARCHIVE names no archive")
        }
        None => {
            eprintln!("skipped: the release archive (set PACTBOARD_ARCHIVE, see tests/release.rs)");
            None
        }
    }
}

/// A newcomer's `command`: as `nobody` when the tests run as root (CI), else as the user
/// running them.
fn as_newcomer(command: &mut Command) -> &mut Command {
    #[cfg(unix)]
    if as_nobody() {
        use std::os::unix::process::CommandExt;
        command.uid(common::NOBODY).gid(common::NOBODY);
    }
    command
}

/// Whether a newcomer's commands run as `nobody` (the tests run as root).
fn as_nobody() -> bool {
    #[cfg(unix)]
    return common::running_as_root();
    #[cfg(not(unix))]
    false
}

/// Runs `program` with `args` in `work` as a newcomer ([`as_newcomer`]): `work` as home too,
/// only the system's programs on the PATH, nothing of cargo's in the environment. It must
/// succeed; what it printed comes back.
fn newcomer_runs(program: &Path, args: &[&str], work: &Path) -> String {
    let mut command = Command::new(program);
    as_newcomer(&mut command);
    common::isolate(&mut command, work);
    let out = command
        .args(args)
        .current_dir(work)
        .env("PATH", "/usr/bin:/bin")
        .env_remove("CARGO")
        .env_remove("CARGO_MANIFEST_DIR")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{} {args:?}: {}",
        program.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// `dir` open to everyone to enter and read (0o755), for `nobody`.
fn open_to_all(dir: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(dir, fs::Permissions::from_mode(0o755)).unwrap();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

/// `dir` the newcomer's own (`nobody`'s, as git wants of a repository's folder).
fn newcomers(dir: &Path) {
    open_to_all(dir);
    #[cfg(unix)]
    if as_nobody() {
        std::os::unix::fs::chown(dir, Some(common::NOBODY), Some(common::NOBODY)).unwrap();
    }
}

/// The folder the archive unpacked into (cargo-dist puts everything in one named folder).
fn unpacked(archive: &Path, into: &Path) -> PathBuf {
    let name = archive.file_name().unwrap().to_string_lossy().into_owned();
    let zip = Path::new(&name)
        .extension()
        .is_some_and(|x| x.eq_ignore_ascii_case("zip"));
    let status = if zip {
        Command::new("unzip")
            .arg("-q")
            .arg(archive)
            .current_dir(into)
            .status()
    } else {
        Command::new("tar")
            .arg("xf")
            .arg(archive)
            .current_dir(into)
            .status()
    };
    assert!(status.unwrap().success(), "unpacking {name}");
    let entries: Vec<PathBuf> = fs::read_dir(into)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    match entries.as_slice() {
        [one] if one.is_dir() => one.clone(),
        _ => into.to_path_buf(),
    }
}

#[test]
fn the_release_archive_runs_the_readme_commands_from_an_empty_folder() {
    let Some(archive) = archive() else { return };
    let dir = tempfile::tempdir().unwrap();
    open_to_all(dir.path());
    let root = unpacked(&archive, dir.path());
    let binary = root.join(if cfg!(windows) {
        "pactboard.exe"
    } else {
        "pactboard"
    });
    assert!(binary.is_file(), "{} holds no binary", archive.display());
    for (file, _) in SHIPPED {
        let shipped = root.join(file);
        assert!(shipped.is_file(), "the archive lacks {file}");
        assert_eq!(
            fs::read(&shipped).unwrap(),
            fs::read(common::repo_file("assets/dist").join(file)).unwrap()
        );
    }
    for doc in [
        "README.md",
        "LICENSE-MIT",
        "LICENSE-APACHE",
        "LICENSE-DejaVu.txt",
    ] {
        assert!(root.join(doc).is_file(), "the archive lacks {doc}");
    }
    // A folder of its own, a home of its own, and only the system's programs on the PATH.
    let work = tempfile::tempdir().unwrap();
    newcomers(work.path());
    let run = |args: &[&str]| newcomer_runs(&binary, args, work.path());
    assert!(run(&["--version"]).starts_with("pactboard "));
    run(&["init", "m.toml"]);
    assert!(run(&["check", "m.toml"]).contains("ok:"));
    assert!(run(&["snapshot", "m.toml"]).contains("India"));
    assert!(run(&["report", "m.toml"]).contains("India"));
    // The working copy of the bundled model, as `pactboard` alone would open it.
    assert!(run(&["snapshot"]).contains("India"));
    readme_tour(&run, work.path());
    the_dashboard_opens_and_quits(&binary, work.path());
}

/// The README's other commands, each as it shows them, from the archive's binary; what they
/// write is looked at.
fn readme_tour(run: &dyn Fn(&[&str]) -> String, work: &Path) {
    let model = work.join("m.toml");
    run(&[
        "set",
        "m.toml",
        "moc-signed",
        "at_risk",
        "--note",
        "from the archive",
    ]);
    run(&[
        "add",
        "milestone",
        "m.toml",
        "--title",
        "Tried from the archive",
        "--pillar",
        "people-to-people",
        "--id",
        "archive-tried",
    ]);
    run(&["edit", "m.toml", "archive-tried", "--owner", "METI"]);
    assert!(
        fs::read_to_string(&model)
            .unwrap()
            .contains("owner = \"METI\"")
    );
    run(&["remove", "m.toml", "archive-tried"]);
    run(&[
        "add",
        "entry",
        "m.toml",
        "japan-investment",
        "--kind",
        "committed",
        "--amount",
        "¥500 billion",
    ]);
    let text = fs::read_to_string(&model).unwrap();
    assert!(text.contains("from the archive") && !text.contains("archive-tried"));
    assert!(run(&["check", "m.toml"]).contains("ok:"));
    assert!(run(&["report", "m.toml", "--format", "json"]).starts_with('{'));
    assert!(run(&["snapshot", "m.toml", "--view", "slide:1"]).contains("India"));
    run(&["export", "m.toml", "--format", "html", "--out", "pack.html"]);
    run(&["export", "m.toml", "--format", "svg", "--out", "svg"]);
    run(&["export", "m.toml", "--format", "pdf", "--out", "deck.pdf"]);
    assert!(
        fs::read_to_string(work.join("pack.html"))
            .unwrap()
            .contains("<html")
    );
    assert!(fs::read_dir(work.join("svg")).unwrap().count() > 5);
    assert!(
        fs::read(work.join("deck.pdf"))
            .unwrap()
            .starts_with(b"%PDF")
    );
    assert!(run(&["config", "path"]).contains("config.toml"));
    run(&["config", "show"]);
    assert!(run(&["completions", "bash"]).contains("pactboard"));
    assert!(run(&["man"]).contains(".TH"));
    // In git, as the README sets it up: the merge driver marked, the history read.
    let git = |args: &[&str]| {
        let identity = [
            "-c",
            "user.name=Newcomer",
            "-c",
            "user.email=new@example.org",
        ];
        newcomer_runs(Path::new("git"), &[&identity[..], args].concat(), work)
    };
    git(&["init", "-q"]);
    git(&["add", "m.toml"]);
    git(&["commit", "-q", "-m", "The model"]);
    run(&["git-setup", "m.toml"]);
    run(&["set", "m.toml", "moc-signed", "done", "--note", "signed"]);
    git(&["commit", "-q", "-am", "Signed"]);
    assert!(run(&["log", "m.toml"]).contains("Newcomer"));
}

/// `pactboard FILE` in a real terminal (tmux), as a newcomer: the dashboard is drawn and `q`
/// ends it. Said and skipped where tmux is not installed, unless `PACTBOARD_REQUIRE_TMUX`.
#[cfg(unix)]
fn the_dashboard_opens_and_quits(binary: &Path, work: &Path) {
    use common::tmux::{tmux, tmux_here};
    use std::time::{Duration, Instant};
    if !tmux_here() {
        return;
    }
    let socket = format!("pactboard-archive-{}", std::process::id());
    let who = if as_nobody() {
        format!(
            "setpriv --reuid={0} --regid={0} --clear-groups ",
            common::NOBODY
        )
    } else {
        String::new()
    };
    let done = work.join("quit");
    let command = format!(
        "{who}env -i HOME={0} XDG_CONFIG_HOME={0}/config XDG_DATA_HOME={0}/data PATH=/usr/bin:/bin TERM=xterm-256color {1} {0}/m.toml; touch {2}; sleep 30",
        work.display(),
        binary.display(),
        done.display()
    );
    let out = tmux(
        &socket,
        &[
            "new-session",
            "-d",
            "-s",
            "t",
            "-x",
            "100",
            "-y",
            "30",
            &command,
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let shown = |text: &str| {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let capture = tmux(&socket, &["capture-pane", "-p", "-t", "t"]);
            let screen = String::from_utf8_lossy(&capture.stdout).into_owned();
            if screen.contains(text) || Instant::now() > deadline {
                return screen;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    };
    let screen = shown("India");
    tmux(&socket, &["send-keys", "-t", "t", "q"]);
    let deadline = Instant::now() + Duration::from_secs(10);
    while !done.exists() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(50));
    }
    tmux(&socket, &["kill-server"]);
    assert!(
        screen.contains("India"),
        "the dashboard was not drawn:\n{screen}"
    );
    assert!(done.exists(), "`q` did not end the dashboard:\n{screen}");
}

#[cfg(not(unix))]
fn the_dashboard_opens_and_quits(_: &Path, _: &Path) {}

/// Serves the files of `dir` over HTTP on a port of this machine, as the releases page serves
/// them (GET only, one request per connection), for as long as the tests run.
fn serve(dir: PathBuf) -> String {
    use std::io::{BufRead, BufReader, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let address = format!("http://{}", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let mut reader = BufReader::new(&stream);
            let mut request = String::new();
            if reader.read_line(&mut request).is_err() {
                continue;
            }
            // The headers, to their end.
            let mut line = String::new();
            while reader.read_line(&mut line).is_ok_and(|n| n > 2) {
                line.clear();
            }
            let name = request
                .split(' ')
                .nth(1)
                .unwrap_or("/")
                .trim_start_matches('/');
            let file = (!name.contains("..")).then(|| dir.join(name));
            let mut stream = &stream;
            let _ = match file.and_then(|f| fs::read(f).ok()) {
                Some(body) => stream
                    .write_all(
                        format!(
                            "HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                            body.len()
                        )
                        .as_bytes(),
                    )
                    .and_then(|()| stream.write_all(&body)),
                None => stream.write_all(
                    b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
                ),
            };
        }
    });
    address
}

#[test]
fn the_shell_installer_puts_a_working_pactboard_on_the_path_with_one_command() {
    let Some(archive) = archive() else { return };
    let folder = archive.parent().unwrap().to_path_buf();
    let installer = folder.join("pactboard-installer.sh");
    if !installer.is_file() {
        eprintln!(
            "skipped: no pactboard-installer.sh beside the archive (`dist build --artifacts=all`)"
        );
        return;
    }
    // The releases page stood in for by this machine; a home with nothing in it, no Rust.
    let url = serve(folder);
    let home = tempfile::tempdir().unwrap();
    newcomers(home.path());
    // The README's one command, with this machine's address for GitHub's (and so without
    // `--proto '=https'`): the installer is fetched, not read from the build folder.
    let out = as_newcomer(&mut Command::new("sh"))
        .args([
            "-c",
            "curl -LsSf \"$PACTBOARD_DOWNLOAD_URL/pactboard-installer.sh\" | sh",
        ])
        .env_clear()
        .env("HOME", home.path())
        .env("PATH", "/usr/bin:/bin")
        .env("PACTBOARD_DOWNLOAD_URL", &url)
        .output()
        .unwrap();
    let said =
        String::from_utf8_lossy(&out.stderr).into_owned() + &String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{said}");
    let installed = home.path().join(".cargo/bin/pactboard");
    assert!(installed.is_file(), "{said}");
    // On the PATH of a new login shell (the installer added it to ~/.profile). As `nobody`,
    // the shell first makes sure no Rust is within reach (elsewhere a system cargo may be).
    let no_rust = if as_nobody() {
        "! command -v cargo && ! command -v rustc && ! test -x /root/.cargo/bin/cargo && "
    } else {
        ""
    };
    let script = format!(
        ". \"$HOME/.profile\" && cd \"$HOME\" && {no_rust}\
         pactboard init m.toml && pactboard check m.toml"
    );
    let out = as_newcomer(&mut Command::new("sh"))
        .args(["-c", &script])
        .env_clear()
        .env("HOME", home.path())
        .env("PATH", "/usr/bin:/bin")
        .env("PACTBOARD_TODAY", common::today().to_string())
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "{said}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(said.contains("m.toml: ok"), "{said}");
}
