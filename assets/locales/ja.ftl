# pactboard の日本語（このプロジェクト独自の翻訳）。
# `=` の後の文を訳し、`{ $name }` の差し込みはそのまま残してください（英語のカタログと
# メッセージや差し込みが食い違うとテストが失敗します）。日本語に複数形はありません。

## 状況、健全度、金額の種類

status-planned = 予定
status-in-progress = 進行中
status-at-risk = 要注意
status-blocked = 停滞
status-done = 完了
status-cancelled = 中止
health-on-track = 順調
health-at-risk = 要注意
health-off-track = 遅延
health-no-data = データなし
kind-announced = 表明
kind-committed = 約束
kind-realized = 実現
no-milestones = 未登録

## デッキ：表紙

deck-dates = 本日 { $today }
deck-dates-as-of = { $as_of }時点の情報 · 本日 { $today }

## デッキ：スライドの見出し

deck-headline = 現状
deck-money = 投資の状況
deck-next-due = 次の期限
deck-agreements = 合意文書
deck-also = その他
deck-summary = まとめ
deck-no-milestones = この柱にはまだマイルストーンがありません
deck-overdue-mark = ⚠ 期限超過
deck-group-overdue = 期限超過
deck-group-next = 次
deck-group-done = 完了
deck-quiet = まだ何も記録されていない柱
deck-decisions = 決定が必要な事項
deck-nothing-to-decide = 決定が必要な事項はありません。停滞・要注意・期限超過のマイルストーンはなく、すべての目標が計画どおりかそれ以上です。
deck-no-changes = 変更はありません。
deck-group-money = 投資
deck-group-tables = 柱・目的・出典
deck-group-elsewhere = その他
deck-decision-blocked = 停滞
deck-decision-at-risk = 要注意
deck-decision-overdue = 期限超過
deck-decision-behind = 計画より遅れている目標
deck-coming-up = 今後{ $days }日間の予定
deck-since = { $label }以降

## デッキ：数字と行

deck-overall = マイルストーン{ $milestones }件中{ $done }件完了 · 期限超過{ $overdue }件 · 停滞{ $blocked }件
deck-target-figure = { $amount }中{ $realized }
deck-target-realized = 実現額（大きな数字）：{ $amount }中{ $realized }
deck-target-money = 約束 { $committed } · 表明 { $announced }
deck-target-line = { $title }：{ $amount }中{ $realized }実現 · 約束 { $committed } · 表明 { $announced }
deck-pace = 計画上の本日時点：{ $amount }
deck-reached = 達成
deck-run-rate = 必要な年間ペース：{ $end }まで年{ $amount }
deck-run-rate-lower = 必要な年間ペース：{ $end }まで年{ $amount }
deck-ended-short = { $end }に目標額に届かず終了
deck-pillar-of = 柱 { $n }/{ $of }
deck-pillars-declared = { $heading } · 出典は柱を{ $declared }本とし、{ $named }本を挙げています
deck-pillar-progress = { $percent } · { $milestones }件中{ $done }件完了
deck-group-count = { $label }（{ $count }）
deck-more = …ほか{ $count }件
deck-due = 期限 { $date }
deck-by-hand = 手動
deck-by-hand-note = （手動）
deck-summary-words = 全体 { $percent } · マイルストーン{ $milestones }件中{ $done }件完了
deck-pillars-missing = 出典は柱を{ $declared }本としていますが、挙げられているのは{ $named }本です。
deck-overdue-count = 期限超過のマイルストーン{ $count }件
deck-pillar-count = 柱{ $count }本
deck-without-milestones = うちマイルストーンなし{ $count }本
deck-sources = 出典：{ $titles }
deck-colophon = pactboard · 表示 { $today }
deck-colophon-as-of = pactboard · { $as_of }時点の情報、表示 { $today }
deck-continued = { $group }（続き）
deck-page-of = · { $n }/{ $of }
deck-owner = 担当：{ $owner }
deck-no-owner = 担当未定
deck-behind-by = 実現 { $realized }、計画上は { $pace }

## デッキ：発表者のフッターとスピーカービュー

deck-cut = ▼ 省略：このスライドは画面に収まりません ·
deck-since-start = 開始から { $elapsed }
deck-go-to = { $slide }へ移動…
deck-key-leave = 終了
deck-key-hide = これを隠す
deck-key-next = 次へ
deck-key-back = 戻る
deck-key-help = ヘルプ
deck-following = 発表者に追従中

