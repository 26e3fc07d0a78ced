# pactboard's words in English: the reference catalog.
#
# A translator edits the text after each `=` and keeps the `{ $name }` placeholders (a test
# fails when a catalog lacks a message of this one, or when a message's placeholders differ).
# Plurals: `{ $count -> [one] … *[other] … }` (Japanese has no plural forms; Hindi has one and
# other). Amounts and dates arrive already written in the language (see src/i18n/format.rs).

## Statuses, health and the kinds of an amount

status-planned = planned
status-in-progress = in progress
status-at-risk = at risk
status-blocked = blocked
status-done = done
status-cancelled = cancelled
health-on-track = on track
health-at-risk = at risk
health-off-track = off track
health-no-data = no data
kind-announced = announced
kind-committed = committed
kind-realized = realized
no-milestones = no milestones

## The deck: the title slide

deck-dates = Today { $today }
deck-dates-as-of = Facts as of { $as_of } · Today { $today }

## The deck: slide headings

deck-headline = Where we stand
deck-money = The money
deck-next-due = Due next
deck-agreements = Agreements
deck-also = Also
deck-summary = In summary
deck-no-milestones = No milestones recorded for this pillar yet
deck-overdue-mark = ⚠ overdue
deck-group-overdue = Overdue
deck-group-next = Next
deck-group-done = Done
deck-quiet = Pillars with nothing recorded yet
deck-decisions = Needs a decision
deck-nothing-to-decide = Nothing needs a decision: no milestone is blocked, at risk or overdue, and every target is at or ahead of its pace.
deck-no-changes = Nothing has changed.
deck-group-money = Money
deck-group-tables = Pillars, objectives and sources
deck-group-elsewhere = Elsewhere
deck-decision-blocked = Blocked
deck-decision-at-risk = At risk
deck-decision-overdue = Overdue
deck-decision-behind = Behind their pace
deck-coming-up = Coming up: the next { $days } days
deck-since = Since { $label }

## The deck: figures and lines

deck-overall = { $done } of { $milestones } milestones done · { $overdue } overdue · { $blocked } blocked
deck-target-figure = { $realized } of { $amount }
deck-target-realized = Realized (the big figure): { $realized } of { $amount }
deck-target-money = Committed { $committed } · announced { $announced }
deck-target-line = { $title }: realized { $realized } of { $amount } · committed { $committed } · announced { $announced }
deck-pace = pace: { $amount } by today
deck-reached = Reached
deck-run-rate = Run-rate needed: { $amount } a year until { $end }
deck-run-rate-lower = run-rate needed: { $amount } a year until { $end }
deck-ended-short = Ended { $end } short of the amount
deck-pillar-of = Pillar { $n } of { $of }
deck-pillars-declared = { $heading } · the source declares { $declared } pillars and names { $named }
deck-pillar-progress = { $percent } · { $done } of { $milestones } done
deck-group-count = { $label } ({ $count })
deck-more = … and { $count } more
deck-due = due { $date }
deck-by-hand = by hand
deck-by-hand-note = (by hand)
deck-summary-words = { $percent } overall · { $done } of { $milestones } milestones done
deck-pillars-missing = The source declares { $declared } pillars; { $named } are named.
deck-overdue-count = { $count ->
    [one] 1 milestone overdue
   *[other] { $count } milestones overdue
}
deck-pillar-count = { $count ->
    [one] 1 pillar
   *[other] { $count } pillars
}
deck-without-milestones = { $count } without milestones
deck-sources = Sources: { $titles }
deck-colophon = pactboard · shown { $today }
deck-colophon-as-of = pactboard · facts as of { $as_of }, shown { $today }
deck-continued = { $group } (continued)
deck-page-of = · { $n } of { $of }
deck-owner = owner: { $owner }
deck-no-owner = no owner
deck-behind-by = realized { $realized } where the straight pace is { $pace }

## The deck: the presenter's footer and the speaker view

