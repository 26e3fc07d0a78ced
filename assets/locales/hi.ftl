# pactboard के हिन्दी शब्द (इस परियोजना का अपना अनुवाद)।
# `=` के बाद का पाठ अनुवाद करें और `{ $name }` वाले स्थान वैसे ही रखें (अंग्रेज़ी सूची से कोई
# संदेश या स्थान अलग हो तो परीक्षण विफल होता है)। बहुवचन: `{ $count -> [one] … *[other] … }`।

## स्थिति, सेहत और राशि के प्रकार

status-planned = नियोजित
status-in-progress = प्रगति पर
status-at-risk = जोखिम में
status-blocked = अवरुद्ध
status-done = पूर्ण
status-cancelled = रद्द
health-on-track = सही दिशा में
health-at-risk = जोखिम में
health-off-track = पिछड़ा हुआ
health-no-data = आँकड़े नहीं
kind-announced = घोषित
kind-committed = प्रतिबद्ध
kind-realized = प्राप्त
no-milestones = कोई पड़ाव नहीं

## डेक: शीर्षक स्लाइड

deck-dates = आज { $today }
deck-dates-as-of = { $as_of } तक के तथ्य · आज { $today }

## डेक: स्लाइडों के शीर्षक

deck-headline = हम कहाँ हैं
deck-money = निवेश
deck-next-due = आगे की समय-सीमाएँ
deck-agreements = समझौते
deck-also = अन्य
deck-summary = सारांश
deck-no-milestones = इस स्तंभ में अभी कोई पड़ाव दर्ज नहीं है
deck-overdue-mark = ⚠ समय-सीमा पार
deck-group-overdue = समय-सीमा पार
deck-group-next = आगे
deck-group-done = पूर्ण
deck-quiet = जिन स्तंभों में अभी कुछ दर्ज नहीं है
deck-decisions = निर्णय आवश्यक
deck-nothing-to-decide = किसी निर्णय की आवश्यकता नहीं: कोई पड़ाव अवरुद्ध, जोखिम में या समय-सीमा पार नहीं है, और हर लक्ष्य अपनी गति पर या उससे आगे है।
deck-no-changes = कुछ नहीं बदला।
deck-group-money = निवेश
deck-group-tables = स्तंभ, उद्देश्य और स्रोत
deck-group-elsewhere = अन्य
deck-decision-blocked = अवरुद्ध
deck-decision-at-risk = जोखिम में
deck-decision-overdue = समय-सीमा पार
deck-decision-behind = अपनी गति से पीछे
deck-coming-up = आगे: अगले { $days } दिन
deck-since = { $label } से अब तक

## डेक: आँकड़े और पंक्तियाँ

deck-overall = { $milestones } में से { $done } पड़ाव पूर्ण · { $overdue } समय-सीमा पार · { $blocked } अवरुद्ध
deck-target-figure = { $amount } में से { $realized }
deck-target-realized = प्राप्त (बड़ा आँकड़ा): { $amount } में से { $realized }
deck-target-money = प्रतिबद्ध { $committed } · घोषित { $announced }
deck-target-line = { $title }: { $amount } में से { $realized } प्राप्त · प्रतिबद्ध { $committed } · घोषित { $announced }
deck-pace = गति: आज तक { $amount }
deck-reached = लक्ष्य प्राप्त
deck-run-rate = आवश्यक वार्षिक दर: { $end } तक { $amount } प्रति वर्ष
deck-run-rate-lower = आवश्यक वार्षिक दर: { $end } तक { $amount } प्रति वर्ष
deck-ended-short = { $end } को लक्ष्य से कम पर समाप्त
deck-pillar-of = स्तंभ { $n } / { $of }
deck-pillars-declared = { $heading } · स्रोत { $declared } स्तंभ बताता है और { $named } के नाम देता है
deck-pillar-progress = { $percent } · { $milestones } में से { $done } पूर्ण
deck-group-count = { $label } ({ $count })
deck-more = … और { $count }
deck-due = समय-सीमा { $date }
deck-by-hand = हाथ से
deck-by-hand-note = (हाथ से)
deck-summary-words = कुल { $percent } · { $milestones } में से { $done } पड़ाव पूर्ण
deck-pillars-missing = स्रोत { $declared } स्तंभ बताता है; { $named } के नाम हैं।
deck-overdue-count = { $count } पड़ाव समय-सीमा पार
deck-pillar-count = { $count } स्तंभ
deck-without-milestones = { $count } बिना पड़ाव के
deck-sources = स्रोत: { $titles }
deck-colophon = pactboard · { $today } को दिखाया गया
deck-colophon-as-of = pactboard · { $as_of } तक के तथ्य, { $today } को दिखाया गया
deck-continued = { $group } (जारी)
deck-page-of = · { $of } में से { $n }
deck-owner = ज़िम्मेदार: { $owner }
deck-no-owner = कोई ज़िम्मेदार नहीं
deck-behind-by = प्राप्त { $realized }, जबकि सीधी गति { $pace } है

## डेक: प्रस्तुतकर्ता का फ़ुटर और वक्ता दृश्य

deck-cut = ▼ कटा हुआ: यह स्लाइड स्क्रीन पर पूरी नहीं आती ·
deck-since-start = शुरुआत से { $elapsed }
deck-go-to = { $slide } पर जाएँ…
deck-key-leave = बाहर
deck-key-hide = इसे छिपाएँ
deck-key-next = आगे
deck-key-back = पीछे
deck-key-help = सहायता
deck-following = प्रस्तुतकर्ता का अनुसरण

## वक्ता के नोट

notes-open = पक्षों ({ $parties }) और तथ्यों की तिथि से शुरू करें।
notes-open-as-of = पक्षों ({ $parties }) और तथ्यों की तिथि, { $as_of }, से शुरू करें।
notes-overall = { $milestones } में से { $done } पड़ाव पूर्ण; { $overdue } समय-सीमा पार, { $blocked } अवरुद्ध।
notes-who-owns = जिन्हें सहायता चाहिए, उनके ज़िम्मेदार: { $list }
notes-behind = { $title }: सीधी गति से { $gap } पीछे; { $needed }
notes-ahead = { $title }: सीधी गति पर या उससे { $gap } आगे
notes-pillar-fine = इस स्तंभ में कुछ भी अवरुद्ध या जोखिम में नहीं है।
notes-needs-help = सहायता चाहिए: { $list }
notes-pillar-overdue = इस स्तंभ में { $count } समय-सीमा पार।
notes-changes = { $count ->
    [one] कुल 1 बदलाव; पृष्ठ { $n } / { $of }।
   *[other] कुल { $count } बदलाव; पृष्ठ { $n } / { $of }।
}
notes-owners = इनसे पूछें: { $list }।
notes-page = पृष्ठ { $n } / { $of }।

## वक्ता दृश्य

speaker-header = वक्ता दृश्य · स्लाइड { $n } / { $of } · { $clock } · शुरुआत से { $elapsed } · आपकी कुंजियाँ अनुसरण करने वाली हर स्क्रीन को चलाती हैं
speaker-now = अभी: { $n } · { $name }
speaker-more = ▼ शेष कक्ष की स्क्रीन पर
speaker-next = अगली: { $n } · { $name }
speaker-end = अगली: डेक का अंत
speaker-notes = नोट

## डैशबोर्ड

language-now = भाषा: { $name } ({ $key } से बदलें)