## 発表者ノート

notes-open = 両当事者（{ $parties }）と情報の日付から始めてください。
notes-open-as-of = 両当事者（{ $parties }）と情報の日付（{ $as_of }）から始めてください。
notes-overall = マイルストーン{ $milestones }件中{ $done }件完了。期限超過{ $overdue }件、停滞{ $blocked }件。
notes-who-owns = 支援が必要な事項の担当：{ $list }
notes-behind = { $title }：計画より{ $gap }遅れ。{ $needed }
notes-ahead = { $title }：計画どおり、または{ $gap }先行
notes-pillar-fine = この柱に停滞・要注意の事項はありません。
notes-needs-help = 支援が必要：{ $list }
notes-pillar-overdue = この柱の期限超過：{ $count }件。
notes-changes = 変更は全部で{ $count }件。{ $of }ページ中{ $n }ページ目。
notes-owners = 確認すべき担当者：{ $list }。
notes-page = { $of }ページ中{ $n }ページ目。

## スピーカービュー

speaker-header = スピーカービュー · スライド { $n }/{ $of } · { $clock } · 開始から { $elapsed } · あなたのキー操作は追従するすべての画面を動かします
speaker-now = 現在：{ $n } · { $name }
speaker-more = ▼ 続きは会場の画面に
speaker-next = 次：{ $n } · { $name }
speaker-end = 次：デッキの終わり
speaker-notes = ノート

## ダッシュボード

language-now = 言語：{ $name }（{ $key } で切り替え）
view-overview = 概要
view-pillars = 柱
view-milestones = マイルストーン
view-timeline = タイムライン
view-targets = 目標
view-changes = 変更履歴
sort-due = 期限順
sort-status = 状況順
sort-pillar = 柱順
zoom-years = 年
zoom-quarters = 四半期
zoom-months = 月
header-unsaved = ● 未保存 { $count }件
header-read-only = 読み取り専用
header-marked-read-only = 読み取り専用に設定
header-cannot-save = ここには保存できません
header-autosave = 自動保存
header-as-of = { $date }時点
header-today = 本日 { $date }
hint-help = ヘルプ
hint-search = 検索
hint-views = 表示切替
hint-quit = 終了
hint-keep = 確定
hint-clear = 消去
search-shown = 検索：{ $query }
search-clears = （{ $key } で消去）
too-small-long = 端末が小さすぎます（必要 { $need }、現在 { $have }）
too-small-short = 小さすぎ：{ $have }、必要 { $need }
too-small-need = 必要 { $need }

## 概要

overview-progress = 全体の進捗
count-blocked = 停滞 { $count }件
count-done-of = マイルストーン{ $milestones }件中{ $done }件完了
count-done-short = { $done }/{ $milestones } 完了
count-overdue = 期限超過 { $count }件
pillars-named = 柱 · { $declared }本中{ $named }本の名称あり
pillars-declared = 出典は柱を{ $declared }本とし、{ $named }本を挙げています。
no-pillars = ファイルに柱がありません。
no-targets = ファイルに目標がありません。
no-agreements = ファイルに合意文書がありません。
other-objectives = その他の目的
target-realized = 実現 { $realized }
target-of = / { $amount }（{ $percent }）
target-pace = 計画上の本日時点 { $amount }（期間の{ $time }経過）
target-needed = { $end }まで年{ $amount }が必要
overview-due = 期限超過と次の期限
nothing-overdue = 期限超過はありません。
nothing-due = 今後期限を迎える未完了のマイルストーンはありません。
overview-agreements = 合意文書と目的

## マイルストーン表

milestones-title = マイルストーン · { $all }件中{ $shown }件 · { $sort }
milestones-status = 状況 { $status }
milestones-marked = 選択 { $count }件
milestones-pillar = 柱 { $pillar }
column-id = ID
column-title = 名称
column-pillar = 柱
column-due = 期限
column-status = 状況
column-owner = 担当
no-milestones-file = ファイルにマイルストーンがありません。
filters-clear = （{ $key } で解除）
no-milestone-matches = 検索や絞り込みに合うマイルストーンはありません{ $clears }。

## 柱

pillar = 柱
no-pillar-matches = 検索に合う柱はありません。
label-progress = 進捗
label-health = 健全度
count-done = { $milestones }件中{ $done }件完了
objectives-count = 目的（{ $count }）
milestones-count = マイルストーン（{ $count }）

## 目標

