/**
 * Alerts for new threats: {@code tmj notify} tells a Slack channel (incoming webhook, Block Kit), a Microsoft Teams
 * channel (Workflows webhook, Adaptive Card) and e-mail recipients (SMTP with STARTTLS) about the open findings at or
 * above a threshold that the channel was never told about, as a digest that fits each service's limits, and
 * remembers what it told in a {@link dev.tmj.notify.NotificationLog} (the history store's, in the command line).
 * Webhook URLs and SMTP passwords come only from environment variables and never appear in a message. Public API.
 */
package dev.tmj.notify;
