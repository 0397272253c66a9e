package org.treatylab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regressions of issue 13's adversarial review of the command line: overflowing counts, unbounded and special
 * files, deep JSON, and readers that were lenient where a mistake changes a number. Each failure is one line, exit 2.
 */
@Timeout(60)
class BoundedInputsTest {
    @TempDir
    Path dir;

    Path file(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    Path bytes(String name, byte[] b) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, b);
        return p;
    }

    static void isBadInput(CliRun r, String... parts) {
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err().strip().lines()).as(r.err()).hasSize(1);
        assertThat(r.err()).startsWith("error: ").doesNotContain("Exception").doesNotContain("\tat ");
        for (String p : parts) {
            assertThat(r.err()).contains(p);
        }
    }

    @Test
    void count_twoRowsOfTwoToTheSixtySecond_refusedNamingTheRow() throws Exception {
        Path posture = file("big.csv", "party,system,category,deployed,warheads_total\n"
                + "US,A,ICBM,1,4611686018427387904\nUS,B,ICBM,1,4611686018427387904\n");
        isBadInput(CliRun.of("count", "--treaty", "new-start", "--posture", posture.toString()),
                "big.csv line 2, column 'warheads_total': is 4611686018427387904, above the largest count accepted "
                        + "(1000000000)");
        Path max = file("max.csv", "party,system,category,deployed,warheads_total\nUS,A,ICBM,1,9223372036854775807\n");
        isBadInput(CliRun.of("count", "--treaty", "new-start", "--posture", max.toString(), "--date", "2020-01-01"),
                "max.csv line 2, column 'warheads_total'");
    }

    @Test
    void count_otherScriptsDigitsOrNulPadding_refused() throws Exception {
        Path arabic = file("a.csv", "party,system,category,deployed,warheads\nUS,A,ICBM,\u0661\u0660,1\n");
        isBadInput(CliRun.of("count", "--treaty", "new-start", "--posture", arabic.toString()),
                "a.csv line 2, column 'deployed': expected a whole number, got '\u0661\u0660'");
        Path nul = file("n.csv", "party,system,category,deployed,warheads\nUS,A,ICBM,\u00001\u0000,1\n");
        isBadInput(CliRun.of("count", "--treaty", "new-start", "--posture", nul.toString()),
                "n.csv line 2, column 'deployed'", "U+0000");
    }

    @Test
    void compliance_unknownSeriesColumn_refusedNamingIt() throws Exception {
        Path series = file("s.csv", "as_of,us_dv,us_zz\n2020-03-01,655,7\n");
        isBadInput(CliRun.of("compliance", "--treaty", "new-start", "--aggregates", series.toString()),
                "column 'us_zz' names no limit");
    }

    @Test
    void readers_deviceFiles_refusedAtOnce() {
        isBadInput(CliRun.of("treaty", "validate", "/dev/zero"), "/dev/zero: not a regular file");
        isBadInput(CliRun.of("verify", "merkle-root", "--leaves", "/dev/zero"), "/dev/zero: not a regular file");
        isBadInput(CliRun.of("verify", "merkle-root", "--leaves", "/dev/urandom"), "not a regular file");
        isBadInput(CliRun.of("count", "--treaty", "new-start", "--posture", "/dev/zero"), "not a regular file");
    }

    @Test
    void leavesFile_byteOrderMarkIgnored_nonAsciiByteNamesItsLine() throws Exception {
        CliRun plain = CliRun.of("verify", "merkle-root", "--leaves", file("p.txt", "00\n10\n").toString());
        byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, '0', '0', '\n', '1', '0', '\n'};
        CliRun marked = CliRun.of("verify", "merkle-root", "--leaves", bytes("b.txt", bom).toString());
        assertThat(marked.code()).as(marked.err()).isZero();
        assertThat(marked.out()).isEqualTo(plain.out());
        byte[] accent = {'0', '0', '\n', '1', (byte) 0xc3, (byte) 0xa9, '\n'};
        isBadInput(CliRun.of("verify", "merkle-root", "--leaves", bytes("x.txt", accent).toString()),
                "x.txt line 2: byte 0xc3");
    }

    @Test
    void checkInclusion_trailingGarbageOrASecondDocument_refused() throws Exception {
        String doc = "{\"tree_size\": 1, \"index\": 0, \"root\": "
                + "\"6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d\", \"proof\": []}";
        CliRun ok = CliRun.of("verify", "check-inclusion", "--proof", file("ok.json", doc).toString(), "--leaf", "");
        assertThat(ok.code()).as(ok.err()).isZero();
        isBadInput(CliRun.of("verify", "check-inclusion", "--proof", file("g.json", doc + " garbage").toString(),
                "--leaf", ""), "g.json");
        isBadInput(CliRun.of("verify", "check-inclusion", "--proof", file("two.json", doc + "\n" + doc).toString(),
                "--leaf", ""), "two.json");
    }

    @Test
    void analyze_geniusWebNestedTwoThousandDeepOrTenMegabyteString_oneLineError() throws Exception {
        String deep = "[".repeat(2000) + "]".repeat(2000);
        Path d = file("d.json", deep);
        isBadInput(CliRun.of("analyze", "--domain", d.toString(), "--profile", d.toString(), "--profile",
                d.toString()), "d.json");
        Path big = file("big.json", "{\"name\": \"" + "x".repeat(10 * 1024 * 1024) + "\"}");
        isBadInput(CliRun.of("analyze", "--domain", big.toString(), "--profile", big.toString(), "--profile",
                big.toString()), "big.json");
    }

    @Test
    void geniusXml_withAUtf8ByteOrderMark_readsAsWithout() throws Exception {
        Path shipped = Path.of("../negotiation/src/main/resources/org/treatylab/negotiation/scenarios/lease-genius");
        for (String f : new String[] {"lease.xml", "landlord.xml", "tenant.xml"}) {
            byte[] b = Files.readAllBytes(shipped.resolve(f));
            byte[] marked = new byte[b.length + 3];
            marked[0] = (byte) 0xef;
            marked[1] = (byte) 0xbb;
            marked[2] = (byte) 0xbf;
            System.arraycopy(b, 0, marked, 3, b.length);
            bytes(f, marked);
        }
        CliRun plain = CliRun.of("analyze", "--scenario", "lease-genius", "--format", "json");
        CliRun marked = CliRun.of("analyze", "--domain", dir.resolve("lease.xml").toString(), "--profile",
                dir.resolve("landlord.xml").toString(), "--profile", dir.resolve("tenant.xml").toString(), "--format",
                "json");
        assertThat(marked.code()).as(marked.err()).isZero();
        assertThat(marked.out().replaceAll("\"domain\" : \"[^\"]*\"", ""))
                .isEqualTo(plain.out().replaceAll("\"domain\" : \"[^\"]*\"", ""));
    }

    @Test
    void serveHelp_documentsTheKeyFolderTheCliReferenceShows() throws Exception {
        CliRun help = CliRun.of("serve", "--help");
        assertThat(help.out()).contains("--keys=DIR");
        String reference = Files.readString(Path.of("../docs/cli.md"));
        assertThat(reference).contains("treatylab serve [--port N (7070; 0 = any free port)] [--bind ADDRESS (127.0.0.1)]"
                + " [--db PATH|JDBC-URL] [--keys DIR]");
        CliRun notAFolder = CliRun.of("serve", "--port", "0", "--keys", dir.resolve("none").toString());
        isBadInput(notAFolder, "--keys", "is not a folder");
    }
}