target-figures = 数値
targets-choose = （{ $keys } で選択）
chart-pace = 計画
chart-today = 本日
target-entries = 記録
no-entries = まだ金額の報告はありません。

## タイムライン

timeline-scroll = { $keys } 移動
timeline-zoom = { $keys } 拡大縮小
no-date = 期限なし
nothing-to-show = 表示するものはありません。

## キーの働き（ヘルプ）

action-help = 画面に表示中のもののヘルプ
action-quit = 終了
action-next-view = 次の表示
action-previous-view = 前の表示
action-show-overview = 概要
action-show-pillars = 柱
action-show-milestones = マイルストーン
action-show-timeline = タイムライン
action-show-targets = 目標
action-show-changes = 変更履歴
action-up = 上へ
action-down = 下へ
action-page-up = 前のページ
action-page-down = 次のページ
action-first = 先頭
action-last = 末尾
action-open = 選択した項目を開く
action-back = 戻る／検索と絞り込みを解除
action-search = IDと名称を検索
action-cycle-sort = 期限・状況・柱で並べ替え
action-cycle-status-filter = 状況で絞り込み
action-cycle-pillar-filter = 柱で絞り込み
action-cycle-author-filter = 作成者で絞り込み
action-zoom-in = 拡大（年 → 四半期 → 月）
action-zoom-out = 縮小
action-scroll-left = より前の時期
action-scroll-right = より後の時期
action-status-picker = 選択したマイルストーンの状況を変更
action-edit-notes = 選択したマイルストーンのメモを編集
action-edit-due = 選択したマイルストーンの期限を編集
action-undo = 元に戻す
action-redo = やり直す
action-save = ファイルを保存
action-present = 発表モード（スライド）
action-open-in-editor = このマイルストーンの位置でファイルをエディタで開く
action-toggle-mark = 複数の状況をまとめて変えるために印を付ける
action-switch-pane = 一覧と横の本文の間を移動
action-show-problems = ディスク上のファイルが使えない理由
action-add-item = マイルストーンを追加（目標では金額）
action-edit-milestone = 選択したマイルストーン・柱・記録を編集
action-remove-milestone = 選択したマイルストーン・柱・記録を削除
action-add-pillar = 柱を追加
action-add-source = 出典を追加
action-next-field = 次の欄
action-previous-field = 前の欄
action-remove-it = 履歴ごと削除
action-cancel-instead = 削除せず中止にして記録を残す
action-accept = 確定
action-cancel = キャンセル
action-close = 閉じる
action-mark-planned = 予定
action-mark-in-progress = 進行中
action-mark-at-risk = 要注意
action-mark-blocked = 停滞
action-mark-done = 完了
action-mark-cancelled = 中止
action-save-and-quit = 保存して終了
action-discard-and-quit = 破棄して終了
action-write-again = 編集内容とともにそこへ書き直す
action-save-as = 別のファイルとして保存
action-merge-mine = 相手の変更の上に自分の変更を重ねて保存
action-keep-theirs = これらはファイル側を採用（自分の変更は履歴に残る）して保存
action-cursor-left = カーソルを左へ
action-cursor-right = カーソルを右へ
action-word-left = 一語左へ
action-word-right = 一語右へ
action-line-start = 文頭へ
action-line-end = 文末へ
action-delete-back = カーソルの前を削除
action-delete-forward = カーソル位置を削除
action-delete-word-back = 前の一語を削除
action-delete-to-start = 先頭まで削除
action-delete-to-end = 末尾まで削除
action-put-back = 最後に削除したものを戻す
action-next-slide = 次のスライド（数字の後：そのスライドへ）
action-previous-slide = 前のスライド
action-toggle-footer = フッターの表示・非表示
action-switch-language = 言語を切り替え：English, 日本語, हिन्दी
action-jump-digit = スライド番号を入力（続けて次スライドのキー）
action-leave = 発表を終える

## ヘルプ

