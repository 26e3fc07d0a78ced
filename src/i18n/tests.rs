use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;

use super::*;

/// Each message of a catalog with the variables it uses.
fn messages(lang: Lang, text: &str) -> BTreeMap<String, BTreeSet<String>> {
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(r) => r,
        Err((_, errors)) => panic!("assets/locales/{lang}.ftl does not parse: {errors:?}"),
    };
    let mut out = BTreeMap::new();
    for entry in resource.body {
        if let ast::Entry::Message(m) = entry {
            let mut vars = BTreeSet::new();
            if let Some(value) = &m.value {
                pattern_vars(value, &mut vars);
            }
            assert!(m.value.is_some(), "{lang}: `{}` has no value", m.id.name);
            let previous = out.insert(m.id.name.to_string(), vars);
            assert!(previous.is_none(), "{lang}: `{}` twice", m.id.name);
        }
    }
    out
}

fn pattern_vars(p: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &p.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(e: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for v in variants {
                pattern_vars(&v.value, vars);
            }
        }
        ast::Expression::Inline(i) => inline_vars(i, vars),
    }
}

fn inline_vars(i: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, vars);
            }
        }
        _ => {}
    }
}

#[test]
fn every_catalog_has_every_message_with_the_same_placeholders() {
    let english = messages(Lang::En, CATALOGS[0].1);
    assert!(english.len() > 50, "the English catalog is the reference");
    for (lang, text) in &CATALOGS[1..] {
        let other = messages(*lang, text);
        let missing: Vec<_> = english.keys().filter(|k| !other.contains_key(*k)).collect();
        assert!(missing.is_empty(), "{lang}.ftl lacks {missing:?}");
        let extra: Vec<_> = other.keys().filter(|k| !english.contains_key(*k)).collect();
        assert!(
            extra.is_empty(),
            "{lang}.ftl has {extra:?}, which en.ftl does not"
        );
        for (id, vars) in &english {
            assert_eq!(
                &other[id], vars,
                "{lang}.ftl's `{id}` uses other placeholders than en.ftl's"
            );
        }
    }
}

#[test]
fn the_test_sees_a_missing_message_and_a_changed_placeholder() {
    let en = messages(Lang::En, "a = A { $n }\nb = B\n");
    let ja = messages(Lang::Ja, "a = A { $m }\n");
    assert!(!ja.contains_key("b"));
    assert_ne!(en["a"], ja["a"]);
}

#[test]
fn messages_are_said_in_the_language_asked_with_plurals() {
    assert_eq!(tr!(Lang::En, "deck-more", count = 1_usize), "… and 1 more");
    assert_eq!(tr!(Lang::En, "deck-more", count = 3_usize), "… and 3 more");
    assert_eq!(tr!(Lang::Ja, "deck-more", count = 3_usize), "…ほか3件");
    assert!(tr!(Lang::Hi, "deck-more", count = 3_usize).contains('3'));
    // An unknown id is shown as itself, never a panic.
    assert_eq!(tr!(Lang::Ja, "no-such-message"), "no-such-message");
}

#[test]
fn languages_from_flags_and_the_environment() {
    assert_eq!("ja".parse::<Langs>().unwrap(), Langs::one(Lang::Ja));
    let pair: Langs = "en+ja".parse().unwrap();
    assert_eq!((pair.main, pair.second), (Lang::En, Some(Lang::Ja)));
    assert_eq!(pair.to_string(), "en+ja");
    let e = "fr".parse::<Langs>().unwrap_err();
    assert!(e.contains("en, ja, hi"), "{e}");
    assert!("ja+ja".parse::<Langs>().is_err());
    let env = |vars: &'static [(&'static str, &'static str)]| {
        move |k: &str| {
            vars.iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| (*v).to_string())
        }
    };
    assert_eq!(
        from_environment(env(&[("LANG", "ja_JP.UTF-8")])),
        Some(Lang::Ja)
    );
    assert_eq!(
        from_environment(env(&[("LANG", "ja_JP.UTF-8"), ("LC_ALL", "hi_IN")])),
        Some(Lang::Hi)
    );
    assert_eq!(
        from_environment(env(&[("LANG", "hi_IN"), ("LC_MESSAGES", "C")])),
        None,
        "the first variable set decides, even for English"
    );
    assert_eq!(
        from_environment(env(&[("LC_ALL", ""), ("LANG", "ja")])),
        Some(Lang::Ja)
    );
    assert_eq!(from_environment(env(&[])), None);
}
