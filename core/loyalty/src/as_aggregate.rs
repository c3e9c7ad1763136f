//! The member as an [`Aggregate`]: how the kernel's machinery drives it.

use crate::aggregate::{Aggregate, CommandMeta};
use crate::error::Result;

/// What a loyalty decision reads besides the member and the command.
#[derive(Debug, Clone, Copy)]
pub struct LoyaltyContext<'a> {
    /// The programme's rules.
    pub programme: &'a crate::Programme,
}

impl Aggregate for crate::Member {
    type Command = crate::LoyaltyCommand;
    type Event = crate::Entry;
    type Context<'a> = LoyaltyContext<'a>;
    fn decide(
        &self,
        command: &Self::Command,
        context: &Self::Context<'_>,
        meta: &CommandMeta,
    ) -> Result<Vec<Self::Event>> {
        crate::Member::decide(self, command, context.programme, meta)
    }
    fn apply(&mut self, event: &Self::Event) {
        crate::Member::apply(self, event);
    }
}