deck-cut = ▼ cut: the screen is too small for all of this slide ·
deck-since-start = { $elapsed } since the start
deck-go-to = go to { $slide }…
deck-key-leave = leaves
deck-key-hide = hides this
deck-key-next = next
deck-key-back = back
deck-key-help = help
deck-following = following the presenter

## The speaker's notes

notes-open = Open with the parties ({ $parties }) and the date of the facts.
notes-open-as-of = Open with the parties ({ $parties }) and the date of the facts, { $as_of }.
notes-overall = { $done } of { $milestones } milestones done; { $overdue } overdue, { $blocked } blocked.
notes-who-owns = Who owns what needs help: { $list }
notes-behind = { $title }: { $gap } behind the straight pace; { $needed }
notes-ahead = { $title }: at or ahead of the straight pace by { $gap }
notes-pillar-fine = Nothing in this pillar is blocked or at risk.
notes-needs-help = Needs help: { $list }
notes-pillar-overdue = { $count } overdue in this pillar.
notes-changes = { $count ->
    [one] 1 change in all; page { $n } of { $of }.
   *[other] { $count } changes in all; page { $n } of { $of }.
}
notes-owners = Owners to ask: { $list }.
notes-page = Page { $n } of { $of }.

## The speaker view

speaker-header = Speaker view · slide { $n } of { $of } · { $clock } · { $elapsed } since the start · your keys move every screen that follows
speaker-now = Now: { $n } · { $name }
speaker-more = ▼ more on the room's screen
speaker-next = Next: { $n } · { $name }
speaker-end = Next: the end of the deck
speaker-notes = Notes

## The dashboard

language-now = Language: { $name } ({ $key } switches)
view-overview = Overview
view-pillars = Pillars
view-milestones = Milestones
view-timeline = Timeline
view-targets = Targets
view-changes = Changes
sort-due = due date
sort-status = status
sort-pillar = pillar
zoom-years = years
zoom-quarters = quarters
zoom-months = months
header-unsaved = ● { $count } unsaved
header-read-only = read-only
header-marked-read-only = marked read-only
header-cannot-save = cannot be saved here
header-autosave = autosave
header-as-of = as of { $date }
header-today = today { $date }
hint-help = help
hint-search = search
hint-views = views
hint-quit = quit
hint-keep = keep
hint-clear = clear
search-shown = search: { $query }
search-clears = ({ $key } clears)
too-small-long = terminal too small (need { $need }, have { $have })
too-small-short = too small: { $have }, need { $need }
too-small-need = need { $need }

## The overview

overview-progress = Overall progress
count-blocked = { $count } blocked
count-done-of = { $done } of { $milestones } milestones done
count-done-short = { $done }/{ $milestones } done
count-overdue = { $count } overdue
pillars-named = Pillars · { $named } of { $declared } named
pillars-declared = The source declares { $declared } pillars and names { $named }.
no-pillars = No pillars in the file.
no-targets = No targets in the file.
no-agreements = No agreements in the file.
other-objectives = Other objectives
target-realized = Realized { $realized }
target-of = of { $amount } ({ $percent })
target-pace = pace { $amount } by today ({ $time } of the time)
target-needed = Needed { $amount } a year to { $end }
overview-due = Overdue and next due
nothing-overdue = Nothing overdue.
nothing-due = No open milestone has a due date ahead.
overview-agreements = Agreements and objectives

## The milestones table

milestones-title = Milestones · { $shown } of { $all } · by { $sort }
milestones-status = status { $status }
milestones-marked = { $count } marked
milestones-pillar = pillar { $pillar }
column-id = id
column-title = title
column-pillar = pillar
column-due = due
column-status = status
column-owner = owner
no-milestones-file = No milestones in the file.
filters-clear = ({ $key } clears them)
no-milestone-matches = No milestone matches the search or filters{ $clears }.

## The pillars view

pillar = Pillar
no-pillar-matches = No pillar matches the search.
label-progress = Progress
label-health = Health
count-done = { $done } of { $milestones } done
objectives-count = Objectives ({ $count })
milestones-count = Milestones ({ $count })

