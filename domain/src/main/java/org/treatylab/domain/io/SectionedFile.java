package org.treatylab.domain.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.treatylab.domain.InputException;

/**
 * A text file of {@code key = value} lines with {@code #} comments and {@code [kind ID]} sections, as used by
 * treaty and talks scenario files. Every line keeps its number so that errors can name it.
 */
public final class SectionedFile {
    private static final Pattern SECTION = Pattern.compile("\\[\\s*([a-z]+)\\s+([^\\]\\s]+)\\s*]");
    private final String file;
    private final List<Line> top;
    private final List<Section> sections;

    private SectionedFile(String file, List<Line> top, List<Section> sections) {
        this.file = file;
        this.top = List.copyOf(top);
        this.sections = List.copyOf(sections);
    }

    /** One {@code key = value} line. */
    public record Line(int number, String key, String value) {
    }

    /** A {@code [kind id]} section and its lines. */
    public record Section(String kind, String id, int number, List<Line> lines) {
        public Section {
            lines = List.copyOf(lines);
        }

        public List<Line> all(String key) {
            return lines.stream().filter(l -> l.key().equals(key)).toList();
        }

        public Optional<Line> first(String key) {
            return lines.stream().filter(l -> l.key().equals(key)).findFirst();
        }
    }

    public static SectionedFile read(Path path) {
        return parse(path.toString(), TextFiles.read(path));
    }

    /**
     * Splits text into top-level lines and sections.
     *
     * @param allowedKinds the section kinds the format knows (e.g. "limit")
     */
    public static SectionedFile parse(String file, String text, String... allowedKinds) {
        List<Line> top = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        String kind = null;
        String id = null;
        int sectionLine = 0;
        List<Line> current = null;
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int no = i + 1;
            String raw = lines[i].strip();
            if (i == 0 && raw.startsWith("\uFEFF")) {
                raw = raw.substring(1);
            }
            if (raw.isEmpty() || raw.startsWith("#")) {
                continue;
            }
            if (raw.startsWith("[")) {
                Matcher m = SECTION.matcher(raw);
                if (!m.matches() || allowedKinds.length > 0 && !List.of(allowedKinds).contains(m.group(1))) {
                    throw InputException.at(file, no, null, "expected a section "
                            + String.join(" or ", List.of(allowedKinds).stream().map(k -> "'[" + k + " ID]'").toList())
                            + ", got '" + raw + "'");
                }
                if (current != null) {
                    sections.add(new Section(kind, id, sectionLine, current));
                }
                kind = m.group(1);
                id = m.group(2);
                sectionLine = no;
                current = new ArrayList<>();
                for (Section s : sections) {
                    if (s.kind().equals(kind) && s.id().equals(id)) {
                        throw InputException.at(file, no, kind, kind + " '" + id + "' is defined twice");
                    }
                }
                continue;
            }
            int eq = raw.indexOf('=');
            if (eq <= 0) {
                throw InputException.at(file, no, null, "expected 'key = value', got '" + raw + "'");
            }
            Line line = new Line(no, raw.substring(0, eq).strip(), raw.substring(eq + 1).strip());
            (current == null ? top : current).add(line);
        }
        if (current != null) {
            sections.add(new Section(kind, id, sectionLine, current));
        }
        return new SectionedFile(file, top, sections);
    }

    public String file() {
        return file;
    }

    public List<Line> top() {
        return top;
    }

    public List<Section> sections() {
        return sections;
    }

    public List<Section> sections(String kind) {
        return sections.stream().filter(s -> s.kind().equals(kind)).toList();
    }

    /** An error at a line of this file naming a field. */
    public InputException error(int line, String field, String problem) {
        return InputException.at(file, line, field, problem);
    }
}
