package dev.tmj.http;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where an API says the next page of a list is. */
@FunctionalInterface
public interface NextPage {
    /** The next page's URL after this answer, or empty on the last page. */
    Optional<URI> after(ApiResponse page);

    /**
     * GitHub's way (RFC 8288): a {@code Link} header with {@code <url>; rel="next"}.
     */
    static NextPage linkHeader() {
        return page -> linkNext(page.headers());
    }

    /**
     * GitLab's way: the header names the next page's number ({@code X-Next-Page: 2}, empty on the last page), and
     * the next URL is the request's with {@code page} set to it.
     */
    static NextPage pageNumberHeader(String header, String parameter) {
        return page -> page.headers().firstValue(header).map(String::strip).filter(s -> s.matches("[0-9]{1,9}"))
                .map(number -> withParameter(page.uri(), parameter, number));
    }

    private static Optional<URI> linkNext(HttpHeaders headers) {
        Pattern link = Pattern.compile("<([^>]*)>((?:\\s*;\\s*[^;,]*)*)");
        Pattern relNext = Pattern.compile(";\\s*rel\\s*=\\s*\"?([^\";]*)\"?");
        for (String value : headers.allValues("Link")) {
            Matcher m = link.matcher(value);
            while (m.find()) {
                Matcher rel = relNext.matcher(m.group(2));
                while (rel.find()) {
                    for (String r : rel.group(1).trim().split("\\s+")) {
                        if (r.equalsIgnoreCase("next")) {
                            try {
                                return Optional.of(URI.create(m.group(1).trim()));
                            } catch (IllegalArgumentException e) {
                                return Optional.empty();
                            }
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static URI withParameter(URI uri, String parameter, String value) {
        String query = uri.getRawQuery();
        StringBuilder q = new StringBuilder();
        if (query != null) {
            for (String part : query.split("&")) {
                if (!part.isEmpty() && !part.equals(parameter) && !part.startsWith(parameter + "=")) {
                    q.append(q.length() == 0 ? "" : "&").append(part);
                }
            }
        }
        q.append(q.length() == 0 ? "" : "&").append(parameter).append('=').append(value);
        String base = uri.toString();
        int cut = base.indexOf('?');
        return URI.create((cut < 0 ? base : base.substring(0, cut)) + "?" + q);
    }
}
