//! [`Wire`] for each model type: field by field in declaration order, enums with their JSON
//! names; `Target`, `Task` and `Summary` by hand (serde leaves `None` fields of a target and
//! a task's empty `full_names` out of JSON;
//! the counts' map of kinds is JSON only), `ErrorKind` by hand (two variants carry numbers).

use super::{Io, Wire};
use crate::error::{ErrorKind, ParseError};
use crate::model::*;

wire_enum!(DocKind {
    Plan = "plan",
    Report = "report"
});
wire_enum!(Comparator {
    AtLeast = ">=",
    MoreThan = ">",
    AtMost = "<=",
    LessThan = "<",
    Equal = "=",
    Within = "within",
    By = "by"
});
wire_enum!(Role {
    Lead = "lead",
    Responsible = "responsible"
});
wire_enum!(PairKind {
    Match = "match",
    Split = "split",
    Merged = "merged",
    Manual = "manual"
});
wire_enum!(WordOpKind {
    Equal = "equal",
    Delete = "delete",
    Insert = "insert"
});
wire_enum!(TargetChangeKind {
    Same = "same",
    Raised = "raised",
    Lowered = "lowered",
    New = "new",
    Dropped = "dropped",
    Changed = "changed"
});
wire_enum!(Direction {
    Stricter = "stricter",
    Looser = "looser"
});
wire_enum!(UnitChangeKind {
    Added = "added",
    Removed = "removed",
    Moved = "moved",
    Renamed = "renamed"
});

wire_struct!(Document {
    name,
    title,
    kind,
    encoding,
    format,
    sections,
    tasks,
    warnings
});
wire_struct!(Section {
    id,
    number,
    title,
    auxiliary
});
impl Wire for Task {
    fn blank() -> Self {
        Task::default()
    }
    fn visit(&mut self, io: &mut dyn Io) {
        // `full_names` is left out of JSON when empty, as serde does.
        let skip = io.skips_none() && self.full_names.is_empty();
        io.begin(false);
        io.key("id");
        self.id.visit(io);
        io.key("number");
        self.number.visit(io);
        io.key("heading");
        self.heading.visit(io);
        io.key("text");
        self.text.visit(io);
        io.key("lead_units");
        self.lead_units.visit(io);
        io.key("responsible_units");
        self.responsible_units.visit(io);
        io.key("targets");
        self.targets.visit(io);
        io.key("section");
        self.section.visit(io);
        if !skip {
            io.key("full_names");
            self.full_names.visit(io);
        }
        io.end(false);
    }
}
wire_struct!(FullName { written, full });
impl Wire for Target {
    fn blank() -> Self {
        Target {
            text: String::new(),
            metric: String::new(),
            comparator: Comparator::blank(),
            value: None,
            value_max: None,
            unit: String::new(),
            deadline: None,
            per: None,
        }
    }
    fn visit(&mut self, io: &mut dyn Io) {
        // `value_max` and `per` are left out of JSON when `None`, as serde does.
        let skip = io.skips_none();
        io.begin(false);
        io.key("text");
        self.text.visit(io);
        io.key("metric");
        self.metric.visit(io);
        io.key("comparator");
        self.comparator.visit(io);
        io.key("value");
        self.value.visit(io);
        if !(skip && self.value_max.is_none()) {
            io.key("value_max");
            self.value_max.visit(io);
        }
        io.key("unit");
        self.unit.visit(io);
        io.key("deadline");
        self.deadline.visit(io);
        if !(skip && self.per.is_none()) {
            io.key("per");
            self.per.visit(io);
        }
        io.end(false);
    }
}
wire_struct!(WordOp { op, text });
wire_struct!(TargetChange {
    metric,
    a,
    b,
    change,
    direction
});
wire_struct!(UnitChange {
    key,
    a,
    b,
    role_a,
    role_b,
    change
});
wire_struct!(UnitDiff { changes });
wire_struct!(TaskPair {
    a,
    b,
    score,
    kind,
    changed,
    wording,
    targets,
    units
});
wire_struct!(Corrections { unpaired, paired });
wire_struct!(ParseError {
    file,
    message,
    kind
});

/// The unit variants of [`ErrorKind`], by their number; 100 and 101 are the two with data.
pub(super) const ERROR_UNITS: &[ErrorKind] = &[
    ErrorKind::Other,
    ErrorKind::Empty,
    ErrorKind::Pdf,
    ErrorKind::OldOffice,
    ErrorKind::Rtf,
    ErrorKind::Image,
    ErrorKind::Archive,
    ErrorKind::Mht,
    ErrorKind::NotText,
    ErrorKind::Wps,
    ErrorKind::Excel,
    ErrorKind::PowerPoint,
    ErrorKind::Ofd,
    ErrorKind::NotZip,
    ErrorKind::Encoding,
    ErrorKind::NoText,
    ErrorKind::NoTextInWord,
    ErrorKind::Encrypted,
    ErrorKind::CorruptDocx,
    ErrorKind::NotWord,
    ErrorKind::NoDocument,
];

/// The comparison's counts, for JSON only (the worker does not send them).
impl Wire for Summary {
    fn blank() -> Self {
        Summary::default()
    }
    fn visit(&mut self, io: &mut dyn Io) {
        io.begin(false);
        for (name, n) in [
            ("pairs", &mut self.pairs),
            ("unchanged", &mut self.unchanged),
            ("changed", &mut self.changed),
            ("a_only", &mut self.a_only),
            ("b_only", &mut self.b_only),
            ("target_changes", &mut self.target_changes),
        ] {
            io.key(name);
            n.visit(io);
        }
        io.key("targets_by_kind");
        // JSON only: an object with the kinds as keys.
        io.begin(false);
        for (kind, n) in self.targets_by_kind.iter_mut() {
            io.key_text(kind);
            n.visit(io);
        }
        io.end(false);
        io.key("unit_changes");
        self.unit_changes.visit(io);
        io.end(false);
    }
}

wire_struct!(AgencyLoad {
    key,
    name,
    a,
    b,
    gained,
    lost
});
wire_struct!(Comparison {
    a,
    b,
    pairs,
    a_only,
    b_only,
    summary,
    agencies
});

impl Wire for ErrorKind {
    fn blank() -> Self {
        ErrorKind::Other
    }
    fn visit(&mut self, io: &mut dyn Io) {
        let (mut tag, mut a, mut b) = match *self {
            ErrorKind::TooLarge { tenths, limit_mb } => (100, tenths, limit_mb),
            ErrorKind::TextTooLarge { limit_mb } => (101, 0, limit_mb),
            unit => (
                ERROR_UNITS.iter().position(|k| *k == unit).unwrap_or(0) as u64,
                0,
                0,
            ),
        };
        io.num(&mut tag);
        if tag >= 100 {
            a.visit(io);
            b.visit(io);
        }
        *self = match tag {
            100 => ErrorKind::TooLarge {
                tenths: a,
                limit_mb: b,
            },
            101 => ErrorKind::TextTooLarge { limit_mb: b },
            i => match ERROR_UNITS.get(usize::try_from(i).unwrap_or(usize::MAX)) {
                Some(k) => *k,
                None => {
                    io.fail();
                    ErrorKind::Other
                }
            },
        };
    }
}
