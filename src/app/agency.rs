//! Agency names folded to one key for the by-agency view, by the core's own folding (the same
//! keys the comparison uses for unit changes), so that 市市场监管局 and 市市场监督管理局 group as one.

/// The key an agency name groups under (`市市场监管局` → `市市场监督管理局`).
pub fn agency_key(name: &str) -> String {
    crate::diff::agency::agency_key(name)
}