help-title = ヘルプ
hint-closes = 閉じる
no-key = （キーなし）
help-file = ファイル：{ $file }
help-keymap = キーは { $path } で変更できます
help-keymap-default = キーは pactboard の設定フォルダの keymap.toml で変更できます
help-slides = スライド（present --slides 名前、またはファイルの [deck]）
section-global = どこでも
section-view = { $view }の表示で
section-detail = マイルストーンの詳細で
section-help = ヘルプで
section-search = 検索欄で
section-text = 入力欄で
section-picker = 状況の選択
section-confirm-quit = 未保存の変更がある終了
section-file-missing = ファイルがありません
section-conflict = ディスク上で変更あり
section-presenting = 発表中
section-problems = ファイルの問題
section-form = フォームで
section-confirm-remove = マイルストーンの削除
part-title = パートナーシップの名称と日付
part-overview = 現状：進捗、健全度、投資を一行で
part-money = 各目標：表明・約束・実現、計画、必要な年間ペース
part-agreements = 合意文書とその目的
part-since = --since 日付|版 以降のすべて
part-decisions = 停滞、要注意、期限超過、計画より遅れ
part-pillars = マイルストーンのある柱ごとに1枚
part-pillar-ID = 1つの柱のスライド
part-quiet = 何も記録のない柱を1枚に
part-coming-up = 期限超過と今後90日
part-summary = 最後のまとめ

## 変更の説明（変更履歴と「以降」のスライド）

change-by-hand = （手動で変更：履歴の記録なし）
change-by-hand-short = 手動：
change-added = { $title } を { $pillar } に追加
change-removed = { $title } を削除
change-retitled = 名称変更 { $from } → { $to }
change-moved = { $title } を { $from } から { $to } へ移動
change-redated = { $title }：期限 { $from } → { $to }
change-redated-short = 期限 { $from } → { $to }
change-fields = { $title }：{ $fields } を変更
change-fields-short = { $fields } を変更
change-entry = { $target }：{ $date } に{ $kind } { $amount }{ $note }
change-source-added = 出典 { $id } を追加
change-source-changed = 出典 { $id } を変更
change-source-removed = 出典 { $id } を削除
change-pillar-added = 柱 { $id } を追加
change-pillar-changed = 柱 { $id } を変更
change-pillar-removed = 柱 { $id } を削除
change-objective-added = 目的 { $id } を追加
change-objective-changed = 目的 { $id } を変更
change-objective-removed = 目的 { $id } を削除
change-agreement-added = 合意文書 { $id } を追加
change-agreement-changed = 合意文書 { $id } を変更
change-agreement-removed = 合意文書 { $id } を削除
change-target-added = 目標 { $id } を追加
change-target-changed = 目標 { $id } を変更
change-target-removed = 目標 { $id } を削除
contents-source = 出典{ $count }件
contents-pillar = 柱{ $count }本
contents-objective = 目的{ $count }件
contents-agreement = 合意文書{ $count }件
contents-target = 目標{ $count }件
contents-milestone = マイルストーン{ $count }件
contents-entry = 記録{ $count }件
contents-status = 状況変更{ $count }件
contents-other = その他の変更{ $count }件

## 変更履歴

changes-by = 作成者 { $author }
changes-reading-again = 再読み込み中…
changes-reading-older = 古い変更を読み込み中…
changes-reading = ファイルの履歴を読み込み中…
changes-unavailable = 表示できる履歴がありません：{ $why }。
changes-none = ファイルの履歴にモデルの変更はありません。
changes-no-match = 絞り込みに合う変更はありません{ $clears }。
column-when = 日時
column-who = 誰が
column-commit = コミット
column-change = 変更
uncommitted = 未コミット
changes-created = ファイルを作成：{ $contents }
changes-shallow = 履歴はここから（シャロークローン）：{ $contents }
changes-did-not-load = この版のファイルは読み込めませんでした
hint-back = 戻る
change = 変更
commit-id = コミット { $id }
changes-uncommitted = 作業中ファイルの未コミットの変更
changes-path = ファイルは当時 { $path } にありました
changes-milestone = マイルストーン { $id }
changes-none-status = （なし）
changes-from-to = { $from } から
changes-recorded-on = { $date } に記録（時刻なし）
changes-recorded-at = { $at } に記録
changes-by-hand = 手動で変更：履歴の記録はありません
changes-created-long = ファイルを作成：{ $contents }
changes-shallow-long = このシャロークローンの履歴はここから始まります（`git fetch --unshallow` で残りを読み込めます）。当時のファイルの内容：{ $contents }
changes-did-not-load-long = この版のファイルは読み込めませんでした：{ $why }
changes-check-says = `pactboard check` で理由がわかります。
changes-it-added = 追加されたもの：
changes-commit-also = 同じコミットでの他の変更：
changes-edit-also = 同じ編集での他の変更：

## スクロールとマイルストーンの詳細