## The targets view

target-figures = Figures
targets-choose = ({ $keys } to choose)
chart-pace = pace
chart-today = today
target-entries = Entries
no-entries = No amounts reported yet.

## The timeline

timeline-scroll = { $keys } scroll
timeline-zoom = { $keys } zoom
no-date = no date
nothing-to-show = Nothing to show.

## What each key does (the help)

action-help = help for what is on screen
action-quit = quit
action-next-view = next view
action-previous-view = previous view
action-show-overview = overview
action-show-pillars = pillars
action-show-milestones = milestones
action-show-timeline = timeline
action-show-targets = targets
action-show-changes = changes
action-up = move up
action-down = move down
action-page-up = page up
action-page-down = page down
action-first = first
action-last = last
action-open = open the selected item
action-back = back / clear search and filters
action-search = search ids and titles
action-cycle-sort = sort by due date, status, pillar
action-cycle-status-filter = filter by status
action-cycle-pillar-filter = filter by pillar
action-cycle-author-filter = filter by author
action-zoom-in = zoom in (years → quarters → months)
action-zoom-out = zoom out
action-scroll-left = earlier in time
action-scroll-right = later in time
action-status-picker = change the status of the selected milestone
action-edit-notes = edit the notes of the selected milestone
action-edit-due = edit the due date of the selected milestone
action-undo = undo
action-redo = redo
action-save = save the file
action-present = presentation mode (slides)
action-open-in-editor = the file in your editor, at this milestone
action-toggle-mark = mark for one status change to several
action-switch-pane = move between the list and the text beside it
action-show-problems = why the file on disk cannot be used
action-add-item = add a milestone (in targets, an amount)
action-edit-milestone = edit the selected milestone, pillar or entry
action-remove-milestone = remove the selected milestone, pillar, entry
action-add-pillar = add a pillar
action-add-source = add a source
action-next-field = next field
action-previous-field = previous field
action-remove-it = remove it, with its history
action-cancel-instead = cancel it instead, keeping its record
action-accept = keep
action-cancel = cancel
action-close = close
action-mark-planned = planned
action-mark-in-progress = in progress
action-mark-at-risk = at risk
action-mark-blocked = blocked
action-mark-done = done
action-mark-cancelled = cancelled
action-save-and-quit = save and quit
action-discard-and-quit = discard them and quit
action-write-again = write it again there, with your edits
action-save-as = save as another file
action-merge-mine = put my changes on top of theirs, and save
action-keep-theirs = keep the file's for these (my changes stay in their history), and save
action-cursor-left = cursor left
action-cursor-right = cursor right
action-word-left = a word left
action-word-right = a word right
action-line-start = start of the text
action-line-end = end of the text
action-delete-back = delete before the cursor
action-delete-forward = delete under the cursor
action-delete-word-back = delete the word before
action-delete-to-start = delete to the start
action-delete-to-end = delete to the end
action-put-back = put back what was deleted last
action-next-slide = next slide (after digits: go to that slide)
action-previous-slide = previous slide
action-toggle-footer = show or hide the footer
action-switch-language = switch the language: English, 日本語, हिन्दी
action-jump-digit = type a slide number (then the next-slide key)
action-leave = leave the presentation

## The help

