//! The page's parts, one file each, named after what the user sees.

pub mod agency_view;
pub mod documents;
pub mod drop_zone;
pub mod export_bar;
pub mod ignore_options;
pub mod related_links;
pub mod series_view;
pub mod side_by_side;
pub mod sort_header;
pub mod summary;
pub mod target_table;
pub mod targets_view;
pub mod task_list;
pub mod task_row;
pub mod unit_chips;
pub mod wording_diff;