scroll-above = 上に{ $count }行
scroll-more = あと{ $count }行
scroll-key = （{ $key } でスクロール）
hint-scroll = { $keys } スクロール
hint-close = 閉じる
hint-previous-next = { $keys } 前／次
detail-status = 状況
detail-pillar = 柱
detail-objective = 目的
detail-due = 期限
detail-overdue = 期限超過
detail-done-on = 完了日
detail-weight = 重み
detail-owner = 担当
detail-source = 出典
detail-notes = メモ
detail-history = 履歴（{ $count }）
detail-no-history = 状況の変更は記録されていません

## ポップアップ

modal-marked = 選択したマイルストーン{ $count }件
modal-now = （現在）
hint-cancel = キャンセル
hint-cancels = キャンセル
hint-choose = { $keys } 選択
hint-records = 変更を記録
hint-keeps = 確定
hint-saves = 保存
hint-move = { $keys } 移動
modal-note = 履歴のメモ（任意）：
modal-when-now = 日時：現在（{ $key } で報道の日付を指定）
modal-status = 状況
modal-note-shown = メモ：{ $note }
modal-when-asked = いつのことですか？ 2026-01-10、2026-01-10 14:30、yesterday、-3d。空欄なら現在
modal-when = 日時
modal-due-asked = 期限（YYYY-MM-DD、+2w、+3m、end of quarter、2026年度 Q3、FY26 Q3、end of fiscal year。空欄なら期限なし）：
modal-due = 期限
modal-unsaved = 未保存の変更が{ $count }件あります。
modal-cannot-save = このファイルは保存できません：{ $why }。
modal-stay = 戻る
modal-quit = 終了しますか？
modal-gone = ファイルが元の場所にありません：
modal-gone-why = （読み込み後に削除または移動されました）
modal-not-now = 今はしない（編集内容は保持）
modal-not-saved = 未保存
modal-save-as-asked = 別名で保存（まだ存在しないファイル）：
modal-save-as = 別名で保存
conflict-changed = 編集中にディスク上のファイルが変更されました。
conflict-on-top = 他の編集内容は新しい版の上に重ねました。
conflict-these = 次のマイルストーンは向こうでも変更されています：
conflict-lines = { $all }行中{ $from }–{ $to }行（{ $keys }）· 競合{ $count }件、1つの選択ですべて解決
conflict-later = 後で決める（何も保存せず、編集内容は保持）
remove-milestone-asked = { $count ->
    [0] ファイルから削除しますか？
   *[other] 履歴{ $count }件とともにファイルから削除しますか？
}
remove-it = 削除する
keep-it = 残す
remove-title = 削除しますか？
remove-entry-asked = { $target } のこの記録をファイルから削除しますか？
remove-pillar-asked = この柱をファイルから削除しますか？ 参照しているものはありません。

## フォーム

field-title = 名称
field-id = ID
field-pillar = 柱
field-objective = 目的
field-due = 期限
field-owner = 担当
field-weight = 重み
field-notes = メモ
field-source = 出典
field-kind = 種類
field-amount = 金額
field-date = 日付
field-url = URL
field-summary = 概要
form-add-milestone = マイルストーンを追加
form-edit = { $id } を編集
form-record = { $target } の金額を記録
form-change-entry = { $target } の記録{ $n }を変更
form-add-source = 出典を追加
form-add-pillar = 柱を追加
form-edit-pillar = 柱 { $id } を編集
hint-records-entry = 記録
hint-adds = 追加
hint-fields = { $keys } 欄
hint-next = 次へ

## ファイルの問題

problems-cannot-open = { $file } を開けません：エラー{ $count }件。
problems-changed = { $file } はディスク上で変更され、エラーが{ $count }件あります。
problems-fix = エディタで直して保存してください。pactboard が自動で開き直します。
problems-last-good = ファイルが直るまで、最後に正常だった版を表示します。
problems-back = 最後に正常だった版に戻る
problems-editor = エディタを開く
problems-title = 問題
deck-fiscal-pace = { $year }末（{ $end }）の計画上の額：{ $amount }

## 編集や保存の後の表示

