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
no-milestones = पड़ाव नहीं

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
view-overview = अवलोकन
view-pillars = स्तंभ
view-milestones = पड़ाव
view-timeline = समयरेखा
view-targets = लक्ष्य
view-changes = बदलाव
sort-due = समय-सीमा
sort-status = स्थिति
sort-pillar = स्तंभ
zoom-years = वर्ष
zoom-quarters = तिमाही
zoom-months = महीने
header-unsaved = ● { $count } बिना सहेजे
header-read-only = केवल पढ़ने हेतु
header-marked-read-only = केवल पढ़ने हेतु चिह्नित
header-cannot-save = यहाँ सहेजा नहीं जा सकता
header-autosave = स्वतः सहेजें
header-as-of = { $date } तक
header-today = आज { $date }
hint-help = सहायता
hint-search = खोज
hint-views = दृश्य
hint-quit = बाहर
hint-keep = रखें
hint-clear = मिटाएँ
search-shown = खोज: { $query }
search-clears = ({ $key } से मिटाएँ)
too-small-long = टर्मिनल बहुत छोटा है (चाहिए { $need }, है { $have })
too-small-short = बहुत छोटा: { $have }, चाहिए { $need }
too-small-need = चाहिए { $need }

## अवलोकन

overview-progress = कुल प्रगति
count-blocked = { $count } अवरुद्ध
count-done-of = { $milestones } में से { $done } पड़ाव पूर्ण
count-done-short = { $done }/{ $milestones } पूर्ण
count-overdue = { $count } समय-सीमा पार
pillars-named = स्तंभ · { $declared } में से { $named } के नाम
pillars-declared = स्रोत { $declared } स्तंभ बताता है और { $named } के नाम देता है।
no-pillars = फ़ाइल में कोई स्तंभ नहीं।
no-targets = फ़ाइल में कोई लक्ष्य नहीं।
no-agreements = फ़ाइल में कोई समझौता नहीं।
other-objectives = अन्य उद्देश्य
target-realized = प्राप्त { $realized }
target-of = { $amount } में से ({ $percent })
target-pace = गति: आज तक { $amount } (समय का { $time })
target-needed = { $end } तक { $amount } प्रति वर्ष चाहिए
overview-due = समय-सीमा पार और आगामी
nothing-overdue = कुछ भी समय-सीमा पार नहीं।
nothing-due = किसी खुले पड़ाव की आगे कोई समय-सीमा नहीं।
overview-agreements = समझौते और उद्देश्य

## पड़ावों की तालिका

milestones-title = पड़ाव · { $all } में से { $shown } · { $sort } के क्रम में
milestones-status = स्थिति { $status }
milestones-marked = { $count } चिह्नित
milestones-pillar = स्तंभ { $pillar }
column-id = आईडी
column-title = शीर्षक
column-pillar = स्तंभ
column-due = समय-सीमा
column-status = स्थिति
column-owner = ज़िम्मेदार
no-milestones-file = फ़ाइल में कोई पड़ाव नहीं।
filters-clear = ({ $key } से हटाएँ)
no-milestone-matches = खोज या फ़िल्टर से कोई पड़ाव मेल नहीं खाता{ $clears }।

## स्तंभ

pillar = स्तंभ
no-pillar-matches = खोज से कोई स्तंभ मेल नहीं खाता।
label-progress = प्रगति
label-health = सेहत
count-done = { $milestones } में से { $done } पूर्ण
objectives-count = उद्देश्य ({ $count })
milestones-count = पड़ाव ({ $count })

## लक्ष्य

target-figures = आँकड़े
targets-choose = (चुनने के लिए { $keys })
chart-pace = गति
chart-today = आज
target-entries = प्रविष्टियाँ
no-entries = अभी कोई राशि दर्ज नहीं।

## समयरेखा

timeline-scroll = { $keys } खिसकाएँ
timeline-zoom = { $keys } ज़ूम
no-date = कोई तिथि नहीं
nothing-to-show = दिखाने को कुछ नहीं।

## हर कुंजी क्या करती है (सहायता)

