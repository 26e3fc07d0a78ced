
use builtin;
use str;

set edit:completion:arg-completer[pactboard] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'pactboard'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'pactboard'= {
            cand --today 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]'
            cand --log 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)'
            cand --theme 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]'
            cand --lang 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides'' headings) [default: the config file''s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]'
            cand --symbols 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file''s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]'
            cand --autosave 'Save after every change (for meetings)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand check 'Validate files and print every problem with its line, column and a caret'
            cand set 'Change one milestone''s status, with a history entry, and save the file safely'
            cand add 'Add a milestone, an entry of a target, a source or a pillar, and save the file safely'
            cand edit 'Change fields of one milestone (title, pillar, objective, due, owner, weight, notes, source)'
            cand remove 'Remove one milestone: its table, its history, and a comment directly above it'
            cand init 'Write the bundled India–Japan model to FILE as a starting point (never overwrites)'
            cand git-setup 'Mark partnership files for pactboard''s merge in .gitattributes and configure the driver'
            cand merge-driver 'The merge driver git runs for a file marked merge=pactboard (see git-setup)'
            cand resolve 'Settle a merge that left a partnership file in conflict, asking which side stands'
            cand completions 'Print a completion script for a shell'
            cand config 'Where the config file is, and the settings in force with where each came from'
            cand man 'Print the manual page (roff), for `man -l -` or a man folder'
            cand present 'Present the model full-screen as slides, for meetings'
            cand snapshot 'Print one screen of the dashboard as plain text, without a terminal'
            cand report 'Summarise progress, pillars, targets, overdue and upcoming milestones for meeting minutes'
            cand log 'Every change to the model in the file''s git history, with authors, newest first'
            cand export 'Write the views and slides as files for people who were not at the terminal'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pactboard;check'= {
            cand --max-errors 'The most problems printed for one file (the rest are counted)'
            cand --format 'Text for people, JSON for editors and scripts'
            cand --today 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]'
            cand --log 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)'
            cand --theme 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]'
            cand --lang 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides'' headings) [default: the config file''s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]'
            cand --symbols 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file''s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'pactboard;set'= {
            cand --note 'Why, recorded in the history entry'
            cand --on 'When the change happened: a day (2026-01-10, yesterday, -3d, -2w) or a day and a time (2026-01-10 14:30, 2026-01-10T14:30+09:00); a past day is recorded as a day, with no invented time [default: now]'
            cand --today 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]'
            cand --log 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)'
            cand --theme 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]'
            cand --lang 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides'' headings) [default: the config file''s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]'
            cand --symbols 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file''s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]'
            cand --force 'Record a date before the last recorded change (in time order), and write the file even if it is marked read-only (never one you may not write)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'pactboard;add'= {
            cand --today 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]'
            cand --log 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)'
            cand --theme 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]'
            cand --lang 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides'' headings) [default: the config file''s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]'
            cand --symbols 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file''s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand milestone 'A milestone, after the file''s last one'
            cand entry 'A reported amount of a target (announced, committed or realized)'
            cand source 'A source (an article, a joint statement), after the file''s last one'
            cand pillar 'A pillar, after the file''s last one'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pactboard;add;milestone'= {
            cand --title 'The title'
            cand --pillar 'The pillar''s id'
            cand --objective 'The objective''s id (`""` removes it)'
            cand --due 'The due date: YYYY-MM-DD, today, tomorrow, +2w, +3m, end of quarter, FY26 Q3, end of fiscal year (`""` removes it)'
            cand --owner 'Who owns it (`""` removes it)'
            cand --weight 'Its weight in progress figures, above zero (1 when not given)'
            cand --notes 'Notes (`""` removes them)'
            cand --source 'The source''s id (`""` removes it)'
            cand --id 'The id [default: made from the title, unique in the file]'
            cand --status 'The status it starts with'
            cand --today 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]'
            cand --log 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)'
            cand --theme 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]'
            cand --lang 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides'' headings) [default: the config file''s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]'
            cand --symbols 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file''s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]'
            cand --force 'Write the file even if it is marked read-only (never one you may not write); with `add entry`, record an entry the target already has (same kind, amount and date)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'pactboard;add;entry'= {
            cand --kind 'announced, committed or realized'
            cand --amount 'The amount, in the target''s unit'
            cand --on 'The date it was reported (YYYY-MM-DD, today, +2w...) [default: --today, else today]'
            cand --source 'The source''s id'
            cand --note 'A note'
            cand --today 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]'
            cand --log 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)'
            cand --theme 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]'
            cand --lang 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides'' headings) [default: the config file''s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]'
            cand --symbols 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file''s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]'
            cand --force 'Write the file even if it is marked read-only (never one you may not write); with `add entry`, record an entry the target already has (same kind, amount and date)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'pactboard;add;source'= {
            cand --title 'The title'
            cand --id 'The id [default: made from the title, unique in the file]'
            cand --url 'Where it can be read'
            cand --publisher 'Who published it'
            cand --published 'When it was published'
            cand --note 'A note'
            cand --today 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]'
            cand --log 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)'
            cand --theme 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]'
            cand --lang 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides'' headings) [default: the config file''s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]'
            cand --symbols 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file''s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]'
            cand --force 'Write the file even if it is marked read-only (never one you may not write); with `add entry`, record an entry the target already has (same kind, amount and date)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'pactboard;add;pillar'= {
            cand --title 'The title'
            cand --id 'The id [default: made from the title, unique in the file]'
            cand --summary 'A summary'
            cand --source 'The source''s id'
            cand --today 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]'
            cand --log 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)'
            cand --theme 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]'
            cand --lang 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides'' headings) [default: the config file''s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]'
            cand --symbols 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file''s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]'
            cand --force 'Write the file even if it is marked read-only (never one you may not write); with `add entry`, record an entry the target already has (same kind, amount and date)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'pactboard;add;help'= {
            cand milestone 'A milestone, after the file''s last one'
            cand entry 'A reported amount of a target (announced, committed or realized)'
            cand source 'A source (an article, a joint statement), after the file''s last one'
            cand pillar 'A pillar, after the file''s last one'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pactboard;add;help;milestone'= {
        }
        &'pactboard;add;help;entry'= {
        }
        &'pactboard;add;help;source'= {
        }
        &'pactboard;add;help;pillar'= {
        }
        &'pactboard;add;help;help'= {
        }
        &'pactboard;edit'= {
            cand --title 'The title'
            cand --pillar 'The pillar''s id'
            cand --objective 'The objective''s id (`""` removes it)'
            cand --due 'The due date: YYYY-MM-DD, today, tomorrow, +2w, +3m, end of quarter, FY26 Q3, end of fiscal year (`""` removes it)'
            cand --owner 'Who owns it (`""` removes it)'
            cand --weight 'Its weight in progress figures, above zero (1 when not given)'
            cand --notes 'Notes (`""` removes them)'
            cand --source 'The source''s id (`""` removes it)'
            cand --today 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]'
            cand --log 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)'
            cand --theme 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]'
            cand --lang 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides'' headings) [default: the config file''s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]'
            cand --symbols 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file''s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]'
            cand --force 'Write the file even if it is marked read-only (never one you may not write); with `add entry`, record an entry the target already has (same kind, amount and date)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand pillar 'A pillar''s title, summary or source, in place (its id stays)'
            cand source 'A source''s title, address, publisher, date or note, in place (its id stays)'
            cand entry 'One entry of a target: its amount, kind, date or note (a wrong amount fixed)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pactboard;edit;pillar'= {
            cand --title 'The pillar''s title (another pillar may not have it)'
            cand --summary 'Its summary'
            cand --source 'The id of the source it comes from'
            cand --today 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]'
            cand --log 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)'
            cand --theme 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]'
            cand --lang 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides'' headings) [default: the config file''s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]'
            cand --symbols 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file''s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]'
            cand --force 'Write the file even if it is marked read-only (never one you may not write); with `add entry`, record an entry the target already has (same kind, amount and date)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'pactboard;edit;source'= {
            cand --title 'The source''s title'
            cand --url 'Its address'
            cand --publisher 'Who published it'
            cand --published 'When it was published (YYYY-MM-DD)'
            cand --note 'A note'
            cand --today 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]'
            cand --log 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)'
            cand --theme 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]'
            cand --lang 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides'' headings) [default: the config file''s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]'
            cand --symbols 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file''s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]'
            cand --force 'Write the file even if it is marked read-only (never one you may not write); with `add entry`, record an entry the target already has (same kind, amount and date)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'pactboard;edit;entry'= {
            cand --amount 'The amount, as officials write it (`¥500 billion`, `5000億円`, `₹2 lakh crore`)'
            cand --kind 'announced, committed or realized'
            cand --on 'The entry''s date (YYYY-MM-DD, today, +2w…)'
            cand --note 'A note ("" removes it)'
            cand --today 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]'
            cand --log 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)'
            cand --theme 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]'
            cand --lang 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides'' headings) [default: the config file''s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]'
            cand --symbols 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file''s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]'
            cand --force 'Write the file even if it is marked read-only (never one you may not write); with `add entry`, record an entry the target already has (same kind, amount and date)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'pactboard;edit;help'= {
            cand pillar 'A pillar''s title, summary or source, in place (its id stays)'
            cand source 'A source''s title, address, publisher, date or note, in place (its id stays)'
            cand entry 'One entry of a target: its amount, kind, date or note (a wrong amount fixed)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pactboard;edit;help;pillar'= {
        }
        &'pactboard;edit;help;source'= {
        }
        &'pactboard;edit;help;entry'= {
        }
        &'pactboard;edit;help;help'= {
        }
        &'pactboard;remove'= {
            cand --today 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]'
            cand --log 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)'
            cand --theme 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]'
            cand --lang 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides'' headings) [default: the config file''s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]'
            cand --symbols 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file''s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]'
            cand --force 'Write the file even if it is marked read-only (never one you may not write); with `add entry`, record an entry the target already has (same kind, amount and date)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand entry 'One entry of a target (without NUMBER, the target''s entries are listed with theirs)'
            cand source 'A source nothing refers to (else what refers to it is listed)'
            cand pillar 'A pillar nothing refers to (else its milestones, objectives and targets are listed)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pactboard;remove;entry'= {
            cand --today 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]'
            cand --log 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)'
            cand --theme 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]'
            cand --lang 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides'' headings) [default: the config file''s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]'
            cand --symbols 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file''s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]'
            cand --force 'Write the file even if it is marked read-only (never one you may not write); with `add entry`, record an entry the target already has (same kind, amount and date)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'pactboard;remove;source'= {
            cand --today 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]'
            cand --log 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)'
            cand --theme 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]'
            cand --lang 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides'' headings) [default: the config file''s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]'
            cand --symbols 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file''s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]'
            cand --force 'Write the file even if it is marked read-only (never one you may not write); with `add entry`, record an entry the target already has (same kind, amount and date)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'pactboard;remove;pillar'= {
            cand --today 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]'
            cand --log 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)'
            cand --theme 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]'
            cand --lang 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides'' headings) [default: the config file''s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]'
            cand --symbols 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file''s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]'
            cand --force 'Write the file even if it is marked read-only (never one you may not write); with `add entry`, record an entry the target already has (same kind, amount and date)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'pactboard;remove;help'= {
            cand entry 'One entry of a target (without NUMBER, the target''s entries are listed with theirs)'
            cand source 'A source nothing refers to (else what refers to it is listed)'
            cand pillar 'A pillar nothing refers to (else its milestones, objectives and targets are listed)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pactboard;remove;help;entry'= {
        }
        &'pactboard;remove;help;source'= {
        }
        &'pactboard;remove;help;pillar'= {
        }
        &'pactboard;remove;help;help'= {
        }
        &'pactboard;init'= {
            cand --today 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]'
            cand --log 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)'
            cand --theme 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]'
            cand --lang 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides'' headings) [default: the config file''s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]'
            cand --symbols 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file''s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'pactboard;git-setup'= {
            cand --today 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]'
            cand --log 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)'
            cand --theme 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]'
            cand --lang 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides'' headings) [default: the config file''s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]'
            cand --symbols 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file''s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'pactboard;merge-driver'= {
            cand --today 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]'
            cand --log 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)'
            cand --theme 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]'
            cand --lang 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides'' headings) [default: the config file''s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]'
            cand --symbols 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file''s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'pactboard;resolve'= {
            cand --today 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]'
            cand --log 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)'
            cand --theme 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]'
            cand --lang 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides'' headings) [default: the config file''s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]'
            cand --symbols 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file''s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'pactboard;completions'= {
            cand --today 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]'
            cand --log 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)'
            cand --theme 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]'
            cand --lang 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides'' headings) [default: the config file''s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]'
            cand --symbols 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file''s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'pactboard;config'= {
            cand --today 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]'
            cand --log 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)'
            cand --theme 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]'
            cand --lang 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides'' headings) [default: the config file''s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]'
            cand --symbols 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file''s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand path 'Print where the config file is read from (whether or not it exists)'
            cand show 'Print each setting in force and where it came from'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pactboard;config;path'= {
            cand --today 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]'
            cand --log 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)'
            cand --theme 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]'
            cand --lang 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides'' headings) [default: the config file''s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]'
            cand --symbols 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file''s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'pactboard;config;show'= {
            cand --today 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]'
            cand --log 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)'
            cand --theme 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]'
            cand --lang 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides'' headings) [default: the config file''s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]'
            cand --symbols 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file''s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'pactboard;config;help'= {
            cand path 'Print where the config file is read from (whether or not it exists)'
            cand show 'Print each setting in force and where it came from'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pactboard;config;help;path'= {
        }
        &'pactboard;config;help;show'= {
        }
        &'pactboard;config;help;help'= {
        }
        &'pactboard;man'= {
            cand --today 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]'
            cand --log 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)'
            cand --theme 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]'
            cand --lang 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides'' headings) [default: the config file''s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]'
            cand --symbols 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file''s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'pactboard;present'= {
            cand --since 'Add a slide of the changes since this date or git revision (see `report --help`)'
            cand --slides 'The slides, in order: names separated by commas (see `present --help`) [default: the model''s [deck], or title,overview,money,since,decisions,agreements,pillars,quiet,coming-up,summary]'
            cand --today 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]'
            cand --log 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)'
            cand --theme 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]'
            cand --lang 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides'' headings) [default: the config file''s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]'
            cand --symbols 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file''s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]'
            cand --speaker 'Show the speaker view: the current slide small, the next one, the clock, the notes; its keys move every screen that follows the same file'
            cand --follow 'Follow the presenter of the same file (a second screen in the room): read-only, on the presenter''s slide; without --slides and --since, the presenter''s'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'pactboard;snapshot'= {
            cand --view 'overview, pillars, milestones, timeline, targets, or slide:N for slide N of the presentation'
            cand --since 'With slide:N, the presentation''s "since" slide from this date or git revision'
            cand --slides 'The slides, in order: names separated by commas (see `present --help`) [default: the model''s [deck], or title,overview,money,since,decisions,agreements,pillars,quiet,coming-up,summary]'
            cand --width 'Columns of the screen'
            cand --height 'Rows of the screen'
            cand --format 'Plain text, or an SVG image drawn from the same screen (colours in the --theme)'
            cand --today 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]'
            cand --log 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)'
            cand --theme 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]'
            cand --lang 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides'' headings) [default: the config file''s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]'
            cand --symbols 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file''s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'pactboard;report'= {
            cand --format 'Markdown for people, JSON for scripts'
            cand --since 'Also list the changes since this date (the status changes recorded from then on) or this git revision of the file (a tag, a commit, HEAD~3: the model then compared with now, hand edits included)'
            cand --today 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]'
            cand --log 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)'
            cand --theme 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]'
            cand --lang 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides'' headings) [default: the config file''s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]'
            cand --symbols 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file''s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'pactboard;log'= {
            cand --since 'Only commits made on or after this date, or after this revision (a tag such as meeting-2025-09, a commit, HEAD~3)'
            cand --until 'Only commits up to this revision (and not the uncommitted changes)'
            cand --format 'Text for people, Markdown for minutes, JSON for scripts'
            cand --today 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]'
            cand --log 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)'
            cand --theme 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]'
            cand --lang 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides'' headings) [default: the config file''s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]'
            cand --symbols 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file''s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'pactboard;export'= {
            cand --format 'What to write'
            cand --out 'Where to write [default: the file''s name with .html or .pdf, or with -svg for a folder, in the current folder]'
            cand --since 'Add the presentation''s slide of the changes since this date or git revision (see `report --help`)'
            cand --slides 'The slides, in order: names separated by commas (see `present --help`) [default: the model''s [deck], or title,overview,money,since,decisions,agreements,pillars,quiet,coming-up,summary]'
            cand --width 'Columns of each screen'
            cand --height 'Rows of each screen'
            cand --font 'pdf: a font file, or a folder of fonts, tried before the system''s for every script (may be given more than once)'
            cand --today 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]'
            cand --log 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)'
            cand --theme 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]'
            cand --lang 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides'' headings) [default: the config file''s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]'
            cand --symbols 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file''s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]'
            cand --force 'Write into an --out that exists (its files of the same names are replaced)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'pactboard;help'= {
            cand check 'Validate files and print every problem with its line, column and a caret'
            cand set 'Change one milestone''s status, with a history entry, and save the file safely'
            cand add 'Add a milestone, an entry of a target, a source or a pillar, and save the file safely'
            cand edit 'Change fields of one milestone (title, pillar, objective, due, owner, weight, notes, source)'
            cand remove 'Remove one milestone: its table, its history, and a comment directly above it'
            cand init 'Write the bundled India–Japan model to FILE as a starting point (never overwrites)'
            cand git-setup 'Mark partnership files for pactboard''s merge in .gitattributes and configure the driver'
            cand merge-driver 'The merge driver git runs for a file marked merge=pactboard (see git-setup)'
            cand resolve 'Settle a merge that left a partnership file in conflict, asking which side stands'
            cand completions 'Print a completion script for a shell'
            cand config 'Where the config file is, and the settings in force with where each came from'
            cand man 'Print the manual page (roff), for `man -l -` or a man folder'
            cand present 'Present the model full-screen as slides, for meetings'
            cand snapshot 'Print one screen of the dashboard as plain text, without a terminal'
            cand report 'Summarise progress, pillars, targets, overdue and upcoming milestones for meeting minutes'
            cand log 'Every change to the model in the file''s git history, with authors, newest first'
            cand export 'Write the views and slides as files for people who were not at the terminal'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pactboard;help;check'= {
        }
        &'pactboard;help;set'= {
        }
        &'pactboard;help;add'= {
            cand milestone 'A milestone, after the file''s last one'
            cand entry 'A reported amount of a target (announced, committed or realized)'
            cand source 'A source (an article, a joint statement), after the file''s last one'
            cand pillar 'A pillar, after the file''s last one'
        }
        &'pactboard;help;add;milestone'= {
        }
        &'pactboard;help;add;entry'= {
        }
        &'pactboard;help;add;source'= {
        }
        &'pactboard;help;add;pillar'= {
        }
        &'pactboard;help;edit'= {
            cand pillar 'A pillar''s title, summary or source, in place (its id stays)'
            cand source 'A source''s title, address, publisher, date or note, in place (its id stays)'
            cand entry 'One entry of a target: its amount, kind, date or note (a wrong amount fixed)'
        }
        &'pactboard;help;edit;pillar'= {
        }
        &'pactboard;help;edit;source'= {
        }
        &'pactboard;help;edit;entry'= {
        }
        &'pactboard;help;remove'= {
            cand entry 'One entry of a target (without NUMBER, the target''s entries are listed with theirs)'
            cand source 'A source nothing refers to (else what refers to it is listed)'
            cand pillar 'A pillar nothing refers to (else its milestones, objectives and targets are listed)'
        }
        &'pactboard;help;remove;entry'= {
        }
        &'pactboard;help;remove;source'= {
        }
        &'pactboard;help;remove;pillar'= {
        }
        &'pactboard;help;init'= {
        }
        &'pactboard;help;git-setup'= {
        }
        &'pactboard;help;merge-driver'= {
        }
        &'pactboard;help;resolve'= {
        }
        &'pactboard;help;completions'= {
        }
        &'pactboard;help;config'= {
            cand path 'Print where the config file is read from (whether or not it exists)'
            cand show 'Print each setting in force and where it came from'
        }
        &'pactboard;help;config;path'= {
        }
        &'pactboard;help;config;show'= {
        }
        &'pactboard;help;man'= {
        }
        &'pactboard;help;present'= {
        }
        &'pactboard;help;snapshot'= {
        }
        &'pactboard;help;report'= {
        }
        &'pactboard;help;log'= {
        }
        &'pactboard;help;export'= {
        }
        &'pactboard;help;help'= {
        }
    ]
    $completions[$command]
}