said-milestones = マイルストーン{ $count }件
said-details = 詳細を変更
said-notes = メモを変更
said-retitled = 名称を変更
said-no-due = 期限なし
said-undoes = 元に戻す
said-saves = 保存
said-nothing-to-undo = 元に戻すものはありません
said-nothing-to-redo = やり直すものはありません
said-undone = 元に戻しました
said-redone = やり直しました
said-read-only = 読み取り専用：`pactboard init FILE` で編集・保存できる複製を作れます
said-nothing-to-save = 保存するものはありません
said-tables-changed = 表{ $count }件をその場で変更
said-tables-added = 表{ $count }件を追加
said-tables-removed = 表{ $count }件を削除
said-and-more = { $ids } ほか{ $count }件
said-saved = 保存しました
said-autosaved = 自動保存しました
said-tries-again = もう一度試す
said-not-saved-kept = 保存できませんでした：{ $why }（編集内容は保持しています{ $again }）
said-save-elsewhere = 保存できませんでした：{ $why }。別のファイルとして保存してください（Esc で未保存のまま保持）
said-not-saved = 保存できませんでした：{ $why }
change-translations-added = { $id } の名称を追加
change-translations-changed = { $id } の名称を変更
change-translations-removed = { $id } の名称を削除
contents-translations = { $count }言語の名称

## 報告（Markdown、議事録用）

report-of = { $parties } · { $today } の報告
report-of-as-of = { $parties } · { $today } の報告 · { $as_of }時点の情報
report-overall = **全体の進捗：{ $percent }**（マイルストーン{ $milestones }件中{ $done }件完了、期限超過{ $overdue }件）
report-pillars-named = 柱（{ $declared }本中{ $named }本の名称がファイルにあり）
report-pillars-columns = | 柱 | 進捗 | 健全度 | 完了 | 期限超過 |
report-target = 目標：{ $start }から{ $end }までに{ $amount }
report-realized = 実現：{ $realized }（目標の{ $percent }）、約束：{ $committed }、表明：{ $announced }
report-expected = 計画上の本日時点の額：{ $amount }
report-reached = 達成
report-a-year = { $end }まで年{ $amount }
report-not-reached = 期限（{ $end }）までに未達
report-needed = なお必要：{ $needed }
report-no-entries = まだ金額の報告はありません
report-none = なし。
report-overdue = 期限超過のマイルストーン
report-upcoming = 今後{ $days }日間の期限
report-status-since = { $since }以降の状況の変更
report-none-recorded = 記録はありません。
report-other-changes = モデルのその他の変更
report-pillar-id = 柱 `{ $id }`
agreement-signed = { $date }署名

## ステータス行（続き）

said-opened = 開きました：ファイルは正常になりました
said-reloaded = 再読み込みしました：ディスク上のファイルが変更されました
said-entry-gone-removed = その記録は元のままではファイルにありません。何も削除していません
said-entry-gone-changed = その記録は元のままではファイルにありません。何も変更していません
said-pillar-gone = 柱 `{ $id }` はもうファイルにありません
said-milestone-gone = `{ $id }` はもうファイルにありません
said-milestone-gone-unchanged = `{ $id }` はもうファイルにありません。何も変更していません
said-not-saved-edits-kept = 保存していません：編集内容は保持しています
said-kept-theirs = それらのマイルストーンはファイル側の版を採用しました
said-already = すでに{ $status }です
said-all-already = すべてすでに{ $status }です
said-no-targets = 金額を記録する目標がファイルにありません
said-pillar-first = 先に柱を追加してください：マイルストーンはいずれかの柱に属します
said-no-pillars = ファイルに柱がありません
said-no-entries-change = この目標には変更できる記録がありません
said-no-entries-remove = この目標には削除できる記録がありません
said-nothing-changed = 変更はありません
said-form-unread = フォームを読み取れませんでした。何も変更していません
said-no-problems = ディスク上のファイルに問題はありません
said-marks-cleared = 印を消しました
said-select-first = 先にマイルストーンを選んでください（表示3と4）
said-bundled-read-only = 読み取り専用：これは同梱のモデルです。`pactboard init FILE` で編集できる複製を作れます

## HTML ページ（スライドはデッキと同じ）

html-slides = スライド
html-previous = 前のスライド
html-next = 次のスライド
html-report = 報告
html-overall = 全体
html-not-cancelled = マイルストーン（中止を除く）
html-of = { $all }件中{ $done }件
html-no-milestones = マイルストーンはありません。
html-amount-span = { $start }から{ $end }までに{ $amount }
html-announced = 表明
html-committed = 約束
html-realized = 実現
html-pace = 計画上の本日時点
html-note = メモ
html-changes-since = { $since }以降の変更
html-no-change = 変更はありません。
html-when = 日時
html-milestone = マイルストーン
html-from = 変更前
html-to = 変更後
html-by-hand = （手動で変更）
html-more-milestones = …ほか{ $count }件のマイルストーン：ここには最初の{ $shown }件を載せています。`pactboard report` とファイルにはすべてあります。
html-sources = 出典