action-help = स्क्रीन पर जो है उसकी सहायता
action-quit = बाहर निकलें
action-next-view = अगला दृश्य
action-previous-view = पिछला दृश्य
action-show-overview = अवलोकन
action-show-pillars = स्तंभ
action-show-milestones = पड़ाव
action-show-timeline = समयरेखा
action-show-targets = लक्ष्य
action-show-changes = बदलाव
action-up = ऊपर
action-down = नीचे
action-page-up = पिछला पृष्ठ
action-page-down = अगला पृष्ठ
action-first = पहला
action-last = अंतिम
action-open = चुनी गई चीज़ खोलें
action-back = वापस / खोज और फ़िल्टर हटाएँ
action-search = आईडी और शीर्षक खोजें
action-cycle-sort = समय-सीमा, स्थिति, स्तंभ से क्रम
action-cycle-status-filter = स्थिति से फ़िल्टर
action-cycle-pillar-filter = स्तंभ से फ़िल्टर
action-cycle-author-filter = लेखक से फ़िल्टर
action-zoom-in = ज़ूम इन (वर्ष → तिमाही → महीने)
action-zoom-out = ज़ूम आउट
action-scroll-left = पहले का समय
action-scroll-right = बाद का समय
action-status-picker = चुने गए पड़ाव की स्थिति बदलें
action-edit-notes = चुने गए पड़ाव के नोट बदलें
action-edit-due = चुने गए पड़ाव की समय-सीमा बदलें
action-undo = पूर्ववत करें
action-redo = फिर से करें
action-save = फ़ाइल सहेजें
action-present = प्रस्तुति (स्लाइड)
action-open-in-editor = इस पड़ाव पर फ़ाइल आपके संपादक में
action-toggle-mark = कई पर एक साथ स्थिति बदलने के लिए चिह्नित करें
action-switch-pane = सूची और उसके बगल के पाठ के बीच जाएँ
action-show-problems = डिस्क की फ़ाइल क्यों उपयोग नहीं हो सकती
action-add-item = पड़ाव जोड़ें (लक्ष्यों में, एक राशि)
action-edit-milestone = चुना गया पड़ाव, स्तंभ या प्रविष्टि बदलें
action-remove-milestone = चुना गया पड़ाव, स्तंभ या प्रविष्टि हटाएँ
action-add-pillar = स्तंभ जोड़ें
action-add-source = स्रोत जोड़ें
action-next-field = अगला क्षेत्र
action-previous-field = पिछला क्षेत्र
action-remove-it = इसे इतिहास सहित हटाएँ
action-cancel-instead = इसके बजाय रद्द करें, रिकॉर्ड रखते हुए
action-accept = रखें
action-cancel = रद्द करें
action-close = बंद करें
action-mark-planned = नियोजित
action-mark-in-progress = प्रगति पर
action-mark-at-risk = जोखिम में
action-mark-blocked = अवरुद्ध
action-mark-done = पूर्ण
action-mark-cancelled = रद्द
action-save-and-quit = सहेजें और बाहर निकलें
action-discard-and-quit = इन्हें छोड़ें और बाहर निकलें
action-write-again = अपने संपादनों के साथ वहाँ फिर से लिखें
action-save-as = दूसरी फ़ाइल के रूप में सहेजें
action-merge-mine = मेरे बदलाव उनके बदलावों के ऊपर रखें, और सहेजें
action-keep-theirs = इनके लिए फ़ाइल वाले रखें (मेरे बदलाव उनके इतिहास में रहेंगे), और सहेजें
action-cursor-left = कर्सर बाएँ
action-cursor-right = कर्सर दाएँ
action-word-left = एक शब्द बाएँ
action-word-right = एक शब्द दाएँ
action-line-start = पाठ की शुरुआत
action-line-end = पाठ का अंत
action-delete-back = कर्सर से पहले मिटाएँ
action-delete-forward = कर्सर के नीचे मिटाएँ
action-delete-word-back = पिछला शब्द मिटाएँ
action-delete-to-start = शुरुआत तक मिटाएँ
action-delete-to-end = अंत तक मिटाएँ
action-put-back = आख़िरी बार मिटाया गया वापस रखें
action-next-slide = अगली स्लाइड (अंकों के बाद: उस स्लाइड पर)
action-previous-slide = पिछली स्लाइड
action-toggle-footer = फ़ुटर दिखाएँ या छिपाएँ
action-switch-language = भाषा बदलें: English, 日本語, हिन्दी
action-jump-digit = स्लाइड संख्या लिखें (फिर अगली-स्लाइड कुंजी)
action-leave = प्रस्तुति से बाहर

## सहायता

