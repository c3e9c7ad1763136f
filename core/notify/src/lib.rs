//! Post-purchase communications: which message each domain event calls for, when (delays, quiet
//! hours in the recipient's zone, marketing throttle) and on which channel (consent).
//!
//! A pure function ([`plan`]) turns a [`Signal`] plus the customer's preferences and what was
//! already sent into [`Intent`]s with stable dedupe keys, so a replayed event never produces a
//! second message. The commerce crate's `signals_from_order_events` derives signals from order
//! events: one per status change per shipment, never one per carrier scan.
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::unreachable,
        clippy::todo,
        clippy::unimplemented,
        clippy::indexing_slicing,
        clippy::cast_possible_truncation,
        clippy::arithmetic_side_effects
    )
)]

use postpurchase_kernel::{config, error, ids};

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use crate::config::{Problems, Validate};
use crate::error::{Error, ErrorKind, Problem, Result};
use crate::ids::CustomerId;

/// Every kind of post-purchase message.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum NotificationKind {
    OrderConfirmed,
    OrderCancelled,
    FulfilmentDelayed,
    Shipped,
    InTransitDelayed,
    ArrivingTomorrow,
    OutForDelivery,
    AvailableForPickup,
    DeliveryAttemptFailed,
    DeliveryException,
    Delivered,
    AllPartsDelivered,
    PresumedLost,
    ReturnRequested,
    ReturnApproved,
    ReturnDeclined,
    ReturnLabelIssued,
    ReturnReminderToShip,
    ReturnAboutToExpire,
    ReturnReceived,
    ReturnRefunded,
    ReturnExchanged,
    ReviewRequest,
    SurveyRequest,
    ReplenishmentReminder,
    CrossSell,
    PointsEarned,
    PointsAboutToExpire,
    TierReached,
    TierAboutToDrop,
}

impl NotificationKind {
    /// Every kind, in declaration order.
    pub const ALL: [NotificationKind; 30] = [
        NotificationKind::OrderConfirmed,
        NotificationKind::OrderCancelled,
        NotificationKind::FulfilmentDelayed,
        NotificationKind::Shipped,
        NotificationKind::InTransitDelayed,
        NotificationKind::ArrivingTomorrow,
        NotificationKind::OutForDelivery,
        NotificationKind::AvailableForPickup,
        NotificationKind::DeliveryAttemptFailed,
        NotificationKind::DeliveryException,
        NotificationKind::Delivered,
        NotificationKind::AllPartsDelivered,
        NotificationKind::PresumedLost,
        NotificationKind::ReturnRequested,
        NotificationKind::ReturnApproved,
        NotificationKind::ReturnDeclined,
        NotificationKind::ReturnLabelIssued,
        NotificationKind::ReturnReminderToShip,
        NotificationKind::ReturnAboutToExpire,
        NotificationKind::ReturnReceived,
        NotificationKind::ReturnRefunded,
        NotificationKind::ReturnExchanged,
        NotificationKind::ReviewRequest,
        NotificationKind::SurveyRequest,
        NotificationKind::ReplenishmentReminder,
        NotificationKind::CrossSell,
        NotificationKind::PointsEarned,
        NotificationKind::PointsAboutToExpire,
        NotificationKind::TierReached,
        NotificationKind::TierAboutToDrop,
    ];

    /// Marketing kinds need marketing consent and are throttled: review requests, survey
    /// requests, replenishment reminders and cross-sell. Everything else is transactional.
    pub fn is_marketing(self) -> bool {
        matches!(
            self,
            NotificationKind::ReviewRequest
                | NotificationKind::SurveyRequest
                | NotificationKind::ReplenishmentReminder
                | NotificationKind::CrossSell
        )
    }

    /// The snake_case name.
    pub fn as_str(self) -> String {
        serde_json::to_value(self).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default()
    }
}

/// A delivery channel.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    /// E-mail.
    Email,
    /// Text message (needs its own opt-in).
    Sms,
    /// Push notification.
    Push,
}

impl Channel {
    /// The snake_case name (`"email"`).
    pub const fn as_str(self) -> &'static str {
        match self {
            Channel::Email => "email",
            Channel::Sms => "sms",
            Channel::Push => "push",
        }
    }
}

/// Per-kind settings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct KindRule {
    /// Whether the kind is sent at all.
    #[serde(default = "yes")]
    pub enabled: bool,
    /// Minutes after the event.
    #[serde(default)]
    pub delay_minutes: i64,
    /// Channels to try, in order.
    #[serde(default = "email_only")]
    pub channels: Vec<Channel>,
}

fn yes() -> bool {
    true
}
fn email_only() -> Vec<Channel> {
    vec![Channel::Email]
}

