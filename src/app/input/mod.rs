//! What comes in: the actions (`action`), keys and their bindings (`key`, `keymap`), and what
//! an action does on the dashboard (`update`), in a popup (`popup_keys`), in a form
//! (`form_keys`) and in a text field (`editor`).

pub(in crate::app) mod action;
pub mod editor;
pub(in crate::app) mod form_keys;
pub(in crate::app) mod key;
pub mod keymap;
mod news;
pub(in crate::app) mod popup_keys;
pub mod section;
pub mod update;
