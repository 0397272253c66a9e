package org.treatylab.negotiation.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.treatylab.negotiation.ScenarioFormatException;
import org.treatylab.negotiation.model.Domain;
import org.treatylab.negotiation.model.IssueId;
import org.treatylab.negotiation.preference.Profile;

/**
 * Reads scenarios from GENIUS XML ({@code .xml}) and GeniusWeb JSON ({@code .json}) files, and the scenarios shipped
 * with TreatyLab. Every failure is a {@link ScenarioFormatException} naming the file, the element and the problem.
 */
public final class Scenarios {
    private static final String SHIPPED = "/org/treatylab/negotiation/scenarios/";

    private Scenarios() {
    }

    /** A domain file: GENIUS {@code negotiation_template} XML or GeniusWeb domain JSON. */
    public static Domain readDomain(Path file) {
        return domain(Source.of(file));
    }

    /** A profile file for {@code domain}: a GENIUS utility space or a GeniusWeb LinearAdditiveUtilitySpace. */
    public static Profile readProfile(Path file, Domain domain) {
        return profile(Source.of(file), domain);
    }

    /** A domain file and its profiles. */
    public static Scenario read(Path domainFile, List<Path> profileFiles) {
        Source domain = Source.of(domainFile);
        List<Source> profiles = new ArrayList<>();
        profileFiles.forEach(p -> profiles.add(Source.of(p)));
        return read(domain, profiles, null);
    }

    /** A domain given as text (see {@link FileText}). */
    public static Domain readDomain(FileText file) {
        return domain(Source.of(file));
    }

    /** A domain and its profiles given as texts, e.g. uploaded: read exactly as the same files on disk would be. */
    public static Scenario read(FileText domainFile, List<FileText> profileFiles) {
        List<Source> profiles = new ArrayList<>();
        profileFiles.forEach(p -> profiles.add(Source.of(p)));
        return read(Source.of(domainFile), profiles, null);
    }

    /**
     * A folder holding one domain file and its profile files (two or more), GENIUS or GeniusWeb; profiles are taken
     * in file-name order. Files are recognised by content: a GENIUS domain is the XML file whose root is
     * {@code negotiation_template}, a GENIUS profile one whose root is {@code utility_space}; a GeniusWeb domain the
     * JSON file with {@code issuesValues} at the top, a profile one {@code {"...UtilitySpace": {...}}}. Other files
     * (a {@code <Tournament>} log, a pareto.xml that is not XML) are skipped with a notice in
     * {@link Scenario#notices()}.
     */
    public static Scenario readFolder(Path dir) {
        String where = dir.toString();
        if (!Files.isDirectory(dir)) {
            throw new ScenarioFormatException(where + ": not a folder");
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(Files::isRegularFile).filter(p -> isScenarioFile(p.getFileName().toString())).sorted()
                    .toList();
        } catch (IOException e) {
            throw new ScenarioFormatException(where + ": cannot list: " + e.getMessage());
        }
        List<Source> sources = new ArrayList<>();
        files.forEach(f -> sources.add(Source.of(f)));
        return split(where, sources, dir.getFileName().toString());
    }

    /** The names of the scenarios shipped with TreatyLab. */
    public static List<String> shippedNames() {
        return List.copyOf(shippedIndex().keySet());
    }

    /** A scenario shipped with TreatyLab, by name (see {@link #shippedNames()}). */
    public static Scenario shipped(String name) {
        List<String> files = shippedIndex().get(name);
        if (files == null) {
            throw new ScenarioFormatException("no shipped scenario '" + name + "'; shipped: "
                    + String.join(", ", shippedNames()));
        }
        List<Source> sources = new ArrayList<>();
        for (String f : files) {
            try (InputStream in = resource(name + "/" + f)) {
                sources.add(Source.of(name + "/" + f, in));
            } catch (IOException e) {
                throw new ScenarioFormatException(name + "/" + f + ": cannot read: " + e.getMessage());
            }
        }
        return split(name, sources, name);
    }

