
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'pactboard' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'pactboard'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'pactboard' {
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]')
            [CompletionResult]::new('--log', '--log', [CompletionResultType]::ParameterName, 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)')
            [CompletionResult]::new('--theme', '--theme', [CompletionResultType]::ParameterName, 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides'' headings) [default: the config file''s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]')
            [CompletionResult]::new('--symbols', '--symbols', [CompletionResultType]::ParameterName, 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file''s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]')
            [CompletionResult]::new('--autosave', '--autosave', [CompletionResultType]::ParameterName, 'Save after every change (for meetings)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Validate files and print every problem with its line, column and a caret')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change one milestone''s status, with a history entry, and save the file safely')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a milestone, an entry of a target, a source or a pillar, and save the file safely')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change fields of one milestone (title, pillar, objective, due, owner, weight, notes, source)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove one milestone: its table, its history, and a comment directly above it')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Write the bundled India–Japan model to FILE as a starting point (never overwrites)')
            [CompletionResult]::new('git-setup', 'git-setup', [CompletionResultType]::ParameterValue, 'Mark partnership files for pactboard''s merge in .gitattributes and configure the driver')
            [CompletionResult]::new('merge-driver', 'merge-driver', [CompletionResultType]::ParameterValue, 'The merge driver git runs for a file marked merge=pactboard (see git-setup)')
            [CompletionResult]::new('resolve', 'resolve', [CompletionResultType]::ParameterValue, 'Settle a merge that left a partnership file in conflict, asking which side stands')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a completion script for a shell')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Where the config file is, and the settings in force with where each came from')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the manual page (roff), for `man -l -` or a man folder')
            [CompletionResult]::new('present', 'present', [CompletionResultType]::ParameterValue, 'Present the model full-screen as slides, for meetings')
            [CompletionResult]::new('snapshot', 'snapshot', [CompletionResultType]::ParameterValue, 'Print one screen of the dashboard as plain text, without a terminal')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Summarise progress, pillars, targets, overdue and upcoming milestones for meeting minutes')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Every change to the model in the file''s git history, with authors, newest first')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the views and slides as files for people who were not at the terminal')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pactboard;check' {
            [CompletionResult]::new('--max-errors', '--max-errors', [CompletionResultType]::ParameterName, 'The most problems printed for one file (the rest are counted)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Text for people, JSON for editors and scripts')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]')
            [CompletionResult]::new('--log', '--log', [CompletionResultType]::ParameterName, 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)')
            [CompletionResult]::new('--theme', '--theme', [CompletionResultType]::ParameterName, 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides'' headings) [default: the config file''s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]')
            [CompletionResult]::new('--symbols', '--symbols', [CompletionResultType]::ParameterName, 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file''s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'pactboard;set' {
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'Why, recorded in the history entry')
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'When the change happened: a day (2026-01-10, yesterday, -3d, -2w) or a day and a time (2026-01-10 14:30, 2026-01-10T14:30+09:00); a past day is recorded as a day, with no invented time [default: now]')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]')
            [CompletionResult]::new('--log', '--log', [CompletionResultType]::ParameterName, 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)')
            [CompletionResult]::new('--theme', '--theme', [CompletionResultType]::ParameterName, 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides'' headings) [default: the config file''s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]')
            [CompletionResult]::new('--symbols', '--symbols', [CompletionResultType]::ParameterName, 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file''s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Record a date before the last recorded change (in time order), and write the file even if it is marked read-only (never one you may not write)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'pactboard;add' {
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]')
            [CompletionResult]::new('--log', '--log', [CompletionResultType]::ParameterName, 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)')
            [CompletionResult]::new('--theme', '--theme', [CompletionResultType]::ParameterName, 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides'' headings) [default: the config file''s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]')
            [CompletionResult]::new('--symbols', '--symbols', [CompletionResultType]::ParameterName, 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file''s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('milestone', 'milestone', [CompletionResultType]::ParameterValue, 'A milestone, after the file''s last one')
            [CompletionResult]::new('entry', 'entry', [CompletionResultType]::ParameterValue, 'A reported amount of a target (announced, committed or realized)')
            [CompletionResult]::new('source', 'source', [CompletionResultType]::ParameterValue, 'A source (an article, a joint statement), after the file''s last one')
            [CompletionResult]::new('pillar', 'pillar', [CompletionResultType]::ParameterValue, 'A pillar, after the file''s last one')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pactboard;add;milestone' {
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'The title')
            [CompletionResult]::new('--pillar', '--pillar', [CompletionResultType]::ParameterName, 'The pillar''s id')
            [CompletionResult]::new('--objective', '--objective', [CompletionResultType]::ParameterName, 'The objective''s id (`""` removes it)')
            [CompletionResult]::new('--due', '--due', [CompletionResultType]::ParameterName, 'The due date: YYYY-MM-DD, today, tomorrow, +2w, +3m, end of quarter, FY26 Q3, end of fiscal year (`""` removes it)')
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'Who owns it (`""` removes it)')
            [CompletionResult]::new('--weight', '--weight', [CompletionResultType]::ParameterName, 'Its weight in progress figures, above zero (1 when not given)')
            [CompletionResult]::new('--notes', '--notes', [CompletionResultType]::ParameterName, 'Notes (`""` removes them)')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'The source''s id (`""` removes it)')
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The id [default: made from the title, unique in the file]')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'The status it starts with')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]')
            [CompletionResult]::new('--log', '--log', [CompletionResultType]::ParameterName, 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)')
            [CompletionResult]::new('--theme', '--theme', [CompletionResultType]::ParameterName, 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides'' headings) [default: the config file''s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]')
            [CompletionResult]::new('--symbols', '--symbols', [CompletionResultType]::ParameterName, 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file''s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Write the file even if it is marked read-only (never one you may not write); with `add entry`, record an entry the target already has (same kind, amount and date)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'pactboard;add;entry' {
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'announced, committed or realized')
            [CompletionResult]::new('--amount', '--amount', [CompletionResultType]::ParameterName, 'The amount, in the target''s unit')
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'The date it was reported (YYYY-MM-DD, today, +2w...) [default: --today, else today]')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'The source''s id')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'A note')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]')
            [CompletionResult]::new('--log', '--log', [CompletionResultType]::ParameterName, 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)')
            [CompletionResult]::new('--theme', '--theme', [CompletionResultType]::ParameterName, 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides'' headings) [default: the config file''s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]')
            [CompletionResult]::new('--symbols', '--symbols', [CompletionResultType]::ParameterName, 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file''s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Write the file even if it is marked read-only (never one you may not write); with `add entry`, record an entry the target already has (same kind, amount and date)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'pactboard;add;source' {
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'The title')
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The id [default: made from the title, unique in the file]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Where it can be read')
            [CompletionResult]::new('--publisher', '--publisher', [CompletionResultType]::ParameterName, 'Who published it')
            [CompletionResult]::new('--published', '--published', [CompletionResultType]::ParameterName, 'When it was published')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'A note')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]')
            [CompletionResult]::new('--log', '--log', [CompletionResultType]::ParameterName, 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)')
            [CompletionResult]::new('--theme', '--theme', [CompletionResultType]::ParameterName, 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides'' headings) [default: the config file''s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]')
            [CompletionResult]::new('--symbols', '--symbols', [CompletionResultType]::ParameterName, 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file''s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Write the file even if it is marked read-only (never one you may not write); with `add entry`, record an entry the target already has (same kind, amount and date)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'pactboard;add;pillar' {
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'The title')
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The id [default: made from the title, unique in the file]')
            [CompletionResult]::new('--summary', '--summary', [CompletionResultType]::ParameterName, 'A summary')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'The source''s id')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]')
            [CompletionResult]::new('--log', '--log', [CompletionResultType]::ParameterName, 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)')
            [CompletionResult]::new('--theme', '--theme', [CompletionResultType]::ParameterName, 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides'' headings) [default: the config file''s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]')
            [CompletionResult]::new('--symbols', '--symbols', [CompletionResultType]::ParameterName, 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file''s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Write the file even if it is marked read-only (never one you may not write); with `add entry`, record an entry the target already has (same kind, amount and date)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'pactboard;add;help' {
            [CompletionResult]::new('milestone', 'milestone', [CompletionResultType]::ParameterValue, 'A milestone, after the file''s last one')
            [CompletionResult]::new('entry', 'entry', [CompletionResultType]::ParameterValue, 'A reported amount of a target (announced, committed or realized)')
            [CompletionResult]::new('source', 'source', [CompletionResultType]::ParameterValue, 'A source (an article, a joint statement), after the file''s last one')
            [CompletionResult]::new('pillar', 'pillar', [CompletionResultType]::ParameterValue, 'A pillar, after the file''s last one')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pactboard;add;help;milestone' {
            break
        }
        'pactboard;add;help;entry' {
            break
        }
        'pactboard;add;help;source' {
            break
        }
        'pactboard;add;help;pillar' {
            break
        }
        'pactboard;add;help;help' {
            break
        }
        'pactboard;edit' {
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'The title')
            [CompletionResult]::new('--pillar', '--pillar', [CompletionResultType]::ParameterName, 'The pillar''s id')
            [CompletionResult]::new('--objective', '--objective', [CompletionResultType]::ParameterName, 'The objective''s id (`""` removes it)')
            [CompletionResult]::new('--due', '--due', [CompletionResultType]::ParameterName, 'The due date: YYYY-MM-DD, today, tomorrow, +2w, +3m, end of quarter, FY26 Q3, end of fiscal year (`""` removes it)')
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'Who owns it (`""` removes it)')
            [CompletionResult]::new('--weight', '--weight', [CompletionResultType]::ParameterName, 'Its weight in progress figures, above zero (1 when not given)')
            [CompletionResult]::new('--notes', '--notes', [CompletionResultType]::ParameterName, 'Notes (`""` removes them)')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'The source''s id (`""` removes it)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]')
            [CompletionResult]::new('--log', '--log', [CompletionResultType]::ParameterName, 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)')
            [CompletionResult]::new('--theme', '--theme', [CompletionResultType]::ParameterName, 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides'' headings) [default: the config file''s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]')
            [CompletionResult]::new('--symbols', '--symbols', [CompletionResultType]::ParameterName, 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file''s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Write the file even if it is marked read-only (never one you may not write); with `add entry`, record an entry the target already has (same kind, amount and date)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('pillar', 'pillar', [CompletionResultType]::ParameterValue, 'A pillar''s title, summary or source, in place (its id stays)')
            [CompletionResult]::new('source', 'source', [CompletionResultType]::ParameterValue, 'A source''s title, address, publisher, date or note, in place (its id stays)')
            [CompletionResult]::new('entry', 'entry', [CompletionResultType]::ParameterValue, 'One entry of a target: its amount, kind, date or note (a wrong amount fixed)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pactboard;edit;pillar' {
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'The pillar''s title (another pillar may not have it)')
            [CompletionResult]::new('--summary', '--summary', [CompletionResultType]::ParameterName, 'Its summary')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'The id of the source it comes from')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]')
            [CompletionResult]::new('--log', '--log', [CompletionResultType]::ParameterName, 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)')
            [CompletionResult]::new('--theme', '--theme', [CompletionResultType]::ParameterName, 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides'' headings) [default: the config file''s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]')
            [CompletionResult]::new('--symbols', '--symbols', [CompletionResultType]::ParameterName, 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file''s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Write the file even if it is marked read-only (never one you may not write); with `add entry`, record an entry the target already has (same kind, amount and date)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'pactboard;edit;source' {
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'The source''s title')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Its address')
            [CompletionResult]::new('--publisher', '--publisher', [CompletionResultType]::ParameterName, 'Who published it')
            [CompletionResult]::new('--published', '--published', [CompletionResultType]::ParameterName, 'When it was published (YYYY-MM-DD)')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'A note')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]')
            [CompletionResult]::new('--log', '--log', [CompletionResultType]::ParameterName, 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)')
            [CompletionResult]::new('--theme', '--theme', [CompletionResultType]::ParameterName, 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides'' headings) [default: the config file''s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]')
            [CompletionResult]::new('--symbols', '--symbols', [CompletionResultType]::ParameterName, 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file''s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Write the file even if it is marked read-only (never one you may not write); with `add entry`, record an entry the target already has (same kind, amount and date)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'pactboard;edit;entry' {
            [CompletionResult]::new('--amount', '--amount', [CompletionResultType]::ParameterName, 'The amount, as officials write it (`¥500 billion`, `5000億円`, `₹2 lakh crore`)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'announced, committed or realized')
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'The entry''s date (YYYY-MM-DD, today, +2w…)')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'A note ("" removes it)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]')
            [CompletionResult]::new('--log', '--log', [CompletionResultType]::ParameterName, 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)')
            [CompletionResult]::new('--theme', '--theme', [CompletionResultType]::ParameterName, 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides'' headings) [default: the config file''s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]')
            [CompletionResult]::new('--symbols', '--symbols', [CompletionResultType]::ParameterName, 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file''s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Write the file even if it is marked read-only (never one you may not write); with `add entry`, record an entry the target already has (same kind, amount and date)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'pactboard;edit;help' {
            [CompletionResult]::new('pillar', 'pillar', [CompletionResultType]::ParameterValue, 'A pillar''s title, summary or source, in place (its id stays)')
            [CompletionResult]::new('source', 'source', [CompletionResultType]::ParameterValue, 'A source''s title, address, publisher, date or note, in place (its id stays)')
            [CompletionResult]::new('entry', 'entry', [CompletionResultType]::ParameterValue, 'One entry of a target: its amount, kind, date or note (a wrong amount fixed)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pactboard;edit;help;pillar' {
            break
        }
        'pactboard;edit;help;source' {
            break
        }
        'pactboard;edit;help;entry' {
            break
        }
        'pactboard;edit;help;help' {
            break
        }
        'pactboard;remove' {
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]')
            [CompletionResult]::new('--log', '--log', [CompletionResultType]::ParameterName, 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)')
            [CompletionResult]::new('--theme', '--theme', [CompletionResultType]::ParameterName, 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides'' headings) [default: the config file''s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]')
            [CompletionResult]::new('--symbols', '--symbols', [CompletionResultType]::ParameterName, 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file''s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Write the file even if it is marked read-only (never one you may not write); with `add entry`, record an entry the target already has (same kind, amount and date)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('entry', 'entry', [CompletionResultType]::ParameterValue, 'One entry of a target (without NUMBER, the target''s entries are listed with theirs)')
            [CompletionResult]::new('source', 'source', [CompletionResultType]::ParameterValue, 'A source nothing refers to (else what refers to it is listed)')
            [CompletionResult]::new('pillar', 'pillar', [CompletionResultType]::ParameterValue, 'A pillar nothing refers to (else its milestones, objectives and targets are listed)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pactboard;remove;entry' {
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]')
            [CompletionResult]::new('--log', '--log', [CompletionResultType]::ParameterName, 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)')
            [CompletionResult]::new('--theme', '--theme', [CompletionResultType]::ParameterName, 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides'' headings) [default: the config file''s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]')
            [CompletionResult]::new('--symbols', '--symbols', [CompletionResultType]::ParameterName, 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file''s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Write the file even if it is marked read-only (never one you may not write); with `add entry`, record an entry the target already has (same kind, amount and date)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'pactboard;remove;source' {
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]')
            [CompletionResult]::new('--log', '--log', [CompletionResultType]::ParameterName, 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)')
            [CompletionResult]::new('--theme', '--theme', [CompletionResultType]::ParameterName, 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides'' headings) [default: the config file''s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]')
            [CompletionResult]::new('--symbols', '--symbols', [CompletionResultType]::ParameterName, 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file''s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Write the file even if it is marked read-only (never one you may not write); with `add entry`, record an entry the target already has (same kind, amount and date)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'pactboard;remove;pillar' {
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]')
            [CompletionResult]::new('--log', '--log', [CompletionResultType]::ParameterName, 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)')
            [CompletionResult]::new('--theme', '--theme', [CompletionResultType]::ParameterName, 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides'' headings) [default: the config file''s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]')
            [CompletionResult]::new('--symbols', '--symbols', [CompletionResultType]::ParameterName, 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file''s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Write the file even if it is marked read-only (never one you may not write); with `add entry`, record an entry the target already has (same kind, amount and date)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'pactboard;remove;help' {
            [CompletionResult]::new('entry', 'entry', [CompletionResultType]::ParameterValue, 'One entry of a target (without NUMBER, the target''s entries are listed with theirs)')
            [CompletionResult]::new('source', 'source', [CompletionResultType]::ParameterValue, 'A source nothing refers to (else what refers to it is listed)')
            [CompletionResult]::new('pillar', 'pillar', [CompletionResultType]::ParameterValue, 'A pillar nothing refers to (else its milestones, objectives and targets are listed)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pactboard;remove;help;entry' {
            break
        }
        'pactboard;remove;help;source' {
            break
        }
        'pactboard;remove;help;pillar' {
            break
        }
        'pactboard;remove;help;help' {
            break
        }
        'pactboard;init' {
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]')
            [CompletionResult]::new('--log', '--log', [CompletionResultType]::ParameterName, 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)')
            [CompletionResult]::new('--theme', '--theme', [CompletionResultType]::ParameterName, 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides'' headings) [default: the config file''s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]')
            [CompletionResult]::new('--symbols', '--symbols', [CompletionResultType]::ParameterName, 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file''s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'pactboard;git-setup' {
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]')
            [CompletionResult]::new('--log', '--log', [CompletionResultType]::ParameterName, 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)')
            [CompletionResult]::new('--theme', '--theme', [CompletionResultType]::ParameterName, 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides'' headings) [default: the config file''s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]')
            [CompletionResult]::new('--symbols', '--symbols', [CompletionResultType]::ParameterName, 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file''s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'pactboard;merge-driver' {
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]')
            [CompletionResult]::new('--log', '--log', [CompletionResultType]::ParameterName, 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)')
            [CompletionResult]::new('--theme', '--theme', [CompletionResultType]::ParameterName, 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides'' headings) [default: the config file''s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]')
            [CompletionResult]::new('--symbols', '--symbols', [CompletionResultType]::ParameterName, 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file''s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'pactboard;resolve' {
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]')
            [CompletionResult]::new('--log', '--log', [CompletionResultType]::ParameterName, 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)')
            [CompletionResult]::new('--theme', '--theme', [CompletionResultType]::ParameterName, 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides'' headings) [default: the config file''s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]')
            [CompletionResult]::new('--symbols', '--symbols', [CompletionResultType]::ParameterName, 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file''s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'pactboard;completions' {
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]')
            [CompletionResult]::new('--log', '--log', [CompletionResultType]::ParameterName, 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)')
            [CompletionResult]::new('--theme', '--theme', [CompletionResultType]::ParameterName, 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides'' headings) [default: the config file''s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]')
            [CompletionResult]::new('--symbols', '--symbols', [CompletionResultType]::ParameterName, 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file''s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'pactboard;config' {
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]')
            [CompletionResult]::new('--log', '--log', [CompletionResultType]::ParameterName, 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)')
            [CompletionResult]::new('--theme', '--theme', [CompletionResultType]::ParameterName, 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides'' headings) [default: the config file''s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]')
            [CompletionResult]::new('--symbols', '--symbols', [CompletionResultType]::ParameterName, 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file''s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print where the config file is read from (whether or not it exists)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print each setting in force and where it came from')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pactboard;config;path' {
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]')
            [CompletionResult]::new('--log', '--log', [CompletionResultType]::ParameterName, 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)')
            [CompletionResult]::new('--theme', '--theme', [CompletionResultType]::ParameterName, 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides'' headings) [default: the config file''s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]')
            [CompletionResult]::new('--symbols', '--symbols', [CompletionResultType]::ParameterName, 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file''s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'pactboard;config;show' {
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]')
            [CompletionResult]::new('--log', '--log', [CompletionResultType]::ParameterName, 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)')
            [CompletionResult]::new('--theme', '--theme', [CompletionResultType]::ParameterName, 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides'' headings) [default: the config file''s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]')
            [CompletionResult]::new('--symbols', '--symbols', [CompletionResultType]::ParameterName, 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file''s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'pactboard;config;help' {
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print where the config file is read from (whether or not it exists)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print each setting in force and where it came from')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pactboard;config;help;path' {
            break
        }
        'pactboard;config;help;show' {
            break
        }
        'pactboard;config;help;help' {
            break
        }
        'pactboard;man' {
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]')
            [CompletionResult]::new('--log', '--log', [CompletionResultType]::ParameterName, 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)')
            [CompletionResult]::new('--theme', '--theme', [CompletionResultType]::ParameterName, 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides'' headings) [default: the config file''s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]')
            [CompletionResult]::new('--symbols', '--symbols', [CompletionResultType]::ParameterName, 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file''s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'pactboard;present' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Add a slide of the changes since this date or git revision (see `report --help`)')
            [CompletionResult]::new('--slides', '--slides', [CompletionResultType]::ParameterName, 'The slides, in order: names separated by commas (see `present --help`) [default: the model''s [deck], or title,overview,money,since,decisions,agreements,pillars,quiet,coming-up,summary]')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]')
            [CompletionResult]::new('--log', '--log', [CompletionResultType]::ParameterName, 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)')
            [CompletionResult]::new('--theme', '--theme', [CompletionResultType]::ParameterName, 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides'' headings) [default: the config file''s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]')
            [CompletionResult]::new('--symbols', '--symbols', [CompletionResultType]::ParameterName, 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file''s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]')
            [CompletionResult]::new('--speaker', '--speaker', [CompletionResultType]::ParameterName, 'Show the speaker view: the current slide small, the next one, the clock, the notes; its keys move every screen that follows the same file')
            [CompletionResult]::new('--follow', '--follow', [CompletionResultType]::ParameterName, 'Follow the presenter of the same file (a second screen in the room): read-only, on the presenter''s slide; without --slides and --since, the presenter''s')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'pactboard;snapshot' {
            [CompletionResult]::new('--view', '--view', [CompletionResultType]::ParameterName, 'overview, pillars, milestones, timeline, targets, or slide:N for slide N of the presentation')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'With slide:N, the presentation''s "since" slide from this date or git revision')
            [CompletionResult]::new('--slides', '--slides', [CompletionResultType]::ParameterName, 'The slides, in order: names separated by commas (see `present --help`) [default: the model''s [deck], or title,overview,money,since,decisions,agreements,pillars,quiet,coming-up,summary]')
            [CompletionResult]::new('--width', '--width', [CompletionResultType]::ParameterName, 'Columns of the screen')
            [CompletionResult]::new('--height', '--height', [CompletionResultType]::ParameterName, 'Rows of the screen')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Plain text, or an SVG image drawn from the same screen (colours in the --theme)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]')
            [CompletionResult]::new('--log', '--log', [CompletionResultType]::ParameterName, 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)')
            [CompletionResult]::new('--theme', '--theme', [CompletionResultType]::ParameterName, 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides'' headings) [default: the config file''s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]')
            [CompletionResult]::new('--symbols', '--symbols', [CompletionResultType]::ParameterName, 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file''s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'pactboard;report' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Markdown for people, JSON for scripts')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Also list the changes since this date (the status changes recorded from then on) or this git revision of the file (a tag, a commit, HEAD~3: the model then compared with now, hand edits included)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]')
            [CompletionResult]::new('--log', '--log', [CompletionResultType]::ParameterName, 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)')
            [CompletionResult]::new('--theme', '--theme', [CompletionResultType]::ParameterName, 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides'' headings) [default: the config file''s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]')
            [CompletionResult]::new('--symbols', '--symbols', [CompletionResultType]::ParameterName, 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file''s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'pactboard;log' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only commits made on or after this date, or after this revision (a tag such as meeting-2025-09, a commit, HEAD~3)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Only commits up to this revision (and not the uncommitted changes)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Text for people, Markdown for minutes, JSON for scripts')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]')
            [CompletionResult]::new('--log', '--log', [CompletionResultType]::ParameterName, 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)')
            [CompletionResult]::new('--theme', '--theme', [CompletionResultType]::ParameterName, 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides'' headings) [default: the config file''s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]')
            [CompletionResult]::new('--symbols', '--symbols', [CompletionResultType]::ParameterName, 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file''s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'pactboard;export' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'What to write')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Where to write [default: the file''s name with .html or .pdf, or with -svg for a folder, in the current folder]')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Add the presentation''s slide of the changes since this date or git revision (see `report --help`)')
            [CompletionResult]::new('--slides', '--slides', [CompletionResultType]::ParameterName, 'The slides, in order: names separated by commas (see `present --help`) [default: the model''s [deck], or title,overview,money,since,decisions,agreements,pillars,quiet,coming-up,summary]')
            [CompletionResult]::new('--width', '--width', [CompletionResultType]::ParameterName, 'Columns of each screen')
            [CompletionResult]::new('--height', '--height', [CompletionResultType]::ParameterName, 'Rows of each screen')
            [CompletionResult]::new('--font', '--font', [CompletionResultType]::ParameterName, 'pdf: a font file, or a folder of fonts, tried before the system''s for every script (may be given more than once)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default: the local date]')
            [CompletionResult]::new('--log', '--log', [CompletionResultType]::ParameterName, 'Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)')
            [CompletionResult]::new('--theme', '--theme', [CompletionResultType]::ParameterName, 'Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of two delegations (en+ja: the second beneath the slides'' headings) [default: the config file''s `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]')
            [CompletionResult]::new('--symbols', '--symbols', [CompletionResultType]::ParameterName, 'The symbols the screen is drawn with: ascii draws borders, bars and status marks in ASCII only [default: the config file''s `symbols`, else ascii on the Linux console (TERM=linux), else unicode]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Write into an --out that exists (its files of the same names are replaced)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'pactboard;help' {
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Validate files and print every problem with its line, column and a caret')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change one milestone''s status, with a history entry, and save the file safely')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a milestone, an entry of a target, a source or a pillar, and save the file safely')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change fields of one milestone (title, pillar, objective, due, owner, weight, notes, source)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove one milestone: its table, its history, and a comment directly above it')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Write the bundled India–Japan model to FILE as a starting point (never overwrites)')
            [CompletionResult]::new('git-setup', 'git-setup', [CompletionResultType]::ParameterValue, 'Mark partnership files for pactboard''s merge in .gitattributes and configure the driver')
            [CompletionResult]::new('merge-driver', 'merge-driver', [CompletionResultType]::ParameterValue, 'The merge driver git runs for a file marked merge=pactboard (see git-setup)')
            [CompletionResult]::new('resolve', 'resolve', [CompletionResultType]::ParameterValue, 'Settle a merge that left a partnership file in conflict, asking which side stands')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a completion script for a shell')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Where the config file is, and the settings in force with where each came from')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the manual page (roff), for `man -l -` or a man folder')
            [CompletionResult]::new('present', 'present', [CompletionResultType]::ParameterValue, 'Present the model full-screen as slides, for meetings')
            [CompletionResult]::new('snapshot', 'snapshot', [CompletionResultType]::ParameterValue, 'Print one screen of the dashboard as plain text, without a terminal')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Summarise progress, pillars, targets, overdue and upcoming milestones for meeting minutes')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Every change to the model in the file''s git history, with authors, newest first')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the views and slides as files for people who were not at the terminal')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pactboard;help;check' {
            break
        }
        'pactboard;help;set' {
            break
        }
        'pactboard;help;add' {
            [CompletionResult]::new('milestone', 'milestone', [CompletionResultType]::ParameterValue, 'A milestone, after the file''s last one')
            [CompletionResult]::new('entry', 'entry', [CompletionResultType]::ParameterValue, 'A reported amount of a target (announced, committed or realized)')
            [CompletionResult]::new('source', 'source', [CompletionResultType]::ParameterValue, 'A source (an article, a joint statement), after the file''s last one')
            [CompletionResult]::new('pillar', 'pillar', [CompletionResultType]::ParameterValue, 'A pillar, after the file''s last one')
            break
        }
        'pactboard;help;add;milestone' {
            break
        }
        'pactboard;help;add;entry' {
            break
        }
        'pactboard;help;add;source' {
            break
        }
        'pactboard;help;add;pillar' {
            break
        }
        'pactboard;help;edit' {
            [CompletionResult]::new('pillar', 'pillar', [CompletionResultType]::ParameterValue, 'A pillar''s title, summary or source, in place (its id stays)')
            [CompletionResult]::new('source', 'source', [CompletionResultType]::ParameterValue, 'A source''s title, address, publisher, date or note, in place (its id stays)')
            [CompletionResult]::new('entry', 'entry', [CompletionResultType]::ParameterValue, 'One entry of a target: its amount, kind, date or note (a wrong amount fixed)')
            break
        }
        'pactboard;help;edit;pillar' {
            break
        }
        'pactboard;help;edit;source' {
            break
        }
        'pactboard;help;edit;entry' {
            break
        }
        'pactboard;help;remove' {
            [CompletionResult]::new('entry', 'entry', [CompletionResultType]::ParameterValue, 'One entry of a target (without NUMBER, the target''s entries are listed with theirs)')
            [CompletionResult]::new('source', 'source', [CompletionResultType]::ParameterValue, 'A source nothing refers to (else what refers to it is listed)')
            [CompletionResult]::new('pillar', 'pillar', [CompletionResultType]::ParameterValue, 'A pillar nothing refers to (else its milestones, objectives and targets are listed)')
            break
        }
        'pactboard;help;remove;entry' {
            break
        }
        'pactboard;help;remove;source' {
            break
        }
        'pactboard;help;remove;pillar' {
            break
        }
        'pactboard;help;init' {
            break
        }
        'pactboard;help;git-setup' {
            break
        }
        'pactboard;help;merge-driver' {
            break
        }
        'pactboard;help;resolve' {
            break
        }
        'pactboard;help;completions' {
            break
        }
        'pactboard;help;config' {
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print where the config file is read from (whether or not it exists)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print each setting in force and where it came from')
            break
        }
        'pactboard;help;config;path' {
            break
        }
        'pactboard;help;config;show' {
            break
        }
        'pactboard;help;man' {
            break
        }
        'pactboard;help;present' {
            break
        }
        'pactboard;help;snapshot' {
            break
        }
        'pactboard;help;report' {
            break
        }
        'pactboard;help;log' {
            break
        }
        'pactboard;help;export' {
            break
        }
        'pactboard;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
