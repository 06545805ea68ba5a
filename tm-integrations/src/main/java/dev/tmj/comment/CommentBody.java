package dev.tmj.comment;

/**
 * A comment's body: the marker on the first line, then the summary, cut at a line end with a note when it would
 * pass the service's limit (GitHub refuses a body of more than 65,536 characters with a 422). Lengths are counted
 * in UTF-16 units, never fewer than the characters a service counts, and a cut never splits a surrogate pair.
 */
final class CommentBody {
    private CommentBody() {
    }

    /**
     * The body to post.
     *
     * @param marker the marker, put first unless the summary already starts with it
     * @param summary the Markdown summary
     * @param limit the most characters the service takes
     */
    static String of(SummaryMarker marker, String summary, int limit) {
        String body = marker.marks(summary) ? summary : marker.text() + "\n" + summary;
        if (body.length() <= limit) {
            return body;
        }
        String note = "\n\n> **Cut here:** the summary has " + body.length() + " characters and a comment takes at "
                + "most " + limit + ". The full summary is in the job's output (`--summary FILE`).\n";
        int room = limit - note.length();
        int cut = body.lastIndexOf('\n', room);
        if (cut <= marker.text().length()) {
            cut = Character.isLowSurrogate(body.charAt(room)) ? room - 1 : room;
        }
        return body.substring(0, cut) + note;
    }
}