    private static Map<String, List<String>> shippedIndex() {
        Map<String, List<String>> index = new LinkedHashMap<>();
        try (InputStream in = resource("index.txt");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int colon = line.indexOf(':');
                index.put(line.substring(0, colon).strip(), List.of(line.substring(colon + 1).strip().split("\\s+")));
            }
        } catch (IOException e) {
            throw new IllegalStateException("shipped scenario index unreadable", e);
        }
        return index;
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = Scenarios.class.getResourceAsStream(SHIPPED + name);
        if (in == null) {
            throw new IOException("missing resource " + SHIPPED + name);
        }
        return in;
    }

    private static Scenario split(String where, List<Source> files, String name) {
        List<Source> domains = new ArrayList<>();
        List<Source> profiles = new ArrayList<>();
        List<String> notices = new ArrayList<>();
        for (Source f : files) {
            switch (kind(f)) {
                case DOMAIN -> domains.add(f);
                case PROFILE -> profiles.add(f);
                case NOT_XML -> notices.add(f.name() + ": not XML; skipped");
                case OTHER -> notices.add(f.name() + ": " + (f.isXml() ? "root element '" + root(f).getTagName()
                        + "' is neither a GENIUS domain nor a profile" : "neither a GeniusWeb domain nor a profile")
                        + "; skipped");
            }
        }
        if (domains.size() != 1) {
            throw new ScenarioFormatException(where + ": expected one domain file, found " + domains.size()
                    + (domains.isEmpty() ? "" : " " + domains.stream().map(Source::name).toList()));
        }
        if (profiles.size() < 2) {
            throw new ScenarioFormatException(where + ": expected at least 2 profile files, found " + profiles.size());
        }
        return read(domains.get(0), profiles, name, notices);
    }

    private static Scenario read(Source domainFile, List<Source> profileFiles, String name) {
        return read(domainFile, profileFiles, name, new ArrayList<>());
    }

    private static Scenario read(Source domainFile, List<Source> profileFiles, String name, List<String> notices) {
        GeniusDomainReader.Parsed parsed = domainFile.isXml() ? GeniusDomainReader.read(domainFile)
                : new GeniusDomainReader.Parsed(GeniusWebReader.readDomain(domainFile), Map.of());
        List<Profile> profiles = new ArrayList<>();
        for (Source p : profileFiles) {
            profiles.add(p.isXml() ? GeniusProfileReader.read(p, withPositions(parsed), notices)
                    : GeniusWebReader.readProfile(p, parsed.domain(), notices));
        }
        Domain d = parsed.domain();
        return new Scenario(name == null ? d.name() : name, d, profiles, notices);
    }

    private static Domain domain(Source src) {
        return src.isXml() ? GeniusDomainReader.read(src).domain() : GeniusWebReader.readDomain(src);
    }

    private static Profile profile(Source src, Domain domain) {
        List<String> ignored = new ArrayList<>();
        return src.isXml() ? GeniusProfileReader.read(src, withPositions(new GeniusDomainReader.Parsed(domain, Map.of())),
                ignored) : GeniusWebReader.readProfile(src, domain, ignored);
    }

    /** GENIUS indices from the domain file, else 1, 2, ... in domain order. */
    private static GeniusDomainReader.Parsed withPositions(GeniusDomainReader.Parsed p) {
        if (!p.byIndex().isEmpty()) {
            return p;
        }
        Map<String, IssueId> byPosition = new HashMap<>();
        for (int i = 0; i < p.domain().issueCount(); i++) {
            byPosition.put(Integer.toString(i + 1), p.domain().issue(i).id());
        }
        return new GeniusDomainReader.Parsed(p.domain(), byPosition);
    }

    /** What a file in a scenario folder is, by its root element (XML) or top-level key (JSON). */
    private enum Kind { DOMAIN, PROFILE, NOT_XML, OTHER }

    private static Kind kind(Source f) {
        if (f.isXml()) {
            if (!looksLikeXml(f.bytes())) {
                return Kind.NOT_XML;
            }
            String root = root(f).getTagName();
            return root.equals("negotiation_template") ? Kind.DOMAIN : root.equals("utility_space") ? Kind.PROFILE
                    : Kind.OTHER;
        }
        JsonNode n = GeniusWebReader.parse(f);
        if (n.isObject() && n.has("issuesValues")) {
            return Kind.DOMAIN;
        }
        return n.isObject() && n.size() == 1 && n.fieldNames().next().endsWith("UtilitySpace") ? Kind.PROFILE
                : Kind.OTHER;
    }

    private static org.w3c.dom.Element root(Source f) {
        return new Xml(f.name()).parse(f.bytes()).getDocumentElement();
    }

    /**
     * Whether the text starts (after a byte-order mark and white space) with '<': files named .xml that hold
     * something else (ANAC 2014's pareto.xml is a list of numbers) are skipped; a file that starts like XML and is
     * broken is an error.
     */
    static boolean looksLikeXml(byte[] b) {
        int i = b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf ? 3 : 0;
        while (i < b.length && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n')) {
            i++;
        }
        return i < b.length && b[i] == '<';
    }

    private static boolean isScenarioFile(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".xml") || n.endsWith(".json");
    }
}