## The status line, second sweep: structural steps, merges, refusals, errors of what is typed

said-added-milestone = マイルストーン { $id } を追加しました
said-removed-milestone = マイルストーン { $id } を削除しました
said-added-source = 出典 { $id } を追加しました
said-added-pillar = 柱 { $id } を追加しました
said-recorded-entry = { $id } に記録を追加しました
said-removed-entry = { $id } の記録 { $n } を削除しました
said-changed-entry = { $id } の記録を変更しました（末尾に移動）
said-removed-pillar = 柱 { $id } を削除しました
said-changed-pillar = 柱 { $id } を変更しました
said-renamed = { $id } の{ $language }の名称を変更しました
said-pillar-in-use = 柱 { $id } は削除していません：{ $ids } が参照しています（{ $count }件）。先に移動するか削除してください
said-entry-twice = この目標には { $date } の{ $kind } { $amount } がすでにあります。もう一度 Enter で二重に記録（二重に計上）、Esc で取り消し
said-changed-on-disk = ディスク上で変更されました：未保存の変更{ $count }件を重ねて表示しています{ $merges }
said-merges = 統合
said-conflicts-to-settle = 解決すべき衝突 { $count }件
said-not-made-again = 現在のファイルには再適用できませんでした（必要なものがそちらで削除または使用されています）：{ $what }
lost-source-removal = 出典 { $id } の削除（現在そちらで参照されています）
lost-pillar-removal = 柱 { $id } の削除（現在そちらで参照されています）
lost-pillar-change = 柱 { $id } へのあなたの変更
lost-source-change = 出典 { $id } へのあなたの変更
lost-entries = { $id } の記録
lost-entry = { $id } の記録1件
lost-name = { $id } の{ $language }の名称（そちらでも変更されています）
said-asks-again = もう一度確認
said-not-saved-kept-again = 保存していません：編集内容は保持しています{ $again }
said-cannot-keep = `{ $id }` を残せません：{ $why }
said-popup-closed = `{ $id }` はディスク上のファイルから削除されたため、入力欄を閉じました{ $kept }
said-what-you-typed = 。入力内容：{ $text }
said-bundled-no-save = これは同梱のモデルで、読み取り専用です
said-saved-but = 保存しました。ただし：{ $why }
said-read-only-again = ファイルは読み取り専用に設定されています（誰にも書き込み権限がありません）。{ $again }で上書きします
said-key-again = もう一度 { $key }
said-saving-again = もう一度保存すること
said-no-permission = 書き込む権限がありません
said-merged = ディスク上のファイルが変更されていました：編集内容をそこに統合しました
said-back-from = { $name } から戻りました
said-editor-ended = { $name } は { $status } で終了しました
said-editor-failed = エディタを起動できませんでした：{ $why }
said-editor-missing = { $name } を起動できませんでした：{ $why }（$VISUAL または $EDITOR を設定してください）
banner-cannot-read = { $file } を今は読み取れません
banner-not-utf8 = ディスク上のファイルが UTF-8 ではなくなりました。最後の正常な版を表示しています
banner-invalid = { $why }。最後の正常な版を表示しています{ $shows }
banner-shows-problems = { $key } で問題を表示
file-has-errors = ディスク上のファイルに誤りが{ $count }件あります{ $first }
file-first-error = 。最初は { $line }:{ $col }：{ $message }
problems-more = … ほか{ $count }件：`pactboard check { $file }` ですべて表示します
beacon-following = { $name } の発表者に追従しています
beacon-waiting = { $name } の発表者を待っています

## Why a save did not happen (the reasons inside come from the store, in English)

save-conflict = { $file } は読み込み後にディスク上で変更されました
save-cannot-place = `{ $id }` の変更をこのファイルの書式に書き込めません：{ $why }
save-cannot-change = この変更をファイルの書式に書き込めません：{ $why }
save-unverified = `{ $id }` の変更をこのファイルの書式に安全に書き込めませんでした。何も保存していません
save-not-written = { $file } に書き込みませんでした：{ $why }
save-missing = { $file } はもうありません（削除または移動されました）
save-exists = { $file } はすでにあります。pactboard は他のファイルを上書きしません
save-io = { $file } に書き込めません：{ $why }