help-title = सहायता
hint-closes = बंद करें
no-key = (कोई कुंजी नहीं)
help-file = फ़ाइल: { $file }
help-keymap = कुंजियाँ { $path } में बदली जा सकती हैं
help-keymap-default = कुंजियाँ pactboard के कॉन्फ़िग फ़ोल्डर की keymap.toml में बदली जा सकती हैं
help-slides = स्लाइड (present --slides नाम, या फ़ाइल का [deck])
section-global = हर जगह
section-view = { $view } दृश्य में
section-detail = पड़ाव के विवरण में
section-help = सहायता में
section-search = खोज बॉक्स में
section-text = पाठ क्षेत्र में
section-picker = स्थिति चुनना
section-confirm-quit = बिना सहेजे बदलावों के साथ बाहर निकलना
section-file-missing = फ़ाइल नहीं रही
section-conflict = डिस्क पर बदली गई
section-presenting = प्रस्तुति
section-problems = फ़ाइल की समस्याएँ
section-form = फ़ॉर्म में
section-confirm-remove = पड़ाव हटाना
part-title = साझेदारी का शीर्षक और तिथियाँ
part-overview = हम कहाँ हैं: प्रगति, सेहत, निवेश एक पंक्ति में
part-money = हर लक्ष्य: घोषित, प्रतिबद्ध, प्राप्त, गति, आवश्यक दर
part-agreements = समझौते और उनके उद्देश्य
part-since = --since तिथि|संस्करण से अब तक सब कुछ
part-decisions = अवरुद्ध, जोखिम में, समय-सीमा पार, गति से पीछे
part-pillars = पड़ाव वाले हर स्तंभ की एक स्लाइड
part-pillar-ID = एक स्तंभ की स्लाइड
part-quiet = जिन स्तंभों में कुछ दर्ज नहीं, एक स्लाइड पर
part-coming-up = समय-सीमा पार और अगले 90 दिन
part-summary = अंतिम सारांश

## बदलाव, शब्दों में (बदलाव दृश्य और 'से अब तक' स्लाइड)

change-by-hand = (हाथ से बदला गया: कोई इतिहास प्रविष्टि नहीं)
change-by-hand-short = हाथ से:
change-added = { $title } को { $pillar } में जोड़ा
change-removed = { $title } हटाया
change-retitled = शीर्षक बदला { $from } → { $to }
change-moved = { $title } को { $from } से { $to } में ले जाया
change-redated = { $title }: समय-सीमा { $from } → { $to }
change-redated-short = समय-सीमा { $from } → { $to }
change-fields = { $title }: { $fields } बदला
change-fields-short = { $fields } बदला
change-entry = { $target }: { $date } को { $kind } { $amount }{ $note }
change-source-added = स्रोत { $id } जोड़ा गया
change-source-changed = स्रोत { $id } बदला गया
change-source-removed = स्रोत { $id } हटाया गया
change-pillar-added = स्तंभ { $id } जोड़ा गया
change-pillar-changed = स्तंभ { $id } बदला गया
change-pillar-removed = स्तंभ { $id } हटाया गया
change-objective-added = उद्देश्य { $id } जोड़ा गया
change-objective-changed = उद्देश्य { $id } बदला गया
change-objective-removed = उद्देश्य { $id } हटाया गया
change-agreement-added = समझौता { $id } जोड़ा गया
change-agreement-changed = समझौता { $id } बदला गया
change-agreement-removed = समझौता { $id } हटाया गया
change-target-added = लक्ष्य { $id } जोड़ा गया
change-target-changed = लक्ष्य { $id } बदला गया
change-target-removed = लक्ष्य { $id } हटाया गया
contents-source = { $count } स्रोत
contents-pillar = { $count } स्तंभ
contents-objective = { $count } उद्देश्य
contents-agreement = { $count } समझौते
contents-target = { $count } लक्ष्य
contents-milestone = { $count } पड़ाव
contents-entry = { $count } प्रविष्टियाँ
contents-status = { $count } स्थिति बदलाव
contents-other = { $count } अन्य बदलाव

## बदलाव दृश्य

changes-by = { $author } द्वारा
changes-reading-again = फिर से पढ़ रहे हैं…
changes-reading-older = पुराने बदलाव पढ़ रहे हैं…
changes-reading = फ़ाइल का इतिहास पढ़ रहे हैं…
changes-unavailable = दिखाने को कोई इतिहास नहीं: { $why }।
changes-none = फ़ाइल के इतिहास में मॉडल का कोई बदलाव नहीं।
changes-no-match = फ़िल्टर से कोई बदलाव मेल नहीं खाता{ $clears }।
column-when = कब
column-who = किसने
column-commit = कमिट
column-change = बदलाव
uncommitted = बिना कमिट
changes-created = फ़ाइल बनाई: { $contents }
changes-shallow = इतिहास यहाँ से (शैलो क्लोन): { $contents }
changes-did-not-load = इस संस्करण में फ़ाइल लोड नहीं हुई
hint-back = वापस
change = बदलाव
commit-id = कमिट { $id }
changes-uncommitted = कार्यरत फ़ाइल के बिना कमिट बदलाव
changes-path = तब फ़ाइल { $path } पर थी
changes-milestone = पड़ाव { $id }
changes-none-status = (कोई नहीं)
changes-from-to = { $from } से
changes-recorded-on = { $date } को दर्ज (समय नहीं)
changes-recorded-at = { $at } पर दर्ज
changes-by-hand = हाथ से बदला गया: कोई इतिहास प्रविष्टि इसे दर्ज नहीं करती
changes-created-long = फ़ाइल बनाई: { $contents }
changes-shallow-long = इस शैलो क्लोन का इतिहास यहाँ से शुरू होता है (`git fetch --unshallow` बाक़ी पढ़ता है); तब फ़ाइल में था: { $contents }
changes-did-not-load-long = इस संस्करण में फ़ाइल लोड नहीं हुई: { $why }
changes-check-says = उस पर `pactboard check` कारण बताता है।
changes-it-added = इसने जोड़ा:
changes-commit-also = उसी कमिट ने यह भी:
changes-edit-also = उसी संपादन ने यह भी:

