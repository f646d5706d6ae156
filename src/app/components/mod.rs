//! The page's parts, one file each, named after what the user sees.

pub mod drop_zone;
