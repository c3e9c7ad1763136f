//! The order as an [`Aggregate`]: how the kernel's machinery drives it.

use crate::aggregate::{Aggregate, CommandMeta};
use crate::error::Result;

impl Aggregate for crate::order::Order {
    type Command = crate::order::OrderCommand;
    type Event = crate::order::OrderEvent;
    type Context<'a> = crate::order::OrderContext<'a>;
    fn decide(
        &self,
        command: &Self::Command,
        context: &Self::Context<'_>,
        meta: &CommandMeta,
    ) -> Result<Vec<Self::Event>> {
        self.decide_with(command, context, meta)
    }
    fn apply(&mut self, event: &Self::Event) {
        crate::order::Order::apply(self, event);
    }
}
