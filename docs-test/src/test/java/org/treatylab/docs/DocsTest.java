package org.treatylab.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The README is a short guide that leads to every docs page; links resolve; the stable names are findable. */
class DocsTest {
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)#\\s]+)(#[^)\\s]*)?\\)");
    private static final Path REPO = Pages.repo();
    private static final String DATA = "domain/src/main/resources/org/treatylab/domain/data/";

    @Test
    void readme_isAShortGuide_withTheTwoCommandsFirst() throws IOException {
        List<String> lines = Files.readAllLines(REPO.resolve("README.md"));
        assertThat(lines.size()).as("README.md lines").isLessThanOrEqualTo(200);
        List<Example> examples = Pages.examples(REPO, "README.md");
        assertThat(Example.withoutComment(examples.get(0).command())).isEqualTo("./treatylab talks start-2009");
        assertThat(Example.withoutComment(examples.get(1).command())).isEqualTo("./mvnw -B verify");
        assertThat(examples.get(0).line()).as("the first command's line").isLessThan(15);
        List<String> ci = Files.readAllLines(REPO.resolve(".ci/run")).stream().map(String::strip)
                .filter(l -> l.startsWith("./mvnw") || l.startsWith("mvn ")).toList();
        assertThat(ci).as("the build command of .ci/run is the README's test command")
                .containsExactly(Example.withoutComment(examples.get(1).command()));
    }

    @Test
    void readme_linksEveryDocsPage() throws IOException {
        String readme = Files.readString(REPO.resolve("README.md"));
        for (String page : Pages.all(REPO)) {
            if (!page.equals("README.md")) {
                assertThat(readme).as("README links " + page).contains("](" + page);
            }
        }
    }

    @Test
    void everyRelativeLink_resolves() throws IOException {
        List<String> broken = new ArrayList<>();
        for (String page : Pages.all(REPO)) {
            Path file = REPO.resolve(page);
            Matcher m = LINK.matcher(Files.readString(file));
            while (m.find()) {
                String target = m.group(1);
                if (target.contains("://") || target.startsWith("mailto:")) {
                    continue;
                }
                if (!Files.exists(file.getParent().resolve(target))) {
                    broken.add(page + " -> " + target);
                }
            }
        }
        assertThat(broken).as("links to files that do not exist").isEmpty();
    }

    @Test
    void everyLinkToAHeading_findsTheHeading() throws IOException {
        List<String> broken = new ArrayList<>();
        Pattern anchored = Pattern.compile("\\]\\(([^)#\\s]*)#([^)\\s]+)\\)");
        for (String page : Pages.all(REPO)) {
            Path file = REPO.resolve(page);
            Matcher m = anchored.matcher(Files.readString(file));
            while (m.find()) {
                String target = m.group(1);
                if (target.contains("://") || !(target.isEmpty() || target.endsWith(".md"))) {
                    continue;
                }
                Path linked = target.isEmpty() ? file : file.getParent().resolve(target).normalize();
                if (Files.exists(linked) && !headingSlugs(linked).contains(m.group(2))) {
                    broken.add(page + " -> " + target + "#" + m.group(2));
                }
            }
        }
        assertThat(broken).as("links to headings that do not exist").isEmpty();
    }

    @Test
    void headingSlugs_areGitHubs() throws IOException {
        Path page = Files.createTempFile("slugs", ".md");
        Files.writeString(page, "# Top\n## Oracles: the shipped forces (2011)\n```bash\n# not a heading\n```\n"
                + "### `[issue ID]` sections\n### treatylab verify merkle-root, prove, consistency\n");
        assertThat(headingSlugs(page)).containsExactly("top", "oracles-the-shipped-forces-2011", "issue-id-sections",
                "treatylab-verify-merkle-root-prove-consistency");
        Files.delete(page);
    }

    /** The anchors GitHub gives a page's headings: lower case, punctuation dropped, blanks as hyphens. */
    private static List<String> headingSlugs(Path page) throws IOException {
        List<String> slugs = new ArrayList<>();
        boolean code = false;
        for (String line : Files.readAllLines(page)) {
            if (line.strip().startsWith("```")) {
                code = !code;
            } else if (!code && line.matches("#{1,6} .*")) {
                String text = line.replaceFirst("^#+ ", "").strip().toLowerCase(java.util.Locale.ROOT);
                slugs.add(text.replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'));
            }
        }
        return slugs;
    }

    @Test
    void concepts_namesEveryStableName() throws IOException {
        String concepts = Files.readString(REPO.resolve("docs/concepts.md"));
        Set<String> names = new LinkedHashSet<>(List.of("`US`", "`RU`"));
        try (Stream<Path> treaties = Files.list(REPO.resolve(DATA + "treaties"))) {
            for (Path t : (Iterable<Path>) treaties::iterator) {
                for (String line : Files.readAllLines(t)) {
                    if (line.startsWith("id = ")) {
                        names.add("`" + line.substring(5).strip() + "`");
                    } else if (line.startsWith("[limit ")) {
                        names.add("`" + line.substring(7, line.indexOf(']')).strip() + "`");
                    }
                }
            }
        }
        for (String folder : List.of("postures", "series")) {
            try (Stream<Path> files = Files.list(REPO.resolve(DATA + folder))) {
                files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv") && !n.endsWith("-changes.csv"))
                        .forEach(n -> names.add("`" + n.substring(0, n.length() - 4) + "`"));
            }
        }
        assertThat(names).hasSizeGreaterThan(16);
        assertThat(names).allSatisfy(n -> assertThat(concepts).as("docs/concepts.md names " + n).contains(n));
        assertThat(Files.readString(REPO.resolve("README.md"))).contains("](docs/concepts.md");
    }

    @Test
    void pages_parse_andEveryBashLineIsClassified() {
        int run = 0;
        for (String page : Pages.all(REPO)) {
            for (Example e : Pages.examples(REPO, page)) {
                if (e.kind() == Example.Kind.RUN) {
                    run++;
                }
            }
        }
        assertThat(run).as("examples to run in README.md and docs/").isGreaterThan(60);
    }

    @Test
    void parser_joinsContinuations_keepsExitMarkers_andClassifies() {
        List<Example> e = Pages.examples("p.md", List.of("text", "```bash", "# a comment", "",
                "./treatylab verify check-inclusion --proof p.json \\", "    --leaf 40   # exit 1: the root differs",
                "S=negotiation/x   # the scenarios", "./treatylab serve   # until Ctrl-C", "./mvnw -B verify",
                "ROOM=$(sed 's/.*\"id\":\"\\([^\"]*\\)\".*/\\1/' room.json)   # the room code", "```",
                "```text", "./treatylab not-an-example", "```"));
        assertThat(e).extracting(Example::kind).containsExactly(Example.Kind.RUN, Example.Kind.VARIABLE,
                Example.Kind.UNTIL_STOPPED, Example.Kind.BUILD, Example.Kind.VARIABLE);
        assertThat(e.get(4).variable()[0]).isEqualTo("ROOM");
        assertThat(e.get(4).variable()[1]).startsWith("$(sed ").endsWith(" room.json)");
        assertThat(e.get(0).command()).isEqualTo(
                "./treatylab verify check-inclusion --proof p.json --leaf 40   # exit 1: the root differs");
        assertThat(e.get(0).exitCode()).isEqualTo(1);
        assertThat(e.get(0).line()).isEqualTo(5);
        assertThat(e.get(1).variable()).containsExactly("S", "negotiation/x");
        assertThat(Example.withoutComment("curl -d '{\"a\": \"#x\"}' u  # c")).isEqualTo("curl -d '{\"a\": \"#x\"}' u");
    }

    @Test
    void parser_unknownCommand_isRefusedNamingTheLine() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Pages.examples("p.md", List.of("```bash",
                "rm -rf /", "```"))).hasMessageContaining("p.md:2: 'rm' is neither");
    }
}
