//! Components shared by several pages.

pub mod change_summary;
pub mod complaints_start;
pub mod confirm_delete;
pub mod focus;
pub mod lang_switch;
pub mod page_title;
pub mod storage_notice;
pub mod text;
pub mod update_notice;