## स्क्रॉल, और पड़ाव का विवरण

scroll-above = ऊपर { $count }
scroll-more = { $count } और
scroll-key = ({ $key } से स्क्रॉल करें)
hint-scroll = { $keys } स्क्रॉल
hint-close = बंद करें
hint-previous-next = { $keys } पिछला/अगला
detail-status = स्थिति
detail-pillar = स्तंभ
detail-objective = उद्देश्य
detail-due = समय-सीमा
detail-overdue = समय-सीमा पार
detail-done-on = पूर्ण हुआ
detail-weight = भार
detail-owner = ज़िम्मेदार
detail-source = स्रोत
detail-notes = नोट
detail-history = इतिहास ({ $count })
detail-no-history = स्थिति का कोई बदलाव दर्ज नहीं

## पॉपअप

modal-marked = { $count } चिह्नित पड़ाव
modal-now = (अभी)
hint-cancel = रद्द करें
hint-cancels = रद्द करता है
hint-choose = { $keys } चुनें
hint-records = बदलाव दर्ज करता है
hint-keeps = रखता है
hint-saves = सहेजता है
hint-move = { $keys } चलें
modal-note = इतिहास के लिए नोट (वैकल्पिक):
modal-when-now = कब: अभी (ख़बर की तारीख़ देने के लिए { $key })
modal-status = स्थिति
modal-note-shown = नोट: { $note }
modal-when-asked = यह कब हुआ? 2026-01-10, 2026-01-10 14:30, yesterday, -3d; ख़ाली: अभी
modal-when = कब
modal-due-asked = समय-सीमा (YYYY-MM-DD, +2w, +3m, end of quarter, FY26 Q3, end of fiscal year; कोई नहीं तो ख़ाली):
modal-due = समय-सीमा
modal-unsaved = { $count } बिना सहेजे बदलाव।
modal-cannot-save = यह फ़ाइल सहेजी नहीं जा सकती: { $why }।
modal-stay = रुकें
modal-quit = बाहर निकलें?
modal-gone = फ़ाइल अपनी जगह पर नहीं है:
modal-gone-why = (पढ़ने के बाद हटाई या खिसकाई गई)
modal-not-now = अभी नहीं (आपके संपादन रखे हैं)
modal-not-saved = सहेजा नहीं गया
modal-save-as-asked = इस रूप में सहेजें (ऐसी फ़ाइल जो अभी मौजूद नहीं):
modal-save-as = इस रूप में सहेजें
conflict-changed = आपके संपादन के दौरान डिस्क पर फ़ाइल बदल गई।
conflict-on-top = आपके अन्य संपादन नए संस्करण के ऊपर रखे गए।
conflict-these = ये पड़ाव वहाँ भी बदले:
conflict-lines = { $all } में से पंक्तियाँ { $from }–{ $to } ({ $keys }) · { $count } टकराव, सब एक विकल्प से सुलझेंगे
conflict-later = बाद में तय करें (कुछ नहीं सहेजा, आपके संपादन रखे)
remove-milestone-asked = { $count ->
    [0] इसे फ़ाइल से हटाएँ?
    [one] इसे फ़ाइल से, इसकी इतिहास प्रविष्टि सहित, हटाएँ?
   *[other] इसे फ़ाइल से, इसकी { $count } इतिहास प्रविष्टियों सहित, हटाएँ?
}
remove-it = हटाएँ
keep-it = रखें
remove-title = हटाएँ?
remove-entry-asked = { $target } की यह प्रविष्टि फ़ाइल से हटाएँ?
remove-pillar-asked = यह स्तंभ फ़ाइल से हटाएँ? कोई इसका उल्लेख नहीं करता।

## फ़ॉर्म

