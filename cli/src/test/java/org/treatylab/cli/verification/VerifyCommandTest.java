package org.treatylab.cli.verification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatylab.report.Json;

class VerifyCommandTest {
    /** RFC 6962 reference leaves (certificate-transparency test data); the first is the 0-byte leaf. */
    static final String LEAVES = "\n00\n10\n2021\n3031\n40414243\n5051525354555657\n606162636465666768696a6b6c6d6e6f\n";

    @TempDir
    Path dir;

    Path file(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void merkleRoot_referenceLeavesAndEmptyFile_printPublishedRoots() throws Exception {
        Cli r = Cli.run("verify", "merkle-root", "--leaves", file("l.txt", LEAVES).toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().strip()).isEqualTo("5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");
        Cli empty = Cli.run("verify", "merkle-root", "--leaves", file("e.txt", "").toString());
        assertThat(empty.out().strip()).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        Cli one = Cli.run("verify", "merkle-root", "--leaves", file("one.txt", "\n").toString());
        assertThat(one.out().strip()).isEqualTo("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d");
    }

    @Test
    void prove_thenCheckInclusion_okAndWrongLeafFails() throws Exception {
        Cli r = Cli.run("verify", "prove", "--leaves", file("l.txt", LEAVES).toString(), "--index", "5", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode doc = Json.MAPPER.readTree(r.out());
        assertThat(doc.get("tree_size").asLong()).isEqualTo(8);
        assertThat(doc.get("index").asLong()).isEqualTo(5);
        assertThat(List.of(doc.get("proof").get(0).asText(), doc.get("proof").get(2).asText())).containsExactly(
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
        Path proof = file("p.json", r.out());
        Cli ok = Cli.run("verify", "check-inclusion", "--proof", proof.toString(), "--leaf", "40414243");
        assertThat(ok.code()).as(ok.err()).isZero();
        Cli bad = Cli.run("verify", "check-inclusion", "--proof", proof.toString(), "--leaf", "40414244");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).startsWith("error: root: computed ").contains(", expected 5dc9da79a706");
        assertThat(bad.err().lines()).hasSize(1);
    }

    @Test
    void consistency_thenCheck_okAndTamperedFails() throws Exception {
        Cli r = Cli.run("verify", "consistency", "--leaves", file("l.txt", LEAVES).toString(), "--old-size", "6",
                "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        ObjectNode doc = (ObjectNode) Json.MAPPER.readTree(r.out());
        assertThat(doc.get("old_root").asText()).isEqualTo("76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef");
        assertThat(doc.get("proof").get(0).asText()).isEqualTo("0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a");
        Cli ok = Cli.run("verify", "check-consistency", "--proof", file("c.json", r.out()).toString());
        assertThat(ok.code()).as(ok.err()).isZero();
        doc.put("old_size", 5);
        Cli bad = Cli.run("verify", "check-consistency", "--proof", file("c2.json", Json.write(doc)).toString());
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).startsWith("error: ");
    }

    @Test
    void badInput_oneLineExitTwo() throws Exception {
        Path leaves = file("bad.txt", "00\nzz\n");
        Cli r = Cli.run("verify", "merkle-root", "--leaves", leaves.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("error: " + leaves + " line 2: not hex (an even number of 0-9a-f digits): 'zz'\n");
        Cli huge = Cli.run("verify", "check-inclusion", "--proof", file("p.json", "{\"tree_size\": 8, \"index\": 1, "
                + "\"root\": \"00\", \"proof\": []}").toString(), "--leaf", "00");
        assertThat(huge.code()).isEqualTo(2);
        assertThat(huge.err()).contains("field 'root'");
    }

    @Test
    void inspections_newStartDefault_exactAndSimulated() throws Exception {
        Cli r = Cli.run("verify", "inspections", "--facilities", "35", "--violating", "2", "--target", "0.9",
                "--simulate", "20000", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = Json.MAPPER.readTree(r.out());
        assertThat(j.get("inspections").asInt()).isEqualTo(18);
        // 1 - C(33,18)/C(35,18) = 1 - (17*16)/(35*34)
        assertThat(j.get("detection_probability").asDouble()).isCloseTo(1 - 17.0 * 16 / (35 * 34), org.assertj.core.data.Offset.offset(1e-12));
        assertThat(j.get("inspections_needed").asInt()).isBetween(1, 35);
    }
}