impl Default for KindRule {
    fn default() -> Self {
        KindRule { enabled: true, delay_minutes: 0, channels: email_only() }
    }
}

/// Quiet hours in the recipient's own time zone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct QuietHours {
    /// Start, local `HH:MM`.
    pub start: NaiveTime,
    /// End, local `HH:MM` (may be the next day).
    pub end: NaiveTime,
    /// Transactional kinds ignore quiet hours.
    #[serde(default = "yes")]
    pub exempt_transactional: bool,
}

/// Review request settings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ReviewRule {
    /// Days after delivery.
    #[serde(default = "seven")]
    pub days_after_delivery: i64,
    /// Reminders after the first request.
    #[serde(default)]
    pub max_reminders: u32,
    /// Days between reminders.
    #[serde(default = "seven")]
    pub reminder_interval_days: i64,
}

fn seven() -> i64 {
    7
}

impl Default for ReviewRule {
    fn default() -> Self {
        ReviewRule { days_after_delivery: 7, max_reminders: 0, reminder_interval_days: 7 }
    }
}

/// The notification policy.
///
/// ```
/// use postpurchase::notify::NotifyPolicy;
/// let p = NotifyPolicy::from_json(r#"{"quiet_hours": {"start": "21:00:00", "end": "08:00:00"}, "marketing_throttle_hours": 16}"#)?;
/// assert_eq!(p.marketing_throttle_hours, 16);
/// # Ok::<(), postpurchase::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema), schemars(rename = "NotifyPolicyConfig"))]
pub struct NotifyPolicy {
    /// Settings per kind; kinds not listed use the defaults (on, no delay, e-mail).
    #[serde(default)]
    pub kinds: BTreeMap<NotificationKind, KindRule>,
    /// Quiet hours.
    #[serde(default)]
    pub quiet_hours: Option<QuietHours>,
    /// At most one marketing message per customer and channel in this many hours.
    #[serde(default)]
    pub marketing_throttle_hours: i64,
    /// Review requests.
    #[serde(default)]
    pub review: ReviewRule,
    /// Replenishment interval in days per SKU.
    #[serde(default)]
    pub replenishment_days: BTreeMap<String, i64>,
}

impl NotifyPolicy {
    /// Loads from JSON.
    ///
    /// # Errors
    /// [`crate::error::ErrorKind::InvalidConfig`] with every problem.
    pub fn from_json(text: &str) -> Result<NotifyPolicy> {
        crate::config::from_json(text)
    }

    /// Loads from TOML.
    ///
    /// # Errors
    /// [`crate::error::ErrorKind::InvalidConfig`] with every problem.
    pub fn from_toml(text: &str) -> Result<NotifyPolicy> {
        crate::config::from_toml(text)
    }

    fn rule(&self, kind: NotificationKind) -> KindRule {
        self.kinds.get(&kind).cloned().unwrap_or_default()
    }
}

/// Upper bound of a kind's `delay_minutes`: a year.
pub const MAX_DELAY_MINUTES: i64 = 525_600;
/// Upper bound of `marketing_throttle_hours`: a year.
pub const MAX_THROTTLE_HOURS: i64 = 8_760;
/// Upper bound of the review and replenishment day settings.
pub const MAX_DAYS: i64 = 365;
/// Upper bound of `review.max_reminders`.
pub const MAX_REMINDERS: u32 = 10;

impl Validate for NotifyPolicy {
    fn problems(&self) -> Vec<Problem> {
        let mut p = Problems::default();
        for (k, r) in &self.kinds {
            p.check(
                (0..=MAX_DELAY_MINUTES).contains(&r.delay_minutes),
                format!("kinds.{}.delay_minutes", k.as_str()),
                "must be 0 to 525600 (a year)",
            );
            p.check(
                !r.channels.is_empty() || !r.enabled,
                format!("kinds.{}.channels", k.as_str()),
                "an enabled kind needs a channel",
            );
        }
        p.check(
            (0..=MAX_THROTTLE_HOURS).contains(&self.marketing_throttle_hours),
            "marketing_throttle_hours",
            "must be 0 to 8760 (a year)",
        );
        p.check(
            (0..=MAX_DAYS).contains(&self.review.days_after_delivery),
            "review.days_after_delivery",
            "must be 0 to 365",
        );
        p.check(
            (1..=MAX_DAYS).contains(&self.review.reminder_interval_days),
            "review.reminder_interval_days",
            "must be 1 to 365",
        );
        p.check(self.review.max_reminders <= MAX_REMINDERS, "review.max_reminders", "must be 0 to 10");
        for (sku, d) in &self.replenishment_days {
            p.check((1..=MAX_DAYS).contains(d), format!("replenishment_days.{sku}"), "must be 1 to 365");
        }
        p.0
    }
}