field-title = शीर्षक
field-id = आईडी
field-pillar = स्तंभ
field-objective = उद्देश्य
field-due = समय-सीमा
field-owner = ज़िम्मेदार
field-weight = भार
field-notes = नोट
field-source = स्रोत
field-kind = प्रकार
field-amount = राशि
field-date = तिथि
field-url = URL
field-summary = सारांश
form-add-milestone = पड़ाव जोड़ें
form-edit = { $id } बदलें
form-record = { $target } की राशि दर्ज करें
form-change-entry = { $target } की प्रविष्टि { $n } बदलें
form-add-source = स्रोत जोड़ें
form-add-pillar = स्तंभ जोड़ें
form-edit-pillar = स्तंभ { $id } बदलें
hint-records-entry = दर्ज करता है
hint-adds = जोड़ता है
hint-fields = { $keys } क्षेत्र
hint-next = अगला

## फ़ाइल की समस्याएँ

problems-cannot-open = { $file } खोली नहीं जा सकती: { $count } त्रुटियाँ।
problems-changed = { $file } डिस्क पर बदली और उसमें { $count } त्रुटियाँ हैं।
problems-fix = इसे अपने संपादक में ठीक करके सहेजें: pactboard इसे अपने आप खोल लेगा।
problems-last-good = फ़ाइल ठीक होने तक डैशबोर्ड आख़िरी सही संस्करण दिखाता है।
problems-back = आख़िरी सही संस्करण पर वापस
problems-editor = आपका संपादक खोलता है
problems-title = समस्याएँ
deck-fiscal-pace = { $year } के अंत ({ $end }) तक सीधी गति { $amount } तक पहुँचती है

## संपादन या सहेजने के बाद स्थिति पंक्ति

said-milestones = { $count } पड़ाव
said-details = विवरण बदले
said-notes = नोट बदले
said-retitled = शीर्षक बदला
said-no-due = कोई समय-सीमा नहीं
said-undoes = पूर्ववत
said-saves = सहेजें
said-nothing-to-undo = पूर्ववत करने को कुछ नहीं
said-nothing-to-redo = फिर से करने को कुछ नहीं
said-undone = पूर्ववत किया
said-redone = फिर से किया
said-read-only = केवल पढ़ने हेतु: `pactboard init FILE` एक प्रति लिखता है जिसे आप बदल और सहेज सकते हैं
said-nothing-to-save = सहेजने को कुछ नहीं
said-tables-changed = { $count } तालिकाएँ वहीं बदलीं
said-tables-added = { $count } तालिकाएँ जोड़ी गईं
said-tables-removed = { $count } तालिकाएँ हटाई गईं
said-and-more = { $ids } और { $count } अन्य
said-saved = सहेजा गया
said-autosaved = स्वतः सहेजा गया
said-tries-again = फिर से प्रयास करें
said-not-saved-kept = सहेजा नहीं गया: { $why } (आपके संपादन रखे हैं{ $again })
said-save-elsewhere = सहेजा नहीं गया: { $why }; अपने संपादन दूसरी फ़ाइल के रूप में सहेजें (Esc उन्हें बिना सहेजे रखता है)
said-not-saved = सहेजा नहीं गया: { $why }
change-translations-added = { $id } में नाम जोड़े गए
change-translations-changed = { $id } में नाम बदले गए
change-translations-removed = { $id } में नाम हटाए गए
contents-translations = { $count } भाषाओं में नाम

## रिपोर्ट (Markdown, कार्यवृत्त के लिए)

report-of = { $parties } · { $today } की रिपोर्ट
report-of-as-of = { $parties } · { $today } की रिपोर्ट · { $as_of } तक के तथ्य
report-overall = **कुल प्रगति: { $percent }** ({ $milestones } में से { $done } पड़ाव पूर्ण, { $overdue } समय-सीमा पार)
report-pillars-named = स्तंभ (फ़ाइल में { $declared } में से { $named } के नाम)
report-pillars-columns = | स्तंभ | प्रगति | सेहत | पूर्ण | समय-सीमा पार |
report-target = लक्ष्य: { $start } से { $end } तक { $amount }
report-realized = प्राप्त: { $realized } (लक्ष्य का { $percent }); प्रतिबद्ध: { $committed }; घोषित: { $announced }
report-expected = सीधी गति से आज तक अपेक्षित: { $amount }
report-reached = प्राप्त हो गया
report-a-year = { $end } तक { $amount } प्रति वर्ष
report-not-reached = अपनी अवधि ({ $end }) तक प्राप्त नहीं
report-needed = अभी आवश्यक: { $needed }
report-no-entries = अभी कोई राशि दर्ज नहीं
report-none = कोई नहीं।
report-overdue = समय-सीमा पार पड़ाव
report-upcoming = अगले { $days } दिनों में समय-सीमा
report-status-since = { $since } से स्थिति बदलाव
report-none-recorded = कुछ दर्ज नहीं।
report-other-changes = मॉडल में अन्य बदलाव
report-pillar-id = स्तंभ `{ $id }`
agreement-signed = { $date } को हस्ताक्षरित

