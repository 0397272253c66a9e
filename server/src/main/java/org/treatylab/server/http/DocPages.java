package org.treatylab.server.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;

/**
 * The documentation pages shipped with TreatyLab (the repository's {@code docs/*.md}, copied into the server's
 * classpath by the build), served as plain text so that a browser shows them: the page's sources link here.
 */
public final class DocPages {
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,60}\\.md");
    private static final String DIR = "org/treatylab/server/docs/";

    private DocPages() {
    }

    /** Answers {@code GET /docs/{page}}. */
    public static void page(Context ctx) {
        String page = ctx.pathParam("page");
        if (!NAME.matcher(page).matches()) {
            throw new ApiError(404, "not found", "no documentation page '" + page + "' (pages are NAME.md)");
        }
        try (InputStream in = DocPages.class.getClassLoader().getResourceAsStream(DIR + page)) {
            if (in == null) {
                throw new ApiError(404, "not found", "no documentation page '" + page + "'");
            }
            ctx.contentType("text/plain; charset=utf-8").result(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read documentation page " + page, e);
        }
    }
}