/// What the customer agreed to.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Preferences {
    /// The customer.
    pub customer: CustomerId,
    /// Their IANA time zone.
    #[serde(default = "utc")]
    pub time_zone: String,
    /// An e-mail address is known.
    #[serde(default = "yes")]
    pub email: bool,
    /// Opted in to SMS.
    #[serde(default)]
    pub sms_opt_in: bool,
    /// Push is enabled on a device.
    #[serde(default)]
    pub push: bool,
    /// Consented to marketing.
    #[serde(default)]
    pub marketing_consent: bool,
    /// Channels opted out of (blocks marketing on them).
    #[serde(default)]
    pub opted_out: Vec<Channel>,
    /// Lines (order:line) already reviewed.
    #[serde(default)]
    pub reviewed: Vec<String>,
    /// The customer's language (BCP 47, `it-IT`), carried to every intent for its content.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
}

fn utc() -> String {
    "UTC".into()
}

/// Something that may call for a message.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Signal {
    /// Kind of message.
    pub kind: NotificationKind,
    /// Recipient.
    pub customer: CustomerId,
    /// When it happened.
    pub occurred_at: DateTime<Utc>,
    /// What it is about (order, `order/shipment`, `order:line`, return…).
    pub subject: String,
    /// Data for the template.
    #[serde(default)]
    pub payload: BTreeMap<String, String>,
}

/// A message to send.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema), schemars(rename = "NotificationIntent"))]
pub struct Intent {
    /// Kind.
    pub kind: NotificationKind,
    /// Recipient.
    pub customer: CustomerId,
    /// Channel.
    pub channel: Channel,
    /// When to send.
    pub send_at: DateTime<Utc>,
    /// Stable key: the same signal always gives the same key.
    pub dedupe_key: String,
    /// Template data.
    pub payload: BTreeMap<String, String>,
    /// The recipient's language, from their preferences (see `customer::compose`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
}

/// A message already sent or queued (for throttling and dedupe).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema), schemars(rename = "SentNotification"))]
pub struct Sent {
    /// Its dedupe key.
    pub dedupe_key: String,
    /// Kind.
    pub kind: NotificationKind,
    /// Channel.
    pub channel: Channel,
    /// When.
    pub send_at: DateTime<Utc>,
}

fn allowed(kind: NotificationKind, channel: Channel, prefs: &Preferences) -> bool {
    let reachable = match channel {
        Channel::Email => prefs.email,
        Channel::Sms => prefs.sms_opt_in,
        Channel::Push => prefs.push,
    };
    reachable && (!kind.is_marketing() || (prefs.marketing_consent && !prefs.opted_out.contains(&channel)))
}

/// Moves `at` out of quiet hours (to their local end) unless exempt.
fn after_quiet_hours(at: DateTime<Utc>, q: &QuietHours, tz: Tz) -> DateTime<Utc> {
    let local = at.with_timezone(&tz);
    let t = local.time();
    let inside = if q.start <= q.end { t >= q.start && t < q.end } else { t >= q.start || t < q.end };
    if !inside {
        return at;
    }
    let mut day = local.date_naive();
    if q.start > q.end && t >= q.start {
        day = day.succ_opt().unwrap_or(day);
    }
    tz.from_local_datetime(&day.and_time(q.end)).earliest().map_or(at, |d| d.with_timezone(&Utc))
}

/// The dedupe key of one message: the kind and channel (fixed vocabularies without `:`), then
/// the customer id and the subject each prefixed by its length in bytes, then the reminder
/// suffix. Built injectively and case-sensitively, so distinct (kind, customer, subject, channel,
/// sequence) tuples never share a key, whatever characters the ids contain.
///
/// ```
/// use postpurchase::notify::{dedupe_key, Channel, NotificationKind};
/// let a = dedupe_key(NotificationKind::Shipped, "a:b", "x", Channel::Email, "");
/// let b = dedupe_key(NotificationKind::Shipped, "a", "b:x", Channel::Email, "");
/// assert_ne!(a, b);
/// assert_eq!(a, "shipped:email:3:a:b:1:x");
/// ```
pub fn dedupe_key(kind: NotificationKind, customer: &str, subject: &str, channel: Channel, suffix: &str) -> String {
    format!("{}:{}:{}:{customer}:{}:{subject}{suffix}", kind.as_str(), channel.as_str(), customer.len(), subject.len())
}

fn time_overflow(what: &str) -> Error {
    Error::new(ErrorKind::InvalidInput, format!("{what} is outside the supported time range"))
}

/// `at + amount` in the given unit, or a typed error where the time range ends.
fn shift(at: DateTime<Utc>, delta: Option<Duration>, what: &str) -> Result<DateTime<Utc>> {
    delta.and_then(|d| at.checked_add_signed(d)).ok_or_else(|| time_overflow(what))
}

