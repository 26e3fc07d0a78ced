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
no-milestones = マイルストーンなし

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
