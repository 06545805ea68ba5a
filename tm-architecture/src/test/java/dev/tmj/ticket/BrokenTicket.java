package dev.tmj.ticket;

/**
 * Breaks the rules on purpose (see EveryRuleCanFailTest): a ticket tracker mails its tickets itself, outside the
 * alerts' one mail channel.
 */
class BrokenTicket {
    jakarta.mail.Transport transport;
}
