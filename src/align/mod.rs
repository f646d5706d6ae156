//! Align: two Documents → which tasks pair with which, with a score.