## स्थिति पंक्ति (आगे)

said-opened = खोली गई: फ़ाइल अब मान्य है
said-reloaded = फिर से लोड की गई: फ़ाइल डिस्क पर बदली
said-entry-gone-removed = वह प्रविष्टि अब फ़ाइल में पहले जैसी नहीं है; कुछ नहीं हटाया
said-entry-gone-changed = वह प्रविष्टि अब फ़ाइल में पहले जैसी नहीं है; कुछ नहीं बदला
said-pillar-gone = स्तंभ `{ $id }` अब फ़ाइल में नहीं है
said-milestone-gone = `{ $id }` अब फ़ाइल में नहीं है
said-milestone-gone-unchanged = `{ $id }` अब फ़ाइल में नहीं है; कुछ नहीं बदला
said-not-saved-edits-kept = सहेजा नहीं गया: आपके संपादन रखे हैं
said-kept-theirs = उन पड़ावों का फ़ाइल वाला संस्करण रखा
said-already = यह पहले से { $status } है
said-all-already = वे सब पहले से { $status } हैं
said-no-targets = फ़ाइल में राशि दर्ज करने को कोई लक्ष्य नहीं
said-pillar-first = पहले एक स्तंभ जोड़ें: हर पड़ाव किसी स्तंभ का होता है
said-no-pillars = फ़ाइल में कोई स्तंभ नहीं
said-no-entries-change = इस लक्ष्य में बदलने को कोई प्रविष्टि नहीं
said-no-entries-remove = इस लक्ष्य में हटाने को कोई प्रविष्टि नहीं
said-nothing-changed = कुछ नहीं बदला
said-form-unread = फ़ॉर्म पढ़ा नहीं जा सका; कुछ नहीं बदला
said-no-problems = डिस्क की फ़ाइल में कोई समस्या नहीं
said-marks-cleared = चिह्न हटाए
said-select-first = पहले एक पड़ाव चुनें (दृश्य 3 और 4)
said-bundled-read-only = केवल पढ़ने हेतु: यह साथ आया मॉडल है; `pactboard init FILE` एक प्रति लिखता है जिसे आप बदल सकते हैं

## HTML पृष्ठ (इसकी स्लाइडें डेक वाली हैं)

html-slides = स्लाइडें
html-previous = पिछली स्लाइड
html-next = अगली स्लाइड
html-report = रिपोर्ट
html-overall = कुल
html-not-cancelled = पड़ाव (रद्द को छोड़कर)
html-of = { $all } में से { $done }
html-no-milestones = कोई पड़ाव नहीं।
html-amount-span = { $start } से { $end } तक { $amount }
html-announced = घोषित
html-committed = प्रतिबद्ध
html-realized = प्राप्त
html-pace = आज तक की गति
html-note = नोट
html-changes-since = { $since } से बदलाव
html-no-change = कोई बदलाव नहीं।
html-when = कब
html-milestone = पड़ाव
html-from = पहले
html-to = बाद में
html-by-hand = (हाथ से बदला गया)
html-more-milestones = … और { $count } पड़ाव: पहले { $shown } यहाँ सूचीबद्ध हैं; `pactboard report` और फ़ाइल में सभी हैं।
html-sources = स्रोत

## The status line, second sweep: structural steps, merges, refusals, errors of what is typed

