package org.treatylab.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.treatylab.server.ServerContract.isError;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.treatylab.report.Json;

/**
 * Regressions of issue 13's adversarial review: every error the server sends is JSON, also the ones Jetty answers
 * before a route sees the request (malformed or oversized URIs, oversized headers, non-HTTP bytes); an oversized
 * body is answered 413 from its declared length; default query values stay within their bounds; counts that would
 * overflow a {@code long} are refused naming the row; deep or huge JSON is a 400.
 */
@Timeout(60)
class HttpErrorsTest extends ServerContract {
    @Override
    Backends backend() {
        return Backends.SQLITE;
    }

    /** The raw answer to raw request bytes: status line, headers and body. */
    private String raw(byte[] request) throws IOException {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(20_000);
            OutputStream out = s.getOutputStream();
            out.write(request);
            out.flush();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            int n;
            try {
                while ((n = in.read(buf)) >= 0) {
                    got.write(buf, 0, n);
                    if (complete(got.toString(StandardCharsets.ISO_8859_1))) {
                        break;
                    }
                }
            } catch (java.net.SocketException e) {
                // the server may close after answering; what was read is the answer
            }
            return got.toString(StandardCharsets.UTF_8);
        }
    }

    private static boolean complete(String answer) {
        int end = answer.indexOf("\r\n\r\n");
        if (end < 0) {
            return false;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?im)^content-length:\\s*(\\d+)").matcher(
                answer.substring(0, end));
        return m.find() && answer.length() - end - 4 >= Integer.parseInt(m.group(1));
    }

    private static void isJsonError(String answer, int status) throws IOException {
        assertThat(answer).as(answer).startsWith("HTTP/1.1 " + status + " ");
        String head = answer.substring(0, answer.indexOf("\r\n\r\n"));
        assertThat(head.toLowerCase(java.util.Locale.ROOT)).as(answer).contains("content-type: application/json");
        JsonNode j = Json.MAPPER.readTree(answer.substring(answer.indexOf("\r\n\r\n") + 4));
        assertThat(j.get("error").asText()).isNotBlank();
        assertThat(j.has("detail")).isTrue();
        assertThat(answer).doesNotContain("<html").doesNotContain("Exception");
    }

    private static byte[] get(String target, String extraHeader) {
        return ("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n" + extraHeader + "\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void jettysOwnErrors_malformedOrOversizedUrisAndHeaders_areJson() throws IOException {
        isJsonError(raw(get("/api/x%00y", "")), 400);
        isJsonError(raw(get("/api/%C0%AE%C0%AE/", "")), 400);
        isJsonError(raw(get("/api/%", "")), 400);
        isJsonError(raw(get("/api/" + "a".repeat(9000), "")), 414);
        isJsonError(raw(get("/api/catalogue", "X-Big: " + "a".repeat(100_000) + "\r\n")), 431);
        isJsonError(raw("GARBAGE\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1)), 400);
        isJsonError(raw(get("/api/catalogue", "Content-Length: abc\r\n")), 400);
    }

    @Test
    void oversizedBody_declaredLength_is413BeforeTheBodyIsSent() throws IOException {
        byte[] head = ("POST /api/count HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + (8 << 20) + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        // Only the head is sent: the answer must come without the 8 MiB body.
        isJsonError(raw(head), 413);
    }

    @Test
    void inspectionsCurve_defaultsAndEmptyValues_stayWithinTheFacilities() {
        JsonNode all = api.get("/api/verify/inspections").json();
        assertThat(all.get("facilities").asInt()).isEqualTo(35);
        assertThat(all.get("points")).hasSize(36);
        JsonNode twenty = api.get("/api/verify/inspections?facilities=20").json();
        assertThat(twenty.get("points")).hasSize(21);
        assertThat(twenty.get("points").get(20).get("probability").asDouble()).isEqualTo(1.0);
        JsonNode empty = api.get("/api/verify/inspections?facilities=&violating=&max=&target=").json();
        assertThat(empty.get("facilities").asInt()).isEqualTo(35);
    }

    @Test
    void count_rowsWhoseTotalsWouldOverflow_areRefusedNamingTheRow() {
        String twoRows = "party,system,category,deployed,warheads_total\nUS,A,ICBM,1,4611686018427387904\n"
                + "US,B,ICBM,1,4611686018427387904\n";
        isError(api.postJson("/api/count", Json.compact(Map.of("treaty", "new-start", "posture_csv", twoRows))), 400,
                "line 2, column 'warheads_total': is 4611686018427387904, above the largest count accepted");
        String oneRow = "party,system,category,deployed,warheads_total\nUS,A,ICBM,1,9223372036854775807\n";
        isError(api.postJson("/api/count", Json.compact(Map.of("treaty", "new-start", "posture_csv", oneRow))), 400,
                "line 2, column 'warheads_total'");
    }

    @Test
    void analyze_geniusWebNestedDeepOrWithAHugeString_is400() {
        String deep = "[".repeat(2000) + "]".repeat(2000);
        String body = Json.compact(Map.of("domain", Map.of("name", "d.json", "text", deep), "profiles", java.util.List.of(
                Map.of("name", "a.json", "text", deep), Map.of("name", "b.json", "text", deep))));
        isError(api.postJson("/api/negotiation/analyze", body), 400, "d.json");
        String huge = "{\"name\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        ApiClient.Reply r = api.postJson("/api/negotiation/analyze", Json.compact(Map.of("domain",
                Map.of("name", "d.json", "text", huge), "profiles", java.util.List.of(Map.of("name", "a.json", "text",
                        "{}"), Map.of("name", "b.json", "text", "{}")))));
        assertThat(r.status()).as(r.body()).isIn(400, 413);
        assertThat(r.json().get("error").asText()).isNotBlank();
    }
}
