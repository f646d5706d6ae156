//! The browser adapter: Yew components that render the core's model.