said-added-milestone = पड़ाव { $id } जोड़ा
said-removed-milestone = पड़ाव { $id } हटाया
said-added-source = स्रोत { $id } जोड़ा
said-added-pillar = स्तंभ { $id } जोड़ा
said-recorded-entry = { $id } की एक प्रविष्टि दर्ज की
said-removed-entry = { $id } की प्रविष्टि { $n } हटाई
said-changed-entry = { $id } की एक प्रविष्टि बदली (अब अंत में)
said-removed-pillar = स्तंभ { $id } हटाया
said-changed-pillar = स्तंभ { $id } बदला
said-renamed = { $id } का { $language } नाम बदला
said-pillar-in-use = स्तंभ { $id } नहीं हटाया: { $ids } इसका उल्लेख { $count ->
    [one] करता है
   *[other] करते हैं
}; पहले उन्हें दूसरे स्तंभ में ले जाएँ या हटाएँ
said-entry-twice = इस लक्ष्य में { $date } को { $kind } { $amount } पहले से है: फिर से Enter इसे दोबारा दर्ज करता है (दो बार गिना जाएगा), Esc रद्द करता है
said-changed-on-disk = डिस्क पर बदली गई: इसे आपके { $count } बिना सहेजे बदलावों के साथ दिखाया जा रहा है{ $merges }
said-merges = मिलाता है
said-conflicts-to-settle = सुलझाने को { $count } टकराव
said-not-made-again = फ़ाइल के वर्तमान रूप पर दोबारा नहीं किया जा सका (जो चाहिए था वह वहाँ हटा या लिया जा चुका है): { $what }
lost-source-removal = स्रोत { $id } का हटाना (वहाँ अब कुछ इसका उल्लेख करता है)
lost-pillar-removal = स्तंभ { $id } का हटाना (वहाँ अब कुछ इसका उल्लेख करता है)
lost-pillar-change = स्तंभ { $id } में आपका बदलाव
lost-source-change = स्रोत { $id } में आपका बदलाव
lost-entries = { $id } की प्रविष्टियाँ
lost-entry = { $id } की एक प्रविष्टि
lost-name = { $id } का आपका { $language } नाम (वहाँ भी बदला गया)
said-asks-again = फिर से पूछता है
said-not-saved-kept-again = सहेजा नहीं गया: आपके संपादन रखे हैं{ $again }
said-cannot-keep = `{ $id }` नहीं रखा जा सकता: { $why }
said-popup-closed = `{ $id }` डिस्क पर फ़ाइल से हटा दिया गया, इसलिए इसका पॉपअप बंद हुआ{ $kept }
said-what-you-typed = ; आपने लिखा था: { $text }
said-bundled-no-save = यह साथ आया मॉडल है, जो केवल पढ़ने हेतु है
said-saved-but = सहेजा गया, पर { $why }
said-read-only-again = फ़ाइल केवल पढ़ने हेतु चिह्नित है (किसी के पास लिखने की अनुमति नहीं); { $again } फिर भी इसे लिखता है
said-key-again = फिर से { $key }
said-saving-again = फिर से सहेजना
said-no-permission = आपको इसे लिखने की अनुमति नहीं है
said-merged = फ़ाइल डिस्क पर बदल गई थी: आपके संपादन उसमें मिला दिए गए
said-back-from = { $name } से वापस
said-editor-ended = { $name } { $status } के साथ समाप्त हुआ
said-editor-failed = संपादक शुरू नहीं हुआ: { $why }
said-editor-missing = { $name } शुरू नहीं हो सका: { $why } ($VISUAL या $EDITOR सेट करें)
banner-cannot-read = { $file } अभी पढ़ी नहीं जा सकती
banner-not-utf8 = डिस्क पर फ़ाइल अब UTF-8 नहीं है; अंतिम सही संस्करण दिखाया जा रहा है
banner-invalid = { $why }; अंतिम सही संस्करण दिखाया जा रहा है{ $shows }
banner-shows-problems = { $key } समस्याएँ दिखाता है
file-has-errors = डिस्क पर फ़ाइल में { $count ->
    [one] 1 त्रुटि है
   *[other] { $count } त्रुटियाँ हैं
}{ $first }
file-first-error = , पहली { $line }:{ $col } पर: { $message }
problems-more = … और { $count } अन्य: `pactboard check { $file }` सब दिखाता है
beacon-following = { $name } के प्रस्तुतकर्ता का अनुसरण
beacon-waiting = { $name } के प्रस्तुतकर्ता की प्रतीक्षा

## Why a save did not happen (the reasons inside come from the store, in English)

save-conflict = { $file } पढ़े जाने के बाद डिस्क पर बदल गई
save-cannot-place = `{ $id }` का बदलाव इस फ़ाइल की बनावट में नहीं लिखा जा सकता: { $why }
save-cannot-change = यह बदलाव फ़ाइल की बनावट में नहीं लिखा जा सकता: { $why }
save-unverified = `{ $id }` का बदलाव इस फ़ाइल की बनावट में सुरक्षित रूप से नहीं लिखा जा सका; कुछ नहीं सहेजा गया
save-not-written = { $file } नहीं लिखी गई: { $why }
save-missing = { $file } अब नहीं है (हटाई या खिसकाई गई)
save-exists = { $file } पहले से है; pactboard कभी दूसरी फ़ाइल पर नहीं लिखता
save-io = { $file } नहीं लिखी जा सकती: { $why }

## A conflict, field by field

conflict-removed = फ़ाइल में हटाया गया; आपने इसे बदला ({ $key } इसे आपके बदलावों के साथ रखता है)
conflict-one = { $field }: फ़ाइल { $file } · आपका { $yours }
conflict-file = फ़ाइल में { $field }: { $file }
conflict-yours = आपका { $field }: { $yours }
conflict-both-status = दोनों ओर स्थिति { $status }; दोनों इतिहास रखे जाते हैं
conflict-same = दोनों ओर समान मान
conflict-field-status = स्थिति
conflict-field-title = शीर्षक
conflict-field-due = समय-सीमा
conflict-field-done-on = पूर्ण होने की तिथि
conflict-field-notes = नोट
conflict-field-pillar = स्तंभ
conflict-field-objective = उद्देश्य
conflict-field-owner = ज़िम्मेदार
conflict-field-weight = भार
conflict-field-source = स्रोत

