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
