//! Splits the adoption of the prerendered page into tasks (issue 30).
//! Leptos adopts a page in one pass over its views, and V8 compiles each
//! wasm function the first time it runs, inside that pass: with the CPU 4x
//! slower, as Lighthouse's phone is, the join page's adoption was one task
//! of 145 to 183 ms, and a member's tap waited behind it. A part wrapped
//! here is a separate root: the page's pass sees only its `<div>`, and its
//! contents are adopted in a task of their own, under the owner where it
//! was made (so they read the same context and go with it). Parts may
//! nest. The app counts as started (`site::Site::started`) once every part
//! is in.

use leptos::prelude::*;

/// `make`'s view inside `<div id=id>`, as a separate root, whose contents
/// the prerenderer writes as the div's inner HTML. While the app adopts the
/// prerendered page, they are adopted in the next task; after an in-place
/// navigation they are made as soon as the div is (before the page is
/// painted: a microtask).
pub fn in_own_task<V: IntoView + 'static>(
    id: &'static str,
    make: impl FnOnce() -> V + 'static,
) -> impl IntoView {
    #[cfg(not(feature = "hydrate"))]
    let html = make().into_view().to_html();
    #[cfg(feature = "hydrate")]
    let html = {
        let owner = Owner::current().unwrap_or_default();
        let adopting = root::adopting();
        if adopting {
            root::wait_for_one();
        }
        wasm_bindgen_futures::spawn_local(async move {
            if adopting {
                crate::browser::next_task().await;
            }
            owner.with(|| root::start(id, adopting, make));
        });
        // Never written: the adopted div keeps the server's contents.
        ""
    };
    view! { <div id=id inner_html=html></div> }
}

/// Runs `then` once the page and all its parts have been adopted: at once
/// if none is waiting, else after the last.
pub fn when_adopted(then: impl FnOnce() + 'static) {
    #[cfg(feature = "hydrate")]
    root::when_adopted(then);
    #[cfg(not(feature = "hydrate"))]
    then();
}

/// How a separate root starts, its state kept as long as the owner it was
/// made under; and the count of roots still to adopt.
#[cfg(feature = "hydrate")]
mod root {
    use std::cell::{Cell, RefCell};

    use leptos::{
        prelude::*,
        tachys::{hydration::Cursor, view::PositionState},
    };
    use wasm_bindgen::JsCast;

    thread_local! {
        /// True while a root's prerendered contents are being adopted.
        static IN_ROOT: Cell<bool> = const { Cell::new(false) };
        /// Roots made while adopting and not yet adopted themselves.
        static WAITING: Cell<usize> = const { Cell::new(0) };
        /// What runs when the last root is in.
        static THEN: RefCell<Vec<Box<dyn FnOnce()>>> = const { RefCell::new(Vec::new()) };
    }

    /// Whether views are being made to adopt prerendered HTML.
    pub fn adopting() -> bool {
        IN_ROOT.get() || Owner::current_shared_context().is_some_and(|c| c.during_hydration())
    }

    pub fn wait_for_one() {
        WAITING.set(WAITING.get() + 1);
    }

    pub fn when_adopted(then: impl FnOnce() + 'static) {
        if WAITING.get() == 0 {
            then();
        } else {
            THEN.with_borrow_mut(|t| t.push(Box::new(then)));
        }
    }

    /// Adopts `make`'s view from the slot's prerendered contents, or makes
    /// it into the (empty) slot; its state lives as long as the owner.
    pub fn start<V: IntoView + 'static>(id: &str, adopting: bool, make: impl FnOnce() -> V) {
        // Gone if the page was left meanwhile.
        let slot = document().get_element_by_id(id);
        if let Some(slot) = slot {
            let view = make().into_view();
            if adopting {
                IN_ROOT.set(true);
                let cursor = Cursor::new(slot.unchecked_into());
                StoredValue::new_local(view.hydrate::<true>(&cursor, &PositionState::default()));
                IN_ROOT.set(false);
            } else {
                let mut state = view.build();
                state.mount(&slot, None);
                StoredValue::new_local(state);
            }
        }
        if adopting {
            WAITING.set(WAITING.get() - 1);
            if WAITING.get() == 0 {
                THEN.take().into_iter().for_each(|then| then());
            }
        }
    }
}