## What a form or a popup says of what is typed

form-gone = अब फ़ाइल में नहीं; फिर से चुनें
form-required = आवश्यक
form-weight = शून्य से बड़ी संख्या, जैसे 1 या 2.5
form-id-required = आवश्यक (शीर्षक से बनता है)
form-id-shape = छोटे अक्षर, अंक और -, जैसे stockpiling-framework
form-id-taken = `{ $id }` पहले से लिया गया है
error-not-a-date = `{ $text }` तिथि नहीं है: YYYY-MM-DD (जैसे 2026-06-30), +10d, +2w, +3m, +1y, today, tomorrow, end of month, end of quarter, end of year, end of fiscal year, end of fiscal quarter, FY2026 या FY26 Q3 लिखें
error-or-nothing = { $error }, या हटाने के लिए कुछ न लिखें
error-not-a-when = `{ $text }` तिथि या समय नहीं है: YYYY-MM-DD (2026-01-10), तिथि और समय (2026-01-10 14:30, 2026-01-10T14:30+09:00), today, yesterday, now, या कितने दिन या सप्ताह पहले (-3d, -2w) लिखें
error-future = { $when } भविष्य में है: बदलाव तब दर्ज होता है जब वह हुआ (आज { $today } है)
error-before-1970 = { $when } 1970 से पहले है: इस फ़ाइल के किसी बदलाव की यह तिथि नहीं हो सकती
error-before-last = { $when } `{ $id }` के अंतिम दर्ज बदलाव ({ $last }, { $status } में) से पहले है
amount-empty = राशि लिखें, जैसे `2 lakh crore` या `500 billion`
amount-not-positive = राशि शून्य से अधिक होती है
amount-not-a-number = `{ $text }` ऐसी संख्या नहीं जिसे pactboard पढ़ता है; अंक लिखें (`500_000_000_000`), चाहें तो पैमाने के साथ (`2 lakh crore`, `500 billion`, `5000億`)
amount-unknown-scale = `{ $text }` कोई ज्ञात पैमाना नहीं है; पैमाने हैं lakh, crore, thousand, million, billion, trillion (k, M, B, T), 万, 億, 兆
amount-other-unit = यह { $found } में राशि है, और लक्ष्य { $unit } गिनता है
amount-other-scale = `{ $word }` { $currency } राशियाँ लिखने का तरीका है, और लक्ष्य { $unit } गिनता है
amount-too-large = 9,007,199,254,740,992 (2^53) से अधिक, जो pactboard द्वारा सटीक गिनी जाने वाली सबसे बड़ी राशि है
amount-ambiguous = `{ $written }` दो तरह पढ़ा जा सकता है ({ $one } या { $other }): कुछ देशों में अल्पविराम और बिंदु दशमलव चिह्न हैं, कुछ में हज़ार के विभाजक; { $one_plain } या { $other_plain } लिखें, या हज़ारों के बीच `_` (`1_500`)
amount-bad-grouping = `{ $written }` में चिह्न किसी परिपाटी के अनुसार नहीं हैं; हज़ारों के बीच `_` (`1_500_000`) और दशमलव से पहले बिंदु (`1.5`) के साथ अंक लिखें
amount-below-smallest = { $written } { $unit } की सबसे छोटी राशि { $smallest } से बारीक है
add-bad-id = `{ $id }` पहचान नहीं है: पहचान छोटे अक्षर, अंक और `-` होती है, जो अक्षर या अंक से शुरू हो
add-taken = पहचान `{ $id }` वाला { $kind } पहले से है
add-no-title = { $kind } को शीर्षक चाहिए
add-not-positive = { $what } शून्य से अधिक होना चाहिए
add-no-target = लक्ष्य संख्या { $n } नहीं है
add-title-taken = स्तंभ `{ $id }` का शीर्षक पहले से “{ $title }” है
noun-milestone = पड़ाव
noun-source = स्रोत
noun-pillar = स्तंभ
noun-weight = भार
noun-amount = राशि
changes-bundled = साथ आया मॉडल git में नहीं रखा जाता; किसी रिपॉज़िटरी की फ़ाइल खोलें
changes-not-in-git = { $file } किसी git रिपॉज़िटरी में नहीं है
html-slide-of = स्लाइड { $n } / { $count }
html-in-report-below = नीचे रिपोर्ट में
html-chart-label = { $title }: राशियाँ और गति
html-chart-pace = गति
html-chart-today = आज
form-names-in = नाम { $language } में