## A conflict, field by field

conflict-removed = ファイルでは削除済み、あなたは変更しています（{ $key } で変更を含めて残します）
conflict-one = { $field }：ファイル { $file } · あなた { $yours }
conflict-file = ファイルの{ $field }：{ $file }
conflict-yours = あなたの{ $field }：{ $yours }
conflict-both-status = 状態は両方とも{ $status }です。両方の履歴を残します
conflict-same = 両方とも同じ値です
conflict-field-status = 状態
conflict-field-title = 名称
conflict-field-due = 期限
conflict-field-done-on = 完了日
conflict-field-notes = メモ
conflict-field-pillar = 柱
conflict-field-objective = 目的
conflict-field-owner = 担当
conflict-field-weight = 重み
conflict-field-source = 出典

## What a form or a popup says of what is typed

form-gone = もうファイルにありません。選び直してください
form-required = 必須です
form-weight = 0より大きい数（例：1、2.5）
form-id-required = 必須です（名称から作られます）
form-id-shape = 小文字の英字・数字・- のみ（例：stockpiling-framework）
form-id-taken = `{ $id }` は使用済みです
error-not-a-date = `{ $text }` は日付として読めません：YYYY-MM-DD（例：2026-06-30）、+10d、+2w、+3m、+1y、today、tomorrow、end of month、end of quarter、end of year、end of fiscal year、end of fiscal quarter、FY2026、FY26 Q3 のいずれかで書いてください
error-or-nothing = { $error }。空欄にすると外します
error-not-a-when = `{ $text }` は日付や時刻として読めません：YYYY-MM-DD（2026-01-10）、日時（2026-01-10 14:30、2026-01-10T14:30+09:00）、today、yesterday、now、または何日・何週前（-3d、-2w）で書いてください
error-future = { $when } は未来です：変更は起きた時点で記録します（今日は { $today }）
error-before-1970 = { $when } は1970年より前です：このファイルの変更の日付にはなりません
error-before-last = { $when } は `{ $id }` の最後に記録された変更（{ $last }、{ $status }へ）より前です
amount-empty = 金額を書いてください（例：`5000億円`、`500 billion`）
amount-not-positive = 金額は0より大きくしてください
amount-not-a-number = `{ $text }` は数として読めません：数字（`500_000_000_000`）で、必要なら単位を付けて（`5000億`、`500 billion`、`2 lakh crore`）書いてください
amount-unknown-scale = `{ $text }` は知らない単位です。単位は 万、億、兆、thousand、million、billion、trillion（k、M、B、T）、lakh、crore です
amount-other-unit = これは{ $found }の金額ですが、この目標の単位は{ $unit }です
amount-other-scale = `{ $word }` は{ $currency }の金額の書き方ですが、この目標の単位は{ $unit }です
amount-too-large = 9,007,199,254,740,992（2^53）を超えています。これが pactboard が正確に計算できる最大の金額です
amount-ambiguous = `{ $written }` は2通りに読めます（{ $one } または { $other }）：コンマと点は国によって小数点にも桁区切りにもなります。{ $one_plain } または { $other_plain } と書くか、桁の間に `_` を入れてください（`1_500`）
amount-bad-grouping = `{ $written }` はどの慣習にも合わない位置に区切りがあります。桁の間に `_`（`1_500_000`）、小数の前に点（`1.5`）を使って書いてください
amount-below-smallest = { $written } は{ $unit }の最小の金額 { $smallest } より細かい値です
add-bad-id = `{ $id }` はIDではありません：IDは小文字の英字・数字・`-` で、英字か数字で始まります
add-taken = ID が `{ $id }` の{ $kind }はすでにあります
add-no-title = { $kind }には名称が必要です
add-not-positive = { $what }は0より大きくしてください
add-no-target = 目標 { $n } はありません
add-title-taken = 柱 `{ $id }` がすでに「{ $title }」という名称です
noun-milestone = マイルストーン
noun-source = 出典
noun-pillar = 柱
noun-weight = 重み
noun-amount = 金額
changes-bundled = 同梱のモデルは git で管理されていません。リポジトリ内のファイルを開いてください
changes-not-in-git = { $file } は git リポジトリの中にありません
html-slide-of = スライド { $n }／{ $count }
html-in-report-below = 下の報告に記載
html-chart-label = { $title }：金額と計画ペース
html-chart-pace = 計画ペース
html-chart-today = 今日
form-names-in = 名称は{ $language }