help-title = Help
hint-closes = closes
no-key = (no key)
help-file = File: { $file }
help-keymap = Keys can be changed in { $path }
help-keymap-default = Keys can be changed in keymap.toml in pactboard's config folder
help-slides = Slides (present --slides NAMES, or the file's [deck])
section-global = Everywhere
section-view = In the { $view } view
section-detail = In a milestone's detail
section-help = In the help
section-search = In the search box
section-text = In a text field
section-picker = Choosing a status
section-confirm-quit = Quitting with unsaved changes
section-file-missing = The file is gone
section-conflict = Changed on disk
section-presenting = Presenting
section-problems = The file's problems
section-form = In a form
section-confirm-remove = Removing a milestone
part-title = the partnership's title and dates
part-overview = where we stand: progress, health, the money in a line
part-money = each target: announced, committed, realized, pace, run-rate
part-agreements = the agreements and their objectives
part-since = everything since --since DATE|REV
part-decisions = blocked, at risk, overdue, behind pace
part-pillars = a slide for each pillar with milestones
part-pillar-ID = one pillar's slide
part-quiet = the pillars with nothing recorded, on one slide
part-coming-up = overdue and the next 90 days
part-summary = the closing summary

## A change, in words (the Changes view and the since slide)

change-by-hand = (changed by hand: no history entry)
change-by-hand-short = by hand:
change-added = added { $title } to { $pillar }
change-removed = removed { $title }
change-retitled = retitled { $from } → { $to }
change-moved = moved { $title } from { $from } to { $to }
change-redated = { $title }: due { $from } → { $to }
change-redated-short = due { $from } → { $to }
change-fields = { $title }: { $fields } changed
change-fields-short = { $fields } changed
change-entry = { $target }: { $kind } { $amount } on { $date }{ $note }
change-source-added = source { $id } added
change-source-changed = source { $id } changed
change-source-removed = source { $id } removed
change-pillar-added = pillar { $id } added
change-pillar-changed = pillar { $id } changed
change-pillar-removed = pillar { $id } removed
change-objective-added = objective { $id } added
change-objective-changed = objective { $id } changed
change-objective-removed = objective { $id } removed
change-agreement-added = agreement { $id } added
change-agreement-changed = agreement { $id } changed
change-agreement-removed = agreement { $id } removed
change-target-added = target { $id } added
change-target-changed = target { $id } changed
change-target-removed = target { $id } removed
contents-source = { $count ->
    [one] 1 source
   *[other] { $count } sources
}
contents-pillar = { $count ->
    [one] 1 pillar
   *[other] { $count } pillars
}
contents-objective = { $count ->
    [one] 1 objective
   *[other] { $count } objectives
}
contents-agreement = { $count ->
    [one] 1 agreement
   *[other] { $count } agreements
}
contents-target = { $count ->
    [one] 1 target
   *[other] { $count } targets
}
contents-milestone = { $count ->
    [one] 1 milestone
   *[other] { $count } milestones
}
contents-entry = { $count ->
    [one] 1 entry
   *[other] { $count } entries
}
contents-status = { $count ->
    [one] 1 status change
   *[other] { $count } status changes
}
contents-other = { $count ->
    [one] 1 other change
   *[other] { $count } other changes
}

## The changes view

changes-by = by { $author }
changes-reading-again = reading again…
changes-reading-older = reading older changes…
changes-reading = Reading the file's history…
changes-unavailable = No history to show: { $why }.
changes-none = No change to the model in the file's history.
changes-no-match = No change matches the filters{ $clears }.
column-when = when
column-who = who
column-commit = commit
column-change = change
uncommitted = uncommitted
changes-created = created the file: { $contents }
changes-shallow = history starts here (shallow clone): { $contents }
changes-did-not-load = the file did not load at this version
hint-back = back
change = Change
commit-id = commit { $id }
changes-uncommitted = Uncommitted changes of the working file
changes-path = the file was at { $path } then
changes-milestone = milestone { $id }
changes-none-status = (none)
changes-from-to = from { $from } to
changes-recorded-on = recorded on { $date } (no time of day)
changes-recorded-at = recorded at { $at }
changes-by-hand = changed by hand: no history entry records it
changes-created-long = Created the file: { $contents }
changes-shallow-long = The history of this shallow clone starts here (`git fetch --unshallow` reads the rest); the file then held: { $contents }
changes-did-not-load-long = The file did not load at this version: { $why }
changes-check-says = `pactboard check` on it says why.
changes-it-added = It added:
changes-commit-also = The same commit also:
changes-edit-also = The same edit also:

## Scrolling, and a milestone's detail

scroll-above = { $count } above
scroll-more = { $count } more
scroll-key = ({ $key } scrolls)
hint-scroll = { $keys } scroll
hint-close = close
hint-previous-next = { $keys } previous/next
detail-status = Status
detail-pillar = Pillar
detail-objective = Objective
detail-due = Due
detail-overdue = overdue
detail-done-on = Done on
detail-weight = Weight
detail-owner = Owner
detail-source = Source
detail-notes = Notes
detail-history = History ({ $count })
detail-no-history = no status changes recorded

## The popups

modal-marked = { $count } marked milestones
modal-now = (now)
hint-cancel = cancel
hint-cancels = cancels
hint-choose = { $keys } choose
hint-records = records the change
hint-keeps = keeps
hint-saves = saves
hint-move = { $keys } move
modal-note = Note for the history (optional):
modal-when-now = When: now ({ $key } to give the day the news is from)
modal-status = Status
modal-note-shown = Note: { $note }
modal-when-asked = When did it happen? 2026-01-10, 2026-01-10 14:30, yesterday, -3d; empty: now
modal-when = When
modal-due-asked = Due date (YYYY-MM-DD, +2w, +3m, end of quarter, FY26 Q3, end of fiscal year; empty for none):
modal-due = Due date
modal-unsaved = { $count ->
    [one] 1 unsaved change.
   *[other] { $count } unsaved changes.
}
modal-cannot-save = This file cannot be saved: { $why }.
modal-stay = stay
modal-quit = Quit?
modal-gone = The file is gone from where it was:
modal-gone-why = (deleted or moved since it was read)
modal-not-now = not now (your edits are kept)
modal-not-saved = Not saved
modal-save-as-asked = Save as (a file that does not exist yet):
modal-save-as = Save as
conflict-changed = The file changed on disk while you edited.
conflict-on-top = Your other edits were put on top of the new version.
conflict-these = These milestones changed there too:
conflict-lines = lines { $from }–{ $to } of { $all } ({ $keys }) · { $count ->
    [one] 1 conflict
   *[other] { $count } conflicts
}, all settled by one choice
conflict-later = decide later (nothing saved, your edits kept)
remove-milestone-asked = { $count ->
    [0] Remove it from the file?
    [one] Remove it from the file, with its history entry?
   *[other] Remove it from the file, with its { $count } history entries?
}
remove-it = remove it
keep-it = keep it
remove-title = Remove?
remove-entry-asked = Remove this entry of { $target } from the file?
remove-pillar-asked = Remove this pillar from the file? Nothing refers to it.

## The forms

field-title = Title
field-id = Id
field-pillar = Pillar
field-objective = Objective
field-due = Due
field-owner = Owner
field-weight = Weight
field-notes = Notes
field-source = Source
field-kind = Kind
field-amount = Amount
field-date = Date
field-url = URL
field-summary = Summary
form-add-milestone = Add a milestone
form-edit = Edit { $id }
form-record = Record an amount of { $target }
form-change-entry = Change entry { $n } of { $target }
form-add-source = Add a source
form-add-pillar = Add a pillar
form-edit-pillar = Edit pillar { $id }
hint-records-entry = records
hint-adds = adds
hint-fields = { $keys } fields
hint-next = next

## The file's problems

problems-cannot-open = { $file } cannot be opened: { $count ->
    [one] 1 error
   *[other] { $count } errors
}.
problems-changed = { $file } changed on disk and has { $count ->
    [one] 1 error
   *[other] { $count } errors
}.
problems-fix = Fix it in your editor and save: pactboard opens it by itself.
problems-last-good = The dashboard shows the last good version until the file is fixed.
problems-back = back to the last good version
problems-editor = opens your editor
problems-title = Problems
deck-fiscal-pace = By the end of { $year } ({ $end }) the straight pace reaches { $amount }

## What the status line says after an edit or a save

said-milestones = { $count } milestones
said-details = details changed
said-notes = notes changed
said-retitled = retitled
said-no-due = no due date
said-undoes = undoes
said-saves = saves
said-nothing-to-undo = nothing to undo
said-nothing-to-redo = nothing to redo
said-undone = undone
said-redone = redone
said-read-only = read-only: `pactboard init FILE` writes a copy you can edit and save
said-nothing-to-save = nothing to save
said-tables-changed = { $count ->
    [one] 1 table changed in place
   *[other] { $count } tables changed in place
}
said-tables-added = { $count ->
    [one] 1 table added
   *[other] { $count } tables added
}
said-tables-removed = { $count ->
    [one] 1 table removed
   *[other] { $count } tables removed
}
said-and-more = { $ids } and { $count } more
said-saved = saved
said-autosaved = autosaved
said-tries-again = tries again
said-not-saved-kept = not saved: { $why } (your edits are kept{ $again })
said-save-elsewhere = not saved: { $why }; save your edits as another file (Esc keeps them unsaved)
said-not-saved = not saved: { $why }
change-translations-added = the names in { $id } added
change-translations-changed = the names in { $id } changed
change-translations-removed = the names in { $id } removed
contents-translations = { $count ->
    [one] the names in 1 language
   *[other] the names in { $count } languages
}

## The report (Markdown, for the minutes)

report-of = { $parties } · report of { $today }
report-of-as-of = { $parties } · report of { $today } · facts as of { $as_of }
report-overall = **Overall progress: { $percent }** ({ $done } of { $milestones } milestones done, { $overdue } overdue)
report-pillars-named = Pillars ({ $named } of { $declared } named in the file)
report-pillars-columns = | Pillar | Progress | Health | Done | Overdue |
report-target = Target: { $amount } from { $start } to { $end }
report-realized = Realized: { $realized } ({ $percent } of the target); committed: { $committed }; announced: { $announced }
report-expected = Expected by today at a straight pace: { $amount }
report-reached = reached
report-a-year = { $amount } a year until { $end }
report-not-reached = not reached by its end ({ $end })
report-needed = Still needed: { $needed }
report-no-entries = No amounts reported yet
report-none = None.
report-overdue = Overdue milestones
report-upcoming = Due in the next { $days } days
report-status-since = Status changes since { $since }
report-none-recorded = None recorded.
report-other-changes = Other changes to the model
report-pillar-id = pillar `{ $id }`
agreement-signed = signed { $date }

## More of the status line

said-opened = opened: the file is valid now
said-reloaded = reloaded: the file changed on disk
said-entry-gone-removed = that entry is no longer in the file as it was; nothing removed
said-entry-gone-changed = that entry is no longer in the file as it was; nothing changed
said-pillar-gone = pillar `{ $id }` is no longer in the file
said-milestone-gone = `{ $id }` is no longer in the file
said-milestone-gone-unchanged = `{ $id }` is no longer in the file; nothing was changed
said-not-saved-edits-kept = not saved: your edits are kept
said-kept-theirs = kept the file's version of those milestones
said-already = it is already { $status }
said-all-already = they are all { $status } already
said-no-targets = the file has no targets to record an amount of
said-pillar-first = add a pillar first: a milestone belongs to one
said-no-pillars = the file has no pillars
said-no-entries-change = this target has no entries to change
said-no-entries-remove = this target has no entries to remove
said-nothing-changed = nothing changed
said-form-unread = the form could not be read; nothing was changed
said-no-problems = the file on disk has no problems
said-marks-cleared = marks cleared
said-select-first = select a milestone first (views 3 and 4)
said-bundled-read-only = read-only: this is the bundled model; `pactboard init FILE` writes a copy you can edit

## The HTML page (its slides are the deck's)

html-slides = Slides
html-previous = Previous slide
html-next = Next slide
html-report = Report
html-overall = Overall
html-not-cancelled = Milestones (not cancelled)
html-of = { $done } of { $all }
html-no-milestones = No milestones.
html-amount-span = { $amount } from { $start } to { $end }
html-announced = Announced
html-committed = Committed
html-realized = Realized
html-pace = Pace by today
html-note = Note
html-changes-since = Changes since { $since }
html-no-change = No change.
html-when = When
html-milestone = Milestone
html-from = From
html-to = To
html-by-hand = (changed by hand)
html-more-milestones = … and { $count } more milestones: the first { $shown } are listed here; `pactboard report` and the file have them all.
html-sources = Sources

## The status line, second sweep: structural steps, merges, refusals, errors of what is typed

said-added-milestone = added milestone { $id }
said-removed-milestone = removed milestone { $id }
said-added-source = added source { $id }
said-added-pillar = added pillar { $id }
said-recorded-entry = recorded an entry of { $id }
said-removed-entry = removed entry { $n } of { $id }
said-changed-entry = changed an entry of { $id } (now listed last)
said-removed-pillar = removed pillar { $id }
said-changed-pillar = changed pillar { $id }
said-renamed = named { $id } in { $language }
said-pillar-in-use = pillar { $id } is not removed: { $ids } { $count ->
    [one] refers
   *[other] refer
} to it; move or remove them first
said-entry-twice = this target already has { $kind } { $amount } on { $date }: Enter again records it twice (counted twice), Esc cancels
said-changed-on-disk = changed on disk: showing it with your { $count ->
    [one] 1 unsaved change
   *[other] { $count } unsaved changes
} on top{ $merges }
said-merges = merges
said-conflicts-to-settle = { $count ->
    [one] 1 conflict to settle
   *[other] { $count } conflicts to settle
}
said-not-made-again = not made again on the file as it is now (what they need is gone or taken there): { $what }
lost-source-removal = the removal of source { $id } (something there refers to it now)
lost-pillar-removal = the removal of pillar { $id } (something there refers to it now)
lost-pillar-change = your change to pillar { $id }
lost-source-change = your change to source { $id }
lost-entries = the entries of { $id }
lost-entry = an entry of { $id }
lost-name = your name of { $id } in { $language } (changed there too)
said-asks-again = asks again
said-not-saved-kept-again = not saved: your edits are kept{ $again }
said-cannot-keep = `{ $id }` cannot be kept: { $why }
said-popup-closed = `{ $id }` was removed from the file on disk, so its popup closed{ $kept }
said-what-you-typed = ; what you typed: { $text }
said-bundled-no-save = this is the bundled model, which is read-only
said-saved-but = saved, but { $why }
said-read-only-again = the file is marked read-only (no write permission for anyone); { $again } writes it anyway
said-key-again = { $key } again
said-saving-again = saving again
said-no-permission = you do not have permission to write it
said-merged = the file had changed on disk: your edits were merged into it
said-back-from = back from { $name }
said-editor-ended = { $name } ended with { $status }
said-editor-failed = the editor did not start: { $why }
said-editor-missing = could not start { $name }: { $why } (set $VISUAL or $EDITOR)
banner-cannot-read = { $file } cannot be read now
banner-not-utf8 = the file on disk is not UTF-8 now; showing the last good version
banner-invalid = { $why }; showing the last good version{ $shows }
banner-shows-problems = { $key } shows the problems
file-has-errors = the file on disk has { $count ->
    [one] 1 error
   *[other] { $count } errors
}{ $first }
file-first-error = , first at { $line }:{ $col }: { $message }
problems-more = … and { $count } more: `pactboard check { $file }` lists them all
beacon-following = following the presenter of { $name }
beacon-waiting = waiting for a presenter of { $name }

## Why a save did not happen (the reasons inside come from the store, in English)

save-conflict = { $file } changed on disk since it was read
save-cannot-place = the change to `{ $id }` cannot be written into this file's layout: { $why }
save-cannot-change = this change cannot be written into the file's layout: { $why }
save-unverified = the change to `{ $id }` could not be written safely into this file's layout; nothing was saved
save-not-written = { $file } was not written: { $why }
save-missing = { $file } no longer exists (deleted or moved)
save-exists = { $file } exists; pactboard never writes over another file
save-io = cannot write { $file }: { $why }

## A conflict, field by field

conflict-removed = removed in the file; you changed it ({ $key } keeps it with your changes)
conflict-one = { $field }: file { $file } · yours { $yours }
conflict-file = { $field } in the file: { $file }
conflict-yours = { $field }, yours: { $yours }
conflict-both-status = status { $status } on both sides; both histories are kept
conflict-same = the same values on both sides
conflict-field-status = status
conflict-field-title = title
conflict-field-due = due
conflict-field-done-on = done on
conflict-field-notes = notes
conflict-field-pillar = pillar
conflict-field-objective = objective
conflict-field-owner = owner
conflict-field-weight = weight
conflict-field-source = source

## What a form or a popup says of what is typed

form-gone = no longer in the file; choose again
form-required = required
form-weight = a number above zero, such as 1 or 2.5
form-id-required = required (made from the title)
form-id-shape = lower-case letters, digits and -, such as stockpiling-framework
form-id-taken = `{ $id }` is taken
error-not-a-date = `{ $text }` is not a date: write YYYY-MM-DD (such as 2026-06-30), +10d, +2w, +3m, +1y, today, tomorrow, end of month, end of quarter, end of year, end of fiscal year, end of fiscal quarter, FY2026 or FY26 Q3
error-or-nothing = { $error }, or nothing to remove it
error-not-a-when = `{ $text }` is not a date or a time: write YYYY-MM-DD (2026-01-10), a date and time (2026-01-10 14:30, 2026-01-10T14:30+09:00), today, yesterday, now, or days or weeks ago (-3d, -2w)
error-future = { $when } is in the future: a change is recorded when it happened (today is { $today })
error-before-1970 = { $when } is before 1970: not a date a change of this file can have
error-before-last = { $when } is before `{ $id }`'s last recorded change ({ $last }, to { $status })
amount-empty = write an amount, such as `500 billion` or `5000億円`
amount-not-positive = an amount is above zero
amount-not-a-number = `{ $text }` is not a number pactboard reads; write digits (`500_000_000_000`), maybe with a scale (`500 billion`, `5000億`, `2 lakh crore`)
amount-unknown-scale = `{ $text }` is not a scale pactboard knows; the scales are thousand, million, billion, trillion (k, M, B, T), lakh, crore, 万, 億, 兆
amount-other-unit = this is an amount in { $found }, and the target counts { $unit }
amount-other-scale = `{ $word }` is how { $currency } amounts are written, and the target counts { $unit }
amount-too-large = above 9,007,199,254,740,992 (2^53), the largest amount pactboard computes with exactly
amount-ambiguous = `{ $written }` could be read two ways ({ $one } or { $other }): the comma and the point are decimal marks in some countries and thousands marks in others; write { $one_plain } or { $other_plain }, or `_` between thousands (`1_500`)
amount-bad-grouping = `{ $written }` puts its marks where no convention does; write digits with `_` between thousands (`1_500_000`) and a point before decimals (`1.5`)
amount-below-smallest = { $written } is finer than { $smallest }, the smallest amount of { $unit }
add-bad-id = `{ $id }` is not an id: an id is lower-case letters, digits and `-`, starting with a letter or digit
add-taken = there is already a { $kind } with the id `{ $id }`
add-no-title = a { $kind } needs a title
add-not-positive = { $what } must be above zero
add-no-target = there is no target number { $n }
add-title-taken = the pillar `{ $id }` already has the title “{ $title }”
noun-milestone = milestone
noun-source = source
noun-pillar = pillar
noun-weight = a weight
noun-amount = an amount
changes-bundled = the bundled model is not kept in git; open a file of a repository
changes-not-in-git = { $file } is not in a git repository
html-slide-of = Slide { $n } of { $count }
html-in-report-below = in the report below
html-chart-label = { $title }: amounts against the pace
html-chart-pace = pace
html-chart-today = today
form-names-in = names in { $language }