/// Plans the messages for one signal. Pure: never sends, never drops a message because of quiet
/// hours or throttling (it is moved later instead); skips kinds that are off, channels without
/// consent, lines already reviewed, and dedupe keys already in `history`.
///
/// # Errors
/// [`ErrorKind::NotifyWrongCustomer`] when `prefs` belong to another customer than the signal's;
/// [`ErrorKind::InvalidInput`] when a send time would fall outside the supported time range.
pub fn plan(signal: &Signal, prefs: &Preferences, policy: &NotifyPolicy, history: &[Sent]) -> Result<Vec<Intent>> {
    if prefs.customer != signal.customer {
        return Err(Error::new(
            ErrorKind::NotifyWrongCustomer,
            "the preferences belong to another customer than the signal",
        )
        .with("signal_customer", &signal.customer)
        .with("preferences_customer", &prefs.customer));
    }
    let rule = policy.rule(signal.kind);
    if !rule.enabled {
        return Ok(Vec::new());
    }
    if signal.kind == NotificationKind::ReviewRequest && prefs.reviewed.contains(&signal.subject) {
        return Ok(Vec::new());
    }
    let tz: Tz = prefs.time_zone.parse().unwrap_or(Tz::UTC);
    let delay = Duration::try_minutes(rule.delay_minutes);
    let sends: Vec<(DateTime<Utc>, String)> = if signal.kind == NotificationKind::ReviewRequest {
        let first =
            shift(signal.occurred_at, Duration::try_days(policy.review.days_after_delivery), "the review request")?;
        let first = shift(first, delay, "the review request")?;
        let mut sends = Vec::new();
        for k in 0..=policy.review.max_reminders {
            let gap = policy.review.reminder_interval_days.checked_mul(i64::from(k)).and_then(Duration::try_days);
            sends.push((shift(first, gap, "a review reminder")?, format!("#{k}")));
        }
        sends
    } else {
        vec![(shift(signal.occurred_at, delay, "the message")?, String::new())]
    };
    let mut out: Vec<Intent> = Vec::new();
    for channel in rule.channels.iter().copied().filter(|c| allowed(signal.kind, *c, prefs)) {
        for (at, suffix) in &sends {
            let dedupe_key = dedupe_key(signal.kind, signal.customer.as_str(), &signal.subject, channel, suffix);
            if history.iter().any(|h| h.dedupe_key == dedupe_key) {
                continue;
            }
            let mut send_at = *at;
            if let Some(q) = &policy.quiet_hours {
                if signal.kind.is_marketing() || !q.exempt_transactional {
                    send_at = after_quiet_hours(send_at, q, tz);
                }
            }
            if signal.kind.is_marketing() && policy.marketing_throttle_hours > 0 {
                let window = Duration::try_hours(policy.marketing_throttle_hours)
                    .ok_or_else(|| time_overflow("the throttle"))?;
                let mut earlier: Vec<DateTime<Utc>> = history
                    .iter()
                    .filter(|h| h.channel == channel && h.kind.is_marketing())
                    .map(|h| h.send_at)
                    .chain(out.iter().filter(|i| i.channel == channel && i.kind.is_marketing()).map(|i| i.send_at))
                    .collect();
                earlier.sort_unstable();
                send_at = throttle(send_at, &earlier, window, policy.quiet_hours.as_ref(), tz)?;
            }
            out.push(Intent {
                kind: signal.kind,
                customer: signal.customer.clone(),
                channel,
                send_at,
                dedupe_key,
                payload: signal.payload.clone(),
                locale: prefs.locale.clone(),
            });
        }
    }
    Ok(out)
}

/// Moves a marketing send out of every throttle window (closer than `window` to an earlier or
/// planned send on the channel) and out of quiet hours, until neither moves it: a fixed point.
/// It only moves forward, so each window pushes it at most once; a pass that moves it only for
/// quiet hours is followed by a window push or the end, so two passes per earlier send (and
/// one more) always reach the fixed point.
fn throttle(
    mut send_at: DateTime<Utc>,
    earlier: &[DateTime<Utc>],
    window: Duration,
    quiet: Option<&QuietHours>,
    tz: Tz,
) -> Result<DateTime<Utc>> {
    for _ in 0..=earlier.len().saturating_mul(2).saturating_add(1) {
        let before = send_at;
        for last in earlier {
            let next = shift(*last, Some(window), "a throttled message")?;
            let end = shift(send_at, Some(window), "a throttled message")?;
            if send_at < next && end > *last {
                send_at = next;
            }
        }
        if let Some(q) = quiet {
            send_at = after_quiet_hours(send_at, q, tz);
        }
        if send_at == before {
            return Ok(send_at);
        }
    }
    Ok(send_at)
}
