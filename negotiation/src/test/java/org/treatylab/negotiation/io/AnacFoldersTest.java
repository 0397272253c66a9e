package org.treatylab.negotiation.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.treatylab.negotiation.ScenarioFormatException;
import org.treatylab.negotiation.analysis.Analysis;
import org.treatylab.negotiation.analysis.Analyzer;
import org.treatylab.negotiation.TooLargeException;

/**
 * Opt-in compatibility check on real published scenario folders, which cannot ship with the project (their licences
 * are unclear) nor be reached from CI: {@code mvn test -pl negotiation -Danac.dir=DIR -Dtest=AnacFoldersTest}.
 *
 * <p>Every folder under DIR that holds .xml or .json files is read and analysed. A folder may fail only with a
 * deliberate refusal: weights summing to more than {@link Weights#TOLERANCE} away from 1, or a folder with fewer than
 * two profiles (not a negotiation); an analysis may be refused only as too large for an exact frontier (the ANAC
 * 2014 nonlinear domains of 10^10 and more outcomes). The Nash points (with each profile's reservation value as disagreement point) that
 * GENIUS and NegMAS agree on are checked within 1e-3 for the ANAC 2012 A variants, profiles 1 and 2.
 */
@EnabledIfSystemProperty(named = "anac.dir", matches = ".+")
class AnacFoldersTest {
    private static final Map<String, double[]> NASH = Map.of(
            "LaptopA", new double[] {1.0, 0.8151},
            "CameraA", new double[] {0.8207, 0.8865},
            "SupermarketA", new double[] {0.75, 0.76},
            "TravelA", new double[] {0.8824, 0.802},
            "EnergyA", new double[] {0.6418, 0.6167});

    private static Path root() {
        return Path.of(System.getProperty("anac.dir"));
    }

    private static List<Path> folders() throws IOException {
        try (Stream<Path> s = Files.walk(root())) {
            return s.filter(Files::isDirectory).filter(AnacFoldersTest::holdsScenarioFiles).sorted().toList();
        }
    }

    private static boolean holdsScenarioFiles(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.anyMatch(f -> {
                String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
                return Files.isRegularFile(f) && (n.endsWith(".xml") || n.endsWith(".json"));
            });
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyFolder_importsAndAnalyses_orIsRefusedForAStatedReason() throws IOException {
        List<Path> folders = folders();
        assertThat(folders).as("scenario folders under " + root()).isNotEmpty();
        int imported = 0;
        int analysed = 0;
        List<String> refused = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        List<String> tooLarge = new ArrayList<>();
        for (Path dir : folders) {
            Scenario s;
            try {
                s = Scenarios.readFolder(dir);
                imported++;
            } catch (ScenarioFormatException e) {
                String m = e.getMessage();
                (m.contains("weights: expected a sum of 1 (within") || m.contains("expected at least 2 profile files")
                        ? refused : failed).add(root().relativize(dir) + ": " + m);
                continue;
            }
            long t0 = System.nanoTime();
            try {
                Analyzer.analyze(s.profiles());
                analysed++;
            } catch (TooLargeException e) {
                tooLarge.add(root().relativize(dir) + ": " + e.getMessage());
            } catch (RuntimeException e) {
                failed.add(root().relativize(dir) + ": analysis: " + e.getMessage());
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            if (ms > 1000) {
                System.out.printf("%s: %d profiles, %d outcomes analysed in %d ms%n", root().relativize(dir),
                        s.profiles().size(), s.domain().outcomeCount(), ms);
            }
        }
        System.out.printf("ANAC folders: %d imported / %d, %d analysed, %d too large for an exact frontier; refused: %d;"
                + " failed: %d%n", imported, folders.size(), analysed, tooLarge.size(), refused.size(), failed.size());
        tooLarge.forEach(r -> System.out.println("  too large " + r));
        refused.forEach(r -> System.out.println("  refused " + r));
        failed.forEach(f -> System.out.println("  FAILED " + f));
        assertThat(failed).isEmpty();
    }

    @Test
    void nashPoints_agreeWithGeniusAndNegmas() throws IOException {
        int checked = 0;
        for (Path dir : folders()) {
            double[] expected = NASH.get(dir.getFileName().toString());
            if (expected == null) {
                continue;
            }
            Scenario s = Scenarios.readFolder(dir);
            Analysis a = Analyzer.analyze(s.profiles().subList(0, 2));
            List<Double> u = a.nash().orElseThrow().utilities();
            assertThat(u.get(0)).as(dir + " Nash u1").isCloseTo(expected[0], within(1e-3));
            assertThat(u.get(1)).as(dir + " Nash u2").isCloseTo(expected[1], within(1e-3));
            checked++;
        }
        assertThat(checked).as("folders with a known Nash point found under " + root()).isEqualTo(NASH.size());
    }
}
