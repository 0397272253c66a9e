package org.treatylab.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The documentation pages of the repository and the examples in their {@code bash} blocks. */
final class Pages {
    private static final Pattern HELP_EXAMPLE = Pattern.compile("(?m)^ +\\$ (treatylab .+)$");

    private Pages() {
    }

    /** The repository's root, given by the build ({@code treatylab.repo}) or found from the working directory. */
    static Path repo() {
        String given = System.getProperty("treatylab.repo");
        Path start = given != null ? Path.of(given) : Path.of("").toAbsolutePath();
        for (Path p = start.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("treatylab")) && Files.isDirectory(p.resolve("docs"))) {
                return p;
            }
        }
        throw new IllegalStateException("no repository (a folder with ./treatylab and docs/) at or above " + start);
    }

    /** README.md and every docs/*.md, as repository paths in a stable order. */
    static List<String> all(Path repo) {
        List<String> pages = new ArrayList<>();
        pages.add("README.md");
        try (Stream<Path> docs = Files.list(repo.resolve("docs"))) {
            docs.filter(p -> p.getFileName().toString().endsWith(".md")).map(p -> "docs/" + p.getFileName())
                    .sorted().forEach(pages::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pages;
    }

    /** The examples of one page: every logical line of its {@code ```bash} blocks, classified. */
    static List<Example> examples(Path repo, String page) {
        List<String> lines;
        try {
            lines = Files.readAllLines(repo.resolve(page));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return examples(page, lines);
    }

    static List<Example> examples(String page, List<String> lines) {
        List<Example> out = new ArrayList<>();
        boolean inBash = false;
        StringBuilder pending = null;
        int pendingLine = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String stripped = line.strip();
            if (!inBash) {
                inBash = stripped.equals("```bash");
                continue;
            }
            if (stripped.startsWith("```")) {
                if (pending != null) {
                    throw new IllegalArgumentException(page + ":" + pendingLine + ": a continued line ends the block");
                }
                inBash = false;
                continue;
            }
            if (pending == null) {
                pending = new StringBuilder();
                pendingLine = i + 1;
            }
            String code = Example.withoutComment(stripped);
            if (code.endsWith("\\") && code.length() == stripped.length()) {
                pending.append(code.substring(0, code.length() - 1).stripTrailing()).append(' ');
                continue;
            }
            pending.append(stripped);
            Example.of(page, pendingLine, pending.toString()).ifPresent(out::add);
            pending = null;
        }
        if (inBash) {
            throw new IllegalArgumentException(page + ": a ```bash block is not closed");
        }
        return out;
    }

    /** The examples of the top-level {@code --help}: its {@code $ treatylab ...} lines, run as ./treatylab. */
    static List<Example> helpExamples(String help) {
        List<Example> out = new ArrayList<>();
        Matcher m = HELP_EXAMPLE.matcher(help);
        int n = 0;
        while (m.find()) {
            n++;
            String command = "./" + m.group(1);
            boolean serve = command.startsWith("./treatylab serve");
            out.add(new Example("treatylab --help", n, serve ? command + "   # until Ctrl-C" : command,
                    serve ? Example.Kind.UNTIL_STOPPED : Example.Kind.RUN, 0, 0));
        }
        return out;
    }
}
