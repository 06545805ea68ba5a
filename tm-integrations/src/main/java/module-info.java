/**
 * Where a check's results go beyond files: comments on pull requests (GitHub) and merge requests (GitLab),
 * tickets for open threats (Jira, GitHub Issues, GitLab issues), and alerts of new threats (Slack, Teams, e-mail), each beside the others over
 * one small HTTP layer ({@code dev.tmj.http}) on the JDK's {@link java.net.http.HttpClient}. Tokens come only from environment variables and never appear in a
 * message. Every package is API.
 */
module dev.tmj.integrations {
    requires transitive dev.tmj.core;
    requires transitive java.net.http;
    // The REST APIs' JSON bodies, read and written with Jackson's streaming API (ApiJsonReader, ApiJsonWriter).
    requires com.fasterxml.jackson.core;
    // E-mail alerts (dev.tmj.notify.MailChannel): the Jakarta Mail API; Angus Mail provides its SMTP transport.
    requires jakarta.mail;

    exports dev.tmj.http;
    exports dev.tmj.comment;
    exports dev.tmj.ticket;
    exports dev.tmj.notify;
}
