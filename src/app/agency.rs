//! Agency names folded to one key for the by-agency view.
//!
//! Until the core's folding (`plandiff::diff::agency::agency_key`, on the compare branch) is in
//! main, a name is its own key, trimmed; this one function is the place to switch over.

/// The key an agency name groups under.
pub fn agency_key(name: &str) -> String {
    name.trim().to_string()
}
