# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_pactboard_global_optspecs
    string join \n today= log= theme= lang= symbols= autosave h/help V/version
end

function __fish_pactboard_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_pactboard_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_pactboard_using_subcommand
    set -l cmd (__fish_pactboard_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c pactboard -n "__fish_pactboard_needs_command" -l today -d 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]' -r
complete -c pactboard -n "__fish_pactboard_needs_command" -l log -d 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)' -r -F
complete -c pactboard -n "__fish_pactboard_needs_command" -l theme -d 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]' -r -f -a "dark\t''
light\t''
high-contrast\t''
mono\t''"
complete -c pactboard -n "__fish_pactboard_needs_command" -l lang -d 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides\' headings) [default: the config file\'s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]' -r
complete -c pactboard -n "__fish_pactboard_needs_command" -l symbols -d 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file\'s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]' -r -f -a "unicode\t'Box drawing, block elements, braille and the status marks'
ascii\t'ASCII only, for terminals whose fonts lack those (the Linux console)'"
complete -c pactboard -n "__fish_pactboard_needs_command" -l autosave -d 'Save after every change (for meetings)'
complete -c pactboard -n "__fish_pactboard_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pactboard -n "__fish_pactboard_needs_command" -s V -l version -d 'Print version'
complete -c pactboard -n "__fish_pactboard_needs_command" -a "check" -d 'Validate files and print every problem with its line, column and a caret'
complete -c pactboard -n "__fish_pactboard_needs_command" -a "set" -d 'Change one milestone\'s status, with a history entry, and save the file safely'
complete -c pactboard -n "__fish_pactboard_needs_command" -a "add" -d 'Add a milestone, an entry of a target, a source or a pillar, and save the file safely'
complete -c pactboard -n "__fish_pactboard_needs_command" -a "edit" -d 'Change fields of one milestone (title, pillar, objective, due, owner, weight, notes, source)'
complete -c pactboard -n "__fish_pactboard_needs_command" -a "remove" -d 'Remove one milestone: its table, its history, and a comment directly above it'
complete -c pactboard -n "__fish_pactboard_needs_command" -a "init" -d 'Write the bundled India–Japan model to FILE as a starting point (never overwrites)'
complete -c pactboard -n "__fish_pactboard_needs_command" -a "git-setup" -d 'Mark partnership files for pactboard\'s merge in .gitattributes and configure the driver'
complete -c pactboard -n "__fish_pactboard_needs_command" -a "merge-driver" -d 'The merge driver git runs for a file marked merge=pactboard (see git-setup)'
complete -c pactboard -n "__fish_pactboard_needs_command" -a "resolve" -d 'Settle a merge that left a partnership file in conflict, asking which side stands'
complete -c pactboard -n "__fish_pactboard_needs_command" -a "completions" -d 'Print a completion script for a shell'
complete -c pactboard -n "__fish_pactboard_needs_command" -a "config" -d 'Where the config file is, and the settings in force with where each came from'
complete -c pactboard -n "__fish_pactboard_needs_command" -a "man" -d 'Print the manual page (roff), for `man -l -` or a man folder'
complete -c pactboard -n "__fish_pactboard_needs_command" -a "present" -d 'Present the model full-screen as slides, for meetings'
complete -c pactboard -n "__fish_pactboard_needs_command" -a "snapshot" -d 'Print one screen of the dashboard as plain text, without a terminal'
complete -c pactboard -n "__fish_pactboard_needs_command" -a "report" -d 'Summarise progress, pillars, targets, overdue and upcoming milestones for meeting minutes'
complete -c pactboard -n "__fish_pactboard_needs_command" -a "log" -d 'Every change to the model in the file\'s git history, with authors, newest first'
complete -c pactboard -n "__fish_pactboard_needs_command" -a "export" -d 'Write the views and slides as files for people who were not at the terminal'
complete -c pactboard -n "__fish_pactboard_needs_command" -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pactboard -n "__fish_pactboard_using_subcommand check" -l max-errors -d 'The most problems printed for one file (the rest are counted)' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand check" -l format -d 'Text for people, JSON for editors and scripts' -r -f -a "text\t''
json\t''"
complete -c pactboard -n "__fish_pactboard_using_subcommand check" -l today -d 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand check" -l log -d 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)' -r -F
complete -c pactboard -n "__fish_pactboard_using_subcommand check" -l theme -d 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]' -r -f -a "dark\t''
light\t''
high-contrast\t''
mono\t''"
complete -c pactboard -n "__fish_pactboard_using_subcommand check" -l lang -d 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides\' headings) [default: the config file\'s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand check" -l symbols -d 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file\'s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]' -r -f -a "unicode\t'Box drawing, block elements, braille and the status marks'
ascii\t'ASCII only, for terminals whose fonts lack those (the Linux console)'"
complete -c pactboard -n "__fish_pactboard_using_subcommand check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pactboard -n "__fish_pactboard_using_subcommand set" -l note -d 'Why, recorded in the history entry' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand set" -l on -d 'When the change happened: a day (2026-01-10, yesterday, -3d, -2w) or a day and a time (2026-01-10 14:30, 2026-01-10T14:30+09:00); a past day is recorded as a day, with no invented time [default: now]' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand set" -l today -d 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand set" -l log -d 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)' -r -F
complete -c pactboard -n "__fish_pactboard_using_subcommand set" -l theme -d 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]' -r -f -a "dark\t''
light\t''
high-contrast\t''
mono\t''"
complete -c pactboard -n "__fish_pactboard_using_subcommand set" -l lang -d 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides\' headings) [default: the config file\'s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand set" -l symbols -d 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file\'s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]' -r -f -a "unicode\t'Box drawing, block elements, braille and the status marks'
ascii\t'ASCII only, for terminals whose fonts lack those (the Linux console)'"
complete -c pactboard -n "__fish_pactboard_using_subcommand set" -l force -d 'Record a date before the last recorded change (in time order), and write the file even if it is marked read-only (never one you may not write)'
complete -c pactboard -n "__fish_pactboard_using_subcommand set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pactboard -n "__fish_pactboard_using_subcommand add; and not __fish_seen_subcommand_from milestone entry source pillar help" -l today -d 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand add; and not __fish_seen_subcommand_from milestone entry source pillar help" -l log -d 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)' -r -F
complete -c pactboard -n "__fish_pactboard_using_subcommand add; and not __fish_seen_subcommand_from milestone entry source pillar help" -l theme -d 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]' -r -f -a "dark\t''
light\t''
high-contrast\t''
mono\t''"
complete -c pactboard -n "__fish_pactboard_using_subcommand add; and not __fish_seen_subcommand_from milestone entry source pillar help" -l lang -d 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides\' headings) [default: the config file\'s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand add; and not __fish_seen_subcommand_from milestone entry source pillar help" -l symbols -d 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file\'s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]' -r -f -a "unicode\t'Box drawing, block elements, braille and the status marks'
ascii\t'ASCII only, for terminals whose fonts lack those (the Linux console)'"
complete -c pactboard -n "__fish_pactboard_using_subcommand add; and not __fish_seen_subcommand_from milestone entry source pillar help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pactboard -n "__fish_pactboard_using_subcommand add; and not __fish_seen_subcommand_from milestone entry source pillar help" -f -a "milestone" -d 'A milestone, after the file\'s last one'
complete -c pactboard -n "__fish_pactboard_using_subcommand add; and not __fish_seen_subcommand_from milestone entry source pillar help" -f -a "entry" -d 'A reported amount of a target (announced, committed or realized)'
complete -c pactboard -n "__fish_pactboard_using_subcommand add; and not __fish_seen_subcommand_from milestone entry source pillar help" -f -a "source" -d 'A source (an article, a joint statement), after the file\'s last one'
complete -c pactboard -n "__fish_pactboard_using_subcommand add; and not __fish_seen_subcommand_from milestone entry source pillar help" -f -a "pillar" -d 'A pillar, after the file\'s last one'
complete -c pactboard -n "__fish_pactboard_using_subcommand add; and not __fish_seen_subcommand_from milestone entry source pillar help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pactboard -n "__fish_pactboard_using_subcommand add; and __fish_seen_subcommand_from milestone" -l title -d 'The title' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand add; and __fish_seen_subcommand_from milestone" -l pillar -d 'The pillar\'s id' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand add; and __fish_seen_subcommand_from milestone" -l objective -d 'The objective\'s id (`""` removes it)' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand add; and __fish_seen_subcommand_from milestone" -l due -d 'The due date: YYYY-MM-DD, today, tomorrow, +2w, +3m, end of quarter, FY26 Q3, end of fiscal year (`""` removes it)' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand add; and __fish_seen_subcommand_from milestone" -l owner -d 'Who owns it (`""` removes it)' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand add; and __fish_seen_subcommand_from milestone" -l weight -d 'Its weight in progress figures, above zero (1 when not given)' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand add; and __fish_seen_subcommand_from milestone" -l notes -d 'Notes (`""` removes them)' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand add; and __fish_seen_subcommand_from milestone" -l source -d 'The source\'s id (`""` removes it)' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand add; and __fish_seen_subcommand_from milestone" -l id -d 'The id [default: made from the title, unique in the file]' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand add; and __fish_seen_subcommand_from milestone" -l status -d 'The status it starts with' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand add; and __fish_seen_subcommand_from milestone" -l today -d 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand add; and __fish_seen_subcommand_from milestone" -l log -d 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)' -r -F
complete -c pactboard -n "__fish_pactboard_using_subcommand add; and __fish_seen_subcommand_from milestone" -l theme -d 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]' -r -f -a "dark\t''
light\t''
high-contrast\t''
mono\t''"
complete -c pactboard -n "__fish_pactboard_using_subcommand add; and __fish_seen_subcommand_from milestone" -l lang -d 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides\' headings) [default: the config file\'s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand add; and __fish_seen_subcommand_from milestone" -l symbols -d 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file\'s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]' -r -f -a "unicode\t'Box drawing, block elements, braille and the status marks'
ascii\t'ASCII only, for terminals whose fonts lack those (the Linux console)'"
complete -c pactboard -n "__fish_pactboard_using_subcommand add; and __fish_seen_subcommand_from milestone" -l force -d 'Write the file even if it is marked read-only (never one you may not write); with `add entry`, record an entry the target already has (same kind, amount and date)'
complete -c pactboard -n "__fish_pactboard_using_subcommand add; and __fish_seen_subcommand_from milestone" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pactboard -n "__fish_pactboard_using_subcommand add; and __fish_seen_subcommand_from entry" -l kind -d 'announced, committed or realized' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand add; and __fish_seen_subcommand_from entry" -l amount -d 'The amount, in the target\'s unit' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand add; and __fish_seen_subcommand_from entry" -l on -d 'The date it was reported (YYYY-MM-DD, today, +2w...) [default: --today, else today]' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand add; and __fish_seen_subcommand_from entry" -l source -d 'The source\'s id' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand add; and __fish_seen_subcommand_from entry" -l note -d 'A note' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand add; and __fish_seen_subcommand_from entry" -l today -d 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand add; and __fish_seen_subcommand_from entry" -l log -d 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)' -r -F
complete -c pactboard -n "__fish_pactboard_using_subcommand add; and __fish_seen_subcommand_from entry" -l theme -d 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]' -r -f -a "dark\t''
light\t''
high-contrast\t''
mono\t''"
complete -c pactboard -n "__fish_pactboard_using_subcommand add; and __fish_seen_subcommand_from entry" -l lang -d 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides\' headings) [default: the config file\'s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand add; and __fish_seen_subcommand_from entry" -l symbols -d 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file\'s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]' -r -f -a "unicode\t'Box drawing, block elements, braille and the status marks'
ascii\t'ASCII only, for terminals whose fonts lack those (the Linux console)'"
complete -c pactboard -n "__fish_pactboard_using_subcommand add; and __fish_seen_subcommand_from entry" -l force -d 'Write the file even if it is marked read-only (never one you may not write); with `add entry`, record an entry the target already has (same kind, amount and date)'
complete -c pactboard -n "__fish_pactboard_using_subcommand add; and __fish_seen_subcommand_from entry" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pactboard -n "__fish_pactboard_using_subcommand add; and __fish_seen_subcommand_from source" -l title -d 'The title' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand add; and __fish_seen_subcommand_from source" -l id -d 'The id [default: made from the title, unique in the file]' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand add; and __fish_seen_subcommand_from source" -l url -d 'Where it can be read' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand add; and __fish_seen_subcommand_from source" -l publisher -d 'Who published it' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand add; and __fish_seen_subcommand_from source" -l published -d 'When it was published' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand add; and __fish_seen_subcommand_from source" -l note -d 'A note' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand add; and __fish_seen_subcommand_from source" -l today -d 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand add; and __fish_seen_subcommand_from source" -l log -d 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)' -r -F
complete -c pactboard -n "__fish_pactboard_using_subcommand add; and __fish_seen_subcommand_from source" -l theme -d 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]' -r -f -a "dark\t''
light\t''
high-contrast\t''
mono\t''"
complete -c pactboard -n "__fish_pactboard_using_subcommand add; and __fish_seen_subcommand_from source" -l lang -d 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides\' headings) [default: the config file\'s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand add; and __fish_seen_subcommand_from source" -l symbols -d 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file\'s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]' -r -f -a "unicode\t'Box drawing, block elements, braille and the status marks'
ascii\t'ASCII only, for terminals whose fonts lack those (the Linux console)'"
complete -c pactboard -n "__fish_pactboard_using_subcommand add; and __fish_seen_subcommand_from source" -l force -d 'Write the file even if it is marked read-only (never one you may not write); with `add entry`, record an entry the target already has (same kind, amount and date)'
complete -c pactboard -n "__fish_pactboard_using_subcommand add; and __fish_seen_subcommand_from source" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pactboard -n "__fish_pactboard_using_subcommand add; and __fish_seen_subcommand_from pillar" -l title -d 'The title' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand add; and __fish_seen_subcommand_from pillar" -l id -d 'The id [default: made from the title, unique in the file]' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand add; and __fish_seen_subcommand_from pillar" -l summary -d 'A summary' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand add; and __fish_seen_subcommand_from pillar" -l source -d 'The source\'s id' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand add; and __fish_seen_subcommand_from pillar" -l today -d 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand add; and __fish_seen_subcommand_from pillar" -l log -d 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)' -r -F
complete -c pactboard -n "__fish_pactboard_using_subcommand add; and __fish_seen_subcommand_from pillar" -l theme -d 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]' -r -f -a "dark\t''
light\t''
high-contrast\t''
mono\t''"
complete -c pactboard -n "__fish_pactboard_using_subcommand add; and __fish_seen_subcommand_from pillar" -l lang -d 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides\' headings) [default: the config file\'s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand add; and __fish_seen_subcommand_from pillar" -l symbols -d 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file\'s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]' -r -f -a "unicode\t'Box drawing, block elements, braille and the status marks'
ascii\t'ASCII only, for terminals whose fonts lack those (the Linux console)'"
complete -c pactboard -n "__fish_pactboard_using_subcommand add; and __fish_seen_subcommand_from pillar" -l force -d 'Write the file even if it is marked read-only (never one you may not write); with `add entry`, record an entry the target already has (same kind, amount and date)'
complete -c pactboard -n "__fish_pactboard_using_subcommand add; and __fish_seen_subcommand_from pillar" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pactboard -n "__fish_pactboard_using_subcommand add; and __fish_seen_subcommand_from help" -f -a "milestone" -d 'A milestone, after the file\'s last one'
complete -c pactboard -n "__fish_pactboard_using_subcommand add; and __fish_seen_subcommand_from help" -f -a "entry" -d 'A reported amount of a target (announced, committed or realized)'
complete -c pactboard -n "__fish_pactboard_using_subcommand add; and __fish_seen_subcommand_from help" -f -a "source" -d 'A source (an article, a joint statement), after the file\'s last one'
complete -c pactboard -n "__fish_pactboard_using_subcommand add; and __fish_seen_subcommand_from help" -f -a "pillar" -d 'A pillar, after the file\'s last one'
complete -c pactboard -n "__fish_pactboard_using_subcommand add; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pactboard -n "__fish_pactboard_using_subcommand edit; and not __fish_seen_subcommand_from pillar source entry help" -l title -d 'The title' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand edit; and not __fish_seen_subcommand_from pillar source entry help" -l pillar -d 'The pillar\'s id' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand edit; and not __fish_seen_subcommand_from pillar source entry help" -l objective -d 'The objective\'s id (`""` removes it)' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand edit; and not __fish_seen_subcommand_from pillar source entry help" -l due -d 'The due date: YYYY-MM-DD, today, tomorrow, +2w, +3m, end of quarter, FY26 Q3, end of fiscal year (`""` removes it)' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand edit; and not __fish_seen_subcommand_from pillar source entry help" -l owner -d 'Who owns it (`""` removes it)' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand edit; and not __fish_seen_subcommand_from pillar source entry help" -l weight -d 'Its weight in progress figures, above zero (1 when not given)' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand edit; and not __fish_seen_subcommand_from pillar source entry help" -l notes -d 'Notes (`""` removes them)' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand edit; and not __fish_seen_subcommand_from pillar source entry help" -l source -d 'The source\'s id (`""` removes it)' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand edit; and not __fish_seen_subcommand_from pillar source entry help" -l today -d 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand edit; and not __fish_seen_subcommand_from pillar source entry help" -l log -d 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)' -r -F
complete -c pactboard -n "__fish_pactboard_using_subcommand edit; and not __fish_seen_subcommand_from pillar source entry help" -l theme -d 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]' -r -f -a "dark\t''
light\t''
high-contrast\t''
mono\t''"
complete -c pactboard -n "__fish_pactboard_using_subcommand edit; and not __fish_seen_subcommand_from pillar source entry help" -l lang -d 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides\' headings) [default: the config file\'s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand edit; and not __fish_seen_subcommand_from pillar source entry help" -l symbols -d 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file\'s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]' -r -f -a "unicode\t'Box drawing, block elements, braille and the status marks'
ascii\t'ASCII only, for terminals whose fonts lack those (the Linux console)'"
complete -c pactboard -n "__fish_pactboard_using_subcommand edit; and not __fish_seen_subcommand_from pillar source entry help" -l force -d 'Write the file even if it is marked read-only (never one you may not write); with `add entry`, record an entry the target already has (same kind, amount and date)'
complete -c pactboard -n "__fish_pactboard_using_subcommand edit; and not __fish_seen_subcommand_from pillar source entry help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pactboard -n "__fish_pactboard_using_subcommand edit; and not __fish_seen_subcommand_from pillar source entry help" -a "pillar" -d 'A pillar\'s title, summary or source, in place (its id stays)'
complete -c pactboard -n "__fish_pactboard_using_subcommand edit; and not __fish_seen_subcommand_from pillar source entry help" -a "source" -d 'A source\'s title, address, publisher, date or note, in place (its id stays)'
complete -c pactboard -n "__fish_pactboard_using_subcommand edit; and not __fish_seen_subcommand_from pillar source entry help" -a "entry" -d 'One entry of a target: its amount, kind, date or note (a wrong amount fixed)'
complete -c pactboard -n "__fish_pactboard_using_subcommand edit; and not __fish_seen_subcommand_from pillar source entry help" -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pactboard -n "__fish_pactboard_using_subcommand edit; and __fish_seen_subcommand_from pillar" -l title -d 'The pillar\'s title (another pillar may not have it)' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand edit; and __fish_seen_subcommand_from pillar" -l summary -d 'Its summary' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand edit; and __fish_seen_subcommand_from pillar" -l source -d 'The id of the source it comes from' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand edit; and __fish_seen_subcommand_from pillar" -l today -d 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand edit; and __fish_seen_subcommand_from pillar" -l log -d 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)' -r -F
complete -c pactboard -n "__fish_pactboard_using_subcommand edit; and __fish_seen_subcommand_from pillar" -l theme -d 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]' -r -f -a "dark\t''
light\t''
high-contrast\t''
mono\t''"
complete -c pactboard -n "__fish_pactboard_using_subcommand edit; and __fish_seen_subcommand_from pillar" -l lang -d 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides\' headings) [default: the config file\'s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand edit; and __fish_seen_subcommand_from pillar" -l symbols -d 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file\'s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]' -r -f -a "unicode\t'Box drawing, block elements, braille and the status marks'
ascii\t'ASCII only, for terminals whose fonts lack those (the Linux console)'"
complete -c pactboard -n "__fish_pactboard_using_subcommand edit; and __fish_seen_subcommand_from pillar" -l force -d 'Write the file even if it is marked read-only (never one you may not write); with `add entry`, record an entry the target already has (same kind, amount and date)'
complete -c pactboard -n "__fish_pactboard_using_subcommand edit; and __fish_seen_subcommand_from pillar" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pactboard -n "__fish_pactboard_using_subcommand edit; and __fish_seen_subcommand_from source" -l title -d 'The source\'s title' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand edit; and __fish_seen_subcommand_from source" -l url -d 'Its address' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand edit; and __fish_seen_subcommand_from source" -l publisher -d 'Who published it' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand edit; and __fish_seen_subcommand_from source" -l published -d 'When it was published (YYYY-MM-DD)' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand edit; and __fish_seen_subcommand_from source" -l note -d 'A note' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand edit; and __fish_seen_subcommand_from source" -l today -d 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand edit; and __fish_seen_subcommand_from source" -l log -d 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)' -r -F
complete -c pactboard -n "__fish_pactboard_using_subcommand edit; and __fish_seen_subcommand_from source" -l theme -d 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]' -r -f -a "dark\t''
light\t''
high-contrast\t''
mono\t''"
complete -c pactboard -n "__fish_pactboard_using_subcommand edit; and __fish_seen_subcommand_from source" -l lang -d 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides\' headings) [default: the config file\'s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand edit; and __fish_seen_subcommand_from source" -l symbols -d 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file\'s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]' -r -f -a "unicode\t'Box drawing, block elements, braille and the status marks'
ascii\t'ASCII only, for terminals whose fonts lack those (the Linux console)'"
complete -c pactboard -n "__fish_pactboard_using_subcommand edit; and __fish_seen_subcommand_from source" -l force -d 'Write the file even if it is marked read-only (never one you may not write); with `add entry`, record an entry the target already has (same kind, amount and date)'
complete -c pactboard -n "__fish_pactboard_using_subcommand edit; and __fish_seen_subcommand_from source" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pactboard -n "__fish_pactboard_using_subcommand edit; and __fish_seen_subcommand_from entry" -l amount -d 'The amount, as officials write it (`¥500 billion`, `5000億円`, `₹2 lakh crore`)' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand edit; and __fish_seen_subcommand_from entry" -l kind -d 'announced, committed or realized' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand edit; and __fish_seen_subcommand_from entry" -l on -d 'The entry\'s date (YYYY-MM-DD, today, +2w…)' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand edit; and __fish_seen_subcommand_from entry" -l note -d 'A note ("" removes it)' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand edit; and __fish_seen_subcommand_from entry" -l today -d 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand edit; and __fish_seen_subcommand_from entry" -l log -d 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)' -r -F
complete -c pactboard -n "__fish_pactboard_using_subcommand edit; and __fish_seen_subcommand_from entry" -l theme -d 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]' -r -f -a "dark\t''
light\t''
high-contrast\t''
mono\t''"
complete -c pactboard -n "__fish_pactboard_using_subcommand edit; and __fish_seen_subcommand_from entry" -l lang -d 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides\' headings) [default: the config file\'s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand edit; and __fish_seen_subcommand_from entry" -l symbols -d 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file\'s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]' -r -f -a "unicode\t'Box drawing, block elements, braille and the status marks'
ascii\t'ASCII only, for terminals whose fonts lack those (the Linux console)'"
complete -c pactboard -n "__fish_pactboard_using_subcommand edit; and __fish_seen_subcommand_from entry" -l force -d 'Write the file even if it is marked read-only (never one you may not write); with `add entry`, record an entry the target already has (same kind, amount and date)'
complete -c pactboard -n "__fish_pactboard_using_subcommand edit; and __fish_seen_subcommand_from entry" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pactboard -n "__fish_pactboard_using_subcommand edit; and __fish_seen_subcommand_from help" -f -a "pillar" -d 'A pillar\'s title, summary or source, in place (its id stays)'
complete -c pactboard -n "__fish_pactboard_using_subcommand edit; and __fish_seen_subcommand_from help" -f -a "source" -d 'A source\'s title, address, publisher, date or note, in place (its id stays)'
complete -c pactboard -n "__fish_pactboard_using_subcommand edit; and __fish_seen_subcommand_from help" -f -a "entry" -d 'One entry of a target: its amount, kind, date or note (a wrong amount fixed)'
complete -c pactboard -n "__fish_pactboard_using_subcommand edit; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pactboard -n "__fish_pactboard_using_subcommand remove; and not __fish_seen_subcommand_from entry source pillar help" -l today -d 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand remove; and not __fish_seen_subcommand_from entry source pillar help" -l log -d 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)' -r -F
complete -c pactboard -n "__fish_pactboard_using_subcommand remove; and not __fish_seen_subcommand_from entry source pillar help" -l theme -d 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]' -r -f -a "dark\t''
light\t''
high-contrast\t''
mono\t''"
complete -c pactboard -n "__fish_pactboard_using_subcommand remove; and not __fish_seen_subcommand_from entry source pillar help" -l lang -d 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides\' headings) [default: the config file\'s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand remove; and not __fish_seen_subcommand_from entry source pillar help" -l symbols -d 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file\'s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]' -r -f -a "unicode\t'Box drawing, block elements, braille and the status marks'
ascii\t'ASCII only, for terminals whose fonts lack those (the Linux console)'"
complete -c pactboard -n "__fish_pactboard_using_subcommand remove; and not __fish_seen_subcommand_from entry source pillar help" -l force -d 'Write the file even if it is marked read-only (never one you may not write); with `add entry`, record an entry the target already has (same kind, amount and date)'
complete -c pactboard -n "__fish_pactboard_using_subcommand remove; and not __fish_seen_subcommand_from entry source pillar help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pactboard -n "__fish_pactboard_using_subcommand remove; and not __fish_seen_subcommand_from entry source pillar help" -a "entry" -d 'One entry of a target (without NUMBER, the target\'s entries are listed with theirs)'
complete -c pactboard -n "__fish_pactboard_using_subcommand remove; and not __fish_seen_subcommand_from entry source pillar help" -a "source" -d 'A source nothing refers to (else what refers to it is listed)'
complete -c pactboard -n "__fish_pactboard_using_subcommand remove; and not __fish_seen_subcommand_from entry source pillar help" -a "pillar" -d 'A pillar nothing refers to (else its milestones, objectives and targets are listed)'
complete -c pactboard -n "__fish_pactboard_using_subcommand remove; and not __fish_seen_subcommand_from entry source pillar help" -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pactboard -n "__fish_pactboard_using_subcommand remove; and __fish_seen_subcommand_from entry" -l today -d 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand remove; and __fish_seen_subcommand_from entry" -l log -d 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)' -r -F
complete -c pactboard -n "__fish_pactboard_using_subcommand remove; and __fish_seen_subcommand_from entry" -l theme -d 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]' -r -f -a "dark\t''
light\t''
high-contrast\t''
mono\t''"
complete -c pactboard -n "__fish_pactboard_using_subcommand remove; and __fish_seen_subcommand_from entry" -l lang -d 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides\' headings) [default: the config file\'s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand remove; and __fish_seen_subcommand_from entry" -l symbols -d 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file\'s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]' -r -f -a "unicode\t'Box drawing, block elements, braille and the status marks'
ascii\t'ASCII only, for terminals whose fonts lack those (the Linux console)'"
complete -c pactboard -n "__fish_pactboard_using_subcommand remove; and __fish_seen_subcommand_from entry" -l force -d 'Write the file even if it is marked read-only (never one you may not write); with `add entry`, record an entry the target already has (same kind, amount and date)'
complete -c pactboard -n "__fish_pactboard_using_subcommand remove; and __fish_seen_subcommand_from entry" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pactboard -n "__fish_pactboard_using_subcommand remove; and __fish_seen_subcommand_from source" -l today -d 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand remove; and __fish_seen_subcommand_from source" -l log -d 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)' -r -F
complete -c pactboard -n "__fish_pactboard_using_subcommand remove; and __fish_seen_subcommand_from source" -l theme -d 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]' -r -f -a "dark\t''
light\t''
high-contrast\t''
mono\t''"
complete -c pactboard -n "__fish_pactboard_using_subcommand remove; and __fish_seen_subcommand_from source" -l lang -d 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides\' headings) [default: the config file\'s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand remove; and __fish_seen_subcommand_from source" -l symbols -d 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file\'s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]' -r -f -a "unicode\t'Box drawing, block elements, braille and the status marks'
ascii\t'ASCII only, for terminals whose fonts lack those (the Linux console)'"
complete -c pactboard -n "__fish_pactboard_using_subcommand remove; and __fish_seen_subcommand_from source" -l force -d 'Write the file even if it is marked read-only (never one you may not write); with `add entry`, record an entry the target already has (same kind, amount and date)'
complete -c pactboard -n "__fish_pactboard_using_subcommand remove; and __fish_seen_subcommand_from source" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pactboard -n "__fish_pactboard_using_subcommand remove; and __fish_seen_subcommand_from pillar" -l today -d 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand remove; and __fish_seen_subcommand_from pillar" -l log -d 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)' -r -F
complete -c pactboard -n "__fish_pactboard_using_subcommand remove; and __fish_seen_subcommand_from pillar" -l theme -d 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]' -r -f -a "dark\t''
light\t''
high-contrast\t''
mono\t''"
complete -c pactboard -n "__fish_pactboard_using_subcommand remove; and __fish_seen_subcommand_from pillar" -l lang -d 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides\' headings) [default: the config file\'s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand remove; and __fish_seen_subcommand_from pillar" -l symbols -d 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file\'s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]' -r -f -a "unicode\t'Box drawing, block elements, braille and the status marks'
ascii\t'ASCII only, for terminals whose fonts lack those (the Linux console)'"
complete -c pactboard -n "__fish_pactboard_using_subcommand remove; and __fish_seen_subcommand_from pillar" -l force -d 'Write the file even if it is marked read-only (never one you may not write); with `add entry`, record an entry the target already has (same kind, amount and date)'
complete -c pactboard -n "__fish_pactboard_using_subcommand remove; and __fish_seen_subcommand_from pillar" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pactboard -n "__fish_pactboard_using_subcommand remove; and __fish_seen_subcommand_from help" -f -a "entry" -d 'One entry of a target (without NUMBER, the target\'s entries are listed with theirs)'
complete -c pactboard -n "__fish_pactboard_using_subcommand remove; and __fish_seen_subcommand_from help" -f -a "source" -d 'A source nothing refers to (else what refers to it is listed)'
complete -c pactboard -n "__fish_pactboard_using_subcommand remove; and __fish_seen_subcommand_from help" -f -a "pillar" -d 'A pillar nothing refers to (else its milestones, objectives and targets are listed)'
complete -c pactboard -n "__fish_pactboard_using_subcommand remove; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pactboard -n "__fish_pactboard_using_subcommand init" -l today -d 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand init" -l log -d 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)' -r -F
complete -c pactboard -n "__fish_pactboard_using_subcommand init" -l theme -d 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]' -r -f -a "dark\t''
light\t''
high-contrast\t''
mono\t''"
complete -c pactboard -n "__fish_pactboard_using_subcommand init" -l lang -d 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides\' headings) [default: the config file\'s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand init" -l symbols -d 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file\'s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]' -r -f -a "unicode\t'Box drawing, block elements, braille and the status marks'
ascii\t'ASCII only, for terminals whose fonts lack those (the Linux console)'"
complete -c pactboard -n "__fish_pactboard_using_subcommand init" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pactboard -n "__fish_pactboard_using_subcommand git-setup" -l today -d 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand git-setup" -l log -d 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)' -r -F
complete -c pactboard -n "__fish_pactboard_using_subcommand git-setup" -l theme -d 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]' -r -f -a "dark\t''
light\t''
high-contrast\t''
mono\t''"
complete -c pactboard -n "__fish_pactboard_using_subcommand git-setup" -l lang -d 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides\' headings) [default: the config file\'s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand git-setup" -l symbols -d 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file\'s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]' -r -f -a "unicode\t'Box drawing, block elements, braille and the status marks'
ascii\t'ASCII only, for terminals whose fonts lack those (the Linux console)'"
complete -c pactboard -n "__fish_pactboard_using_subcommand git-setup" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pactboard -n "__fish_pactboard_using_subcommand merge-driver" -l today -d 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand merge-driver" -l log -d 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)' -r -F
complete -c pactboard -n "__fish_pactboard_using_subcommand merge-driver" -l theme -d 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]' -r -f -a "dark\t''
light\t''
high-contrast\t''
mono\t''"
complete -c pactboard -n "__fish_pactboard_using_subcommand merge-driver" -l lang -d 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides\' headings) [default: the config file\'s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand merge-driver" -l symbols -d 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file\'s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]' -r -f -a "unicode\t'Box drawing, block elements, braille and the status marks'
ascii\t'ASCII only, for terminals whose fonts lack those (the Linux console)'"
complete -c pactboard -n "__fish_pactboard_using_subcommand merge-driver" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pactboard -n "__fish_pactboard_using_subcommand resolve" -l today -d 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand resolve" -l log -d 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)' -r -F
complete -c pactboard -n "__fish_pactboard_using_subcommand resolve" -l theme -d 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]' -r -f -a "dark\t''
light\t''
high-contrast\t''
mono\t''"
complete -c pactboard -n "__fish_pactboard_using_subcommand resolve" -l lang -d 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides\' headings) [default: the config file\'s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand resolve" -l symbols -d 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file\'s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]' -r -f -a "unicode\t'Box drawing, block elements, braille and the status marks'
ascii\t'ASCII only, for terminals whose fonts lack those (the Linux console)'"
complete -c pactboard -n "__fish_pactboard_using_subcommand resolve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pactboard -n "__fish_pactboard_using_subcommand completions" -l today -d 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand completions" -l log -d 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)' -r -F
complete -c pactboard -n "__fish_pactboard_using_subcommand completions" -l theme -d 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]' -r -f -a "dark\t''
light\t''
high-contrast\t''
mono\t''"
complete -c pactboard -n "__fish_pactboard_using_subcommand completions" -l lang -d 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides\' headings) [default: the config file\'s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand completions" -l symbols -d 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file\'s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]' -r -f -a "unicode\t'Box drawing, block elements, braille and the status marks'
ascii\t'ASCII only, for terminals whose fonts lack those (the Linux console)'"
complete -c pactboard -n "__fish_pactboard_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pactboard -n "__fish_pactboard_using_subcommand config; and not __fish_seen_subcommand_from path show help" -l today -d 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand config; and not __fish_seen_subcommand_from path show help" -l log -d 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)' -r -F
complete -c pactboard -n "__fish_pactboard_using_subcommand config; and not __fish_seen_subcommand_from path show help" -l theme -d 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]' -r -f -a "dark\t''
light\t''
high-contrast\t''
mono\t''"
complete -c pactboard -n "__fish_pactboard_using_subcommand config; and not __fish_seen_subcommand_from path show help" -l lang -d 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides\' headings) [default: the config file\'s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand config; and not __fish_seen_subcommand_from path show help" -l symbols -d 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file\'s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]' -r -f -a "unicode\t'Box drawing, block elements, braille and the status marks'
ascii\t'ASCII only, for terminals whose fonts lack those (the Linux console)'"
complete -c pactboard -n "__fish_pactboard_using_subcommand config; and not __fish_seen_subcommand_from path show help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pactboard -n "__fish_pactboard_using_subcommand config; and not __fish_seen_subcommand_from path show help" -f -a "path" -d 'Print where the config file is read from (whether or not it exists)'
complete -c pactboard -n "__fish_pactboard_using_subcommand config; and not __fish_seen_subcommand_from path show help" -f -a "show" -d 'Print each setting in force and where it came from'
complete -c pactboard -n "__fish_pactboard_using_subcommand config; and not __fish_seen_subcommand_from path show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pactboard -n "__fish_pactboard_using_subcommand config; and __fish_seen_subcommand_from path" -l today -d 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand config; and __fish_seen_subcommand_from path" -l log -d 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)' -r -F
complete -c pactboard -n "__fish_pactboard_using_subcommand config; and __fish_seen_subcommand_from path" -l theme -d 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]' -r -f -a "dark\t''
light\t''
high-contrast\t''
mono\t''"
complete -c pactboard -n "__fish_pactboard_using_subcommand config; and __fish_seen_subcommand_from path" -l lang -d 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides\' headings) [default: the config file\'s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand config; and __fish_seen_subcommand_from path" -l symbols -d 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file\'s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]' -r -f -a "unicode\t'Box drawing, block elements, braille and the status marks'
ascii\t'ASCII only, for terminals whose fonts lack those (the Linux console)'"
complete -c pactboard -n "__fish_pactboard_using_subcommand config; and __fish_seen_subcommand_from path" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pactboard -n "__fish_pactboard_using_subcommand config; and __fish_seen_subcommand_from show" -l today -d 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand config; and __fish_seen_subcommand_from show" -l log -d 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)' -r -F
complete -c pactboard -n "__fish_pactboard_using_subcommand config; and __fish_seen_subcommand_from show" -l theme -d 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]' -r -f -a "dark\t''
light\t''
high-contrast\t''
mono\t''"
complete -c pactboard -n "__fish_pactboard_using_subcommand config; and __fish_seen_subcommand_from show" -l lang -d 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides\' headings) [default: the config file\'s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand config; and __fish_seen_subcommand_from show" -l symbols -d 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file\'s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]' -r -f -a "unicode\t'Box drawing, block elements, braille and the status marks'
ascii\t'ASCII only, for terminals whose fonts lack those (the Linux console)'"
complete -c pactboard -n "__fish_pactboard_using_subcommand config; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pactboard -n "__fish_pactboard_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "path" -d 'Print where the config file is read from (whether or not it exists)'
complete -c pactboard -n "__fish_pactboard_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "show" -d 'Print each setting in force and where it came from'
complete -c pactboard -n "__fish_pactboard_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pactboard -n "__fish_pactboard_using_subcommand man" -l today -d 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand man" -l log -d 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)' -r -F
complete -c pactboard -n "__fish_pactboard_using_subcommand man" -l theme -d 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]' -r -f -a "dark\t''
light\t''
high-contrast\t''
mono\t''"
complete -c pactboard -n "__fish_pactboard_using_subcommand man" -l lang -d 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides\' headings) [default: the config file\'s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand man" -l symbols -d 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file\'s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]' -r -f -a "unicode\t'Box drawing, block elements, braille and the status marks'
ascii\t'ASCII only, for terminals whose fonts lack those (the Linux console)'"
complete -c pactboard -n "__fish_pactboard_using_subcommand man" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pactboard -n "__fish_pactboard_using_subcommand present" -l since -d 'Add a slide of the changes since this date or git revision (see `report --help`)' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand present" -l slides -d 'The slides, in order: names separated by commas (see `present --help`) [default: the model\'s [deck], or title,overview,money,since,decisions,agreements,pillars,quiet,coming-up,summary]' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand present" -l today -d 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand present" -l log -d 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)' -r -F
complete -c pactboard -n "__fish_pactboard_using_subcommand present" -l theme -d 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]' -r -f -a "dark\t''
light\t''
high-contrast\t''
mono\t''"
complete -c pactboard -n "__fish_pactboard_using_subcommand present" -l lang -d 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides\' headings) [default: the config file\'s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand present" -l symbols -d 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file\'s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]' -r -f -a "unicode\t'Box drawing, block elements, braille and the status marks'
ascii\t'ASCII only, for terminals whose fonts lack those (the Linux console)'"
complete -c pactboard -n "__fish_pactboard_using_subcommand present" -l speaker -d 'Show the speaker view: the current slide small, the next one, the clock, the notes; its keys move every screen that follows the same file'
complete -c pactboard -n "__fish_pactboard_using_subcommand present" -l follow -d 'Follow the presenter of the same file (a second screen in the room): read-only, on the presenter\'s slide; without --slides and --since, the presenter\'s'
complete -c pactboard -n "__fish_pactboard_using_subcommand present" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pactboard -n "__fish_pactboard_using_subcommand snapshot" -l view -d 'overview, pillars, milestones, timeline, targets, or slide:N for slide N of the presentation' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand snapshot" -l since -d 'With slide:N, the presentation\'s "since" slide from this date or git revision' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand snapshot" -l slides -d 'The slides, in order: names separated by commas (see `present --help`) [default: the model\'s [deck], or title,overview,money,since,decisions,agreements,pillars,quiet,coming-up,summary]' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand snapshot" -l width -d 'Columns of the screen' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand snapshot" -l height -d 'Rows of the screen' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand snapshot" -l format -d 'Plain text, or an SVG image drawn from the same screen (colours in the --theme)' -r -f -a "text\t''
svg\t''"
complete -c pactboard -n "__fish_pactboard_using_subcommand snapshot" -l today -d 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand snapshot" -l log -d 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)' -r -F
complete -c pactboard -n "__fish_pactboard_using_subcommand snapshot" -l theme -d 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]' -r -f -a "dark\t''
light\t''
high-contrast\t''
mono\t''"
complete -c pactboard -n "__fish_pactboard_using_subcommand snapshot" -l lang -d 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides\' headings) [default: the config file\'s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand snapshot" -l symbols -d 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file\'s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]' -r -f -a "unicode\t'Box drawing, block elements, braille and the status marks'
ascii\t'ASCII only, for terminals whose fonts lack those (the Linux console)'"
complete -c pactboard -n "__fish_pactboard_using_subcommand snapshot" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pactboard -n "__fish_pactboard_using_subcommand report" -l format -d 'Markdown for people, JSON for scripts' -r -f -a "markdown\t''
json\t''"
complete -c pactboard -n "__fish_pactboard_using_subcommand report" -l since -d 'Also list the changes since this date (the status changes recorded from then on) or this git revision of the file (a tag, a commit, HEAD~3: the model then compared with now, hand edits included)' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand report" -l today -d 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand report" -l log -d 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)' -r -F
complete -c pactboard -n "__fish_pactboard_using_subcommand report" -l theme -d 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]' -r -f -a "dark\t''
light\t''
high-contrast\t''
mono\t''"
complete -c pactboard -n "__fish_pactboard_using_subcommand report" -l lang -d 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides\' headings) [default: the config file\'s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand report" -l symbols -d 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file\'s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]' -r -f -a "unicode\t'Box drawing, block elements, braille and the status marks'
ascii\t'ASCII only, for terminals whose fonts lack those (the Linux console)'"
complete -c pactboard -n "__fish_pactboard_using_subcommand report" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pactboard -n "__fish_pactboard_using_subcommand log" -l since -d 'Only commits made on or after this date, or after this revision (a tag such as meeting-2025-09, a commit, HEAD~3)' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand log" -l until -d 'Only commits up to this revision (and not the uncommitted changes)' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand log" -l format -d 'Text for people, Markdown for minutes, JSON for scripts' -r -f -a "text\t''
markdown\t''
json\t''"
complete -c pactboard -n "__fish_pactboard_using_subcommand log" -l today -d 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand log" -l log -d 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)' -r -F
complete -c pactboard -n "__fish_pactboard_using_subcommand log" -l theme -d 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]' -r -f -a "dark\t''
light\t''
high-contrast\t''
mono\t''"
complete -c pactboard -n "__fish_pactboard_using_subcommand log" -l lang -d 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides\' headings) [default: the config file\'s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand log" -l symbols -d 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file\'s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]' -r -f -a "unicode\t'Box drawing, block elements, braille and the status marks'
ascii\t'ASCII only, for terminals whose fonts lack those (the Linux console)'"
complete -c pactboard -n "__fish_pactboard_using_subcommand log" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pactboard -n "__fish_pactboard_using_subcommand export" -l format -d 'What to write' -r -f -a "html\t'One self-contained page: the slides, then the report (`--out -` prints it)'
svg\t'An SVG image of every view and slide, into a folder'
pdf\t'The slides, a page each, with their text as text'"
complete -c pactboard -n "__fish_pactboard_using_subcommand export" -l out -d 'Where to write [default: the file\'s name with .html or .pdf, or with -svg for a folder, in the current folder]' -r -F
complete -c pactboard -n "__fish_pactboard_using_subcommand export" -l since -d 'Add the presentation\'s slide of the changes since this date or git revision (see `report --help`)' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand export" -l slides -d 'The slides, in order: names separated by commas (see `present --help`) [default: the model\'s [deck], or title,overview,money,since,decisions,agreements,pillars,quiet,coming-up,summary]' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand export" -l width -d 'Columns of each screen' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand export" -l height -d 'Rows of each screen' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand export" -l font -d 'pdf: a font file, or a folder of fonts, tried before the system\'s for every script (may be given more than once)' -r -F
complete -c pactboard -n "__fish_pactboard_using_subcommand export" -l today -d 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand export" -l log -d 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)' -r -F
complete -c pactboard -n "__fish_pactboard_using_subcommand export" -l theme -d 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]' -r -f -a "dark\t''
light\t''
high-contrast\t''
mono\t''"
complete -c pactboard -n "__fish_pactboard_using_subcommand export" -l lang -d 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides\' headings) [default: the config file\'s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]' -r
complete -c pactboard -n "__fish_pactboard_using_subcommand export" -l symbols -d 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file\'s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]' -r -f -a "unicode\t'Box drawing, block elements, braille and the status marks'
ascii\t'ASCII only, for terminals whose fonts lack those (the Linux console)'"
complete -c pactboard -n "__fish_pactboard_using_subcommand export" -l force -d 'Write into an --out that exists (its files of the same names are replaced)'
complete -c pactboard -n "__fish_pactboard_using_subcommand export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pactboard -n "__fish_pactboard_using_subcommand help; and not __fish_seen_subcommand_from check set add edit remove init git-setup merge-driver resolve completions config man present snapshot report log export help" -f -a "check" -d 'Validate files and print every problem with its line, column and a caret'
complete -c pactboard -n "__fish_pactboard_using_subcommand help; and not __fish_seen_subcommand_from check set add edit remove init git-setup merge-driver resolve completions config man present snapshot report log export help" -f -a "set" -d 'Change one milestone\'s status, with a history entry, and save the file safely'
complete -c pactboard -n "__fish_pactboard_using_subcommand help; and not __fish_seen_subcommand_from check set add edit remove init git-setup merge-driver resolve completions config man present snapshot report log export help" -f -a "add" -d 'Add a milestone, an entry of a target, a source or a pillar, and save the file safely'
complete -c pactboard -n "__fish_pactboard_using_subcommand help; and not __fish_seen_subcommand_from check set add edit remove init git-setup merge-driver resolve completions config man present snapshot report log export help" -f -a "edit" -d 'Change fields of one milestone (title, pillar, objective, due, owner, weight, notes, source)'
complete -c pactboard -n "__fish_pactboard_using_subcommand help; and not __fish_seen_subcommand_from check set add edit remove init git-setup merge-driver resolve completions config man present snapshot report log export help" -f -a "remove" -d 'Remove one milestone: its table, its history, and a comment directly above it'
complete -c pactboard -n "__fish_pactboard_using_subcommand help; and not __fish_seen_subcommand_from check set add edit remove init git-setup merge-driver resolve completions config man present snapshot report log export help" -f -a "init" -d 'Write the bundled India–Japan model to FILE as a starting point (never overwrites)'
complete -c pactboard -n "__fish_pactboard_using_subcommand help; and not __fish_seen_subcommand_from check set add edit remove init git-setup merge-driver resolve completions config man present snapshot report log export help" -f -a "git-setup" -d 'Mark partnership files for pactboard\'s merge in .gitattributes and configure the driver'
complete -c pactboard -n "__fish_pactboard_using_subcommand help; and not __fish_seen_subcommand_from check set add edit remove init git-setup merge-driver resolve completions config man present snapshot report log export help" -f -a "merge-driver" -d 'The merge driver git runs for a file marked merge=pactboard (see git-setup)'
complete -c pactboard -n "__fish_pactboard_using_subcommand help; and not __fish_seen_subcommand_from check set add edit remove init git-setup merge-driver resolve completions config man present snapshot report log export help" -f -a "resolve" -d 'Settle a merge that left a partnership file in conflict, asking which side stands'
complete -c pactboard -n "__fish_pactboard_using_subcommand help; and not __fish_seen_subcommand_from check set add edit remove init git-setup merge-driver resolve completions config man present snapshot report log export help" -f -a "completions" -d 'Print a completion script for a shell'
complete -c pactboard -n "__fish_pactboard_using_subcommand help; and not __fish_seen_subcommand_from check set add edit remove init git-setup merge-driver resolve completions config man present snapshot report log export help" -f -a "config" -d 'Where the config file is, and the settings in force with where each came from'
complete -c pactboard -n "__fish_pactboard_using_subcommand help; and not __fish_seen_subcommand_from check set add edit remove init git-setup merge-driver resolve completions config man present snapshot report log export help" -f -a "man" -d 'Print the manual page (roff), for `man -l -` or a man folder'
complete -c pactboard -n "__fish_pactboard_using_subcommand help; and not __fish_seen_subcommand_from check set add edit remove init git-setup merge-driver resolve completions config man present snapshot report log export help" -f -a "present" -d 'Present the model full-screen as slides, for meetings'
complete -c pactboard -n "__fish_pactboard_using_subcommand help; and not __fish_seen_subcommand_from check set add edit remove init git-setup merge-driver resolve completions config man present snapshot report log export help" -f -a "snapshot" -d 'Print one screen of the dashboard as plain text, without a terminal'
complete -c pactboard -n "__fish_pactboard_using_subcommand help; and not __fish_seen_subcommand_from check set add edit remove init git-setup merge-driver resolve completions config man present snapshot report log export help" -f -a "report" -d 'Summarise progress, pillars, targets, overdue and upcoming milestones for meeting minutes'
complete -c pactboard -n "__fish_pactboard_using_subcommand help; and not __fish_seen_subcommand_from check set add edit remove init git-setup merge-driver resolve completions config man present snapshot report log export help" -f -a "log" -d 'Every change to the model in the file\'s git history, with authors, newest first'
complete -c pactboard -n "__fish_pactboard_using_subcommand help; and not __fish_seen_subcommand_from check set add edit remove init git-setup merge-driver resolve completions config man present snapshot report log export help" -f -a "export" -d 'Write the views and slides as files for people who were not at the terminal'
complete -c pactboard -n "__fish_pactboard_using_subcommand help; and not __fish_seen_subcommand_from check set add edit remove init git-setup merge-driver resolve completions config man present snapshot report log export help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pactboard -n "__fish_pactboard_using_subcommand help; and __fish_seen_subcommand_from add" -f -a "milestone" -d 'A milestone, after the file\'s last one'
complete -c pactboard -n "__fish_pactboard_using_subcommand help; and __fish_seen_subcommand_from add" -f -a "entry" -d 'A reported amount of a target (announced, committed or realized)'
complete -c pactboard -n "__fish_pactboard_using_subcommand help; and __fish_seen_subcommand_from add" -f -a "source" -d 'A source (an article, a joint statement), after the file\'s last one'
complete -c pactboard -n "__fish_pactboard_using_subcommand help; and __fish_seen_subcommand_from add" -f -a "pillar" -d 'A pillar, after the file\'s last one'
complete -c pactboard -n "__fish_pactboard_using_subcommand help; and __fish_seen_subcommand_from edit" -f -a "pillar" -d 'A pillar\'s title, summary or source, in place (its id stays)'
complete -c pactboard -n "__fish_pactboard_using_subcommand help; and __fish_seen_subcommand_from edit" -f -a "source" -d 'A source\'s title, address, publisher, date or note, in place (its id stays)'
complete -c pactboard -n "__fish_pactboard_using_subcommand help; and __fish_seen_subcommand_from edit" -f -a "entry" -d 'One entry of a target: its amount, kind, date or note (a wrong amount fixed)'
complete -c pactboard -n "__fish_pactboard_using_subcommand help; and __fish_seen_subcommand_from remove" -f -a "entry" -d 'One entry of a target (without NUMBER, the target\'s entries are listed with theirs)'
complete -c pactboard -n "__fish_pactboard_using_subcommand help; and __fish_seen_subcommand_from remove" -f -a "source" -d 'A source nothing refers to (else what refers to it is listed)'
complete -c pactboard -n "__fish_pactboard_using_subcommand help; and __fish_seen_subcommand_from remove" -f -a "pillar" -d 'A pillar nothing refers to (else its milestones, objectives and targets are listed)'
complete -c pactboard -n "__fish_pactboard_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "path" -d 'Print where the config file is read from (whether or not it exists)'
complete -c pactboard -n "__fish_pactboard_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "show" -d 'Print each setting in force and where it came from'
