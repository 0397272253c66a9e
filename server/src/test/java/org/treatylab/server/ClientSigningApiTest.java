package org.treatylab.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.treatylab.domain.Party;
import org.treatylab.store.KeyFiles;
import org.treatylab.store.LedgerSetup;
import org.treatylab.verification.signing.Ed25519;

/**
 * Writes signed by the party's own client over HTTP: the host prepares the exact bytes, the client checks them and
 * signs with its key, the host appends only what verifies under the registered key and refuses the rest with a 4xx
 * naming the reason.
 */
class ClientSigningApiTest extends ServerContract {
    private Map<Party, String> tokens;
    private Map<Party, PrivateKey> keys;

    @Override
    Backends backend() {
        return Backends.SQLITE;
    }

    @Override
    void prepare(ServerOptions o) {
        tokens = LedgerSetup.init(o.db(), o.keys(), List.of(Party.US, Party.RU));
        keys = Map.of(Party.US, KeyFiles.readKey(KeyFiles.keyFile(o.keys(), Party.US)),
                Party.RU, KeyFiles.readKey(KeyFiles.keyFile(o.keys(), Party.RU)));
    }

    private ApiClient.Reply post(Party p, String path, String body, String type) {
        return api.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Authorization", "Bearer " + tokens.get(p)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body)), body);
    }

    private JsonNode prepared(Party p, String nonce, String uid) {
        ApiClient.Reply r = post(p, "/api/ledger/signing/declarations?nonce=" + nonce,
                "uid,system,category,status,facility,warheads\n" + uid + ",Minuteman III,ICBM,deployed,Malmstrom,1\n",
                "text/csv");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private static String sign(PrivateKey key, JsonNode view) {
        return HexFormat.of().formatHex(Ed25519.sign(key, view.get("bytes").asText().getBytes(StandardCharsets.UTF_8)));
    }

    private ApiClient.Reply submit(Party p, JsonNode view, String signature) {
        return post(p, "/api/ledger/signing/" + view.get("id").asText(), "{\"signature\":\"" + signature + "\"}",
                "application/json");
    }

    @Test
    void preparedBytes_checkedAndSignedByTheClient_declared() throws Exception {
        JsonNode v = prepared(Party.US, "sign-ok-0001", "US-S1");
        // what a client checks before signing: its party, the entry count, and that the entries hash to the last hash
        String[] lines = v.get("bytes").asText().split("\n");
        assertThat(lines[0]).isEqualTo("treatylab-ledger-batch/v1");
        assertThat(lines[2]).isEqualTo("US");
        assertThat(lines[4]).isEqualTo("1");
        String entry = v.get("entries").get(0).asText();
        assertThat(entry).contains("\nUS\ndeclaration\n").contains("nonce=sign-ok-0001");
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(entry.getBytes(
                StandardCharsets.UTF_8)))).isEqualTo(lines[5]);
        assertThat(v.get("items").get(0).get("uid").asText()).isEqualTo("US-S1");

        ApiClient.Reply ok = submit(Party.US, v, sign(keys.get(Party.US), v));
        assertThat(ok.status()).as(ok.body()).isEqualTo(201);
        assertThat(ok.json().get("declared").asInt()).isEqualTo(1);
        assertThat(api.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/ledger/items"))
                .header("Authorization", "Bearer " + tokens.get(Party.US)).GET()).body()).contains("US-S1");
        JsonNode verified = api.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                + "/api/ledger/verify")).header("Authorization", "Bearer " + tokens.get(Party.RU)).GET()).json();
        assertThat(verified.get("ok").asBoolean()).isTrue();
        // the same id again: it was used
        isError(submit(Party.US, v, sign(keys.get(Party.US), v)), 404, "no write of US waits");
        // the same nonce again: a replay, named
        isError(post(Party.US, "/api/ledger/signing/declarations?nonce=sign-ok-0001",
                "uid,system,category,status,facility,warheads\nUS-S9,Minuteman III,ICBM,deployed,Malmstrom,1\n",
                "text/csv"), 409, "sign-ok-0001");
    }

    @Test
    void otherPartysKey_badSignature_otherCaller_movedHead_eachRefusedAndNothingWritten() {
        long before = size();
        JsonNode v = prepared(Party.US, "sign-bad-0001", "US-X1");
        isError(submit(Party.US, v, sign(keys.get(Party.RU), v)), 409, "does not verify under US's registered key");
        JsonNode v2 = prepared(Party.US, "sign-bad-0002", "US-X2");
        isError(submit(Party.US, v2, "ab".repeat(64)), 409, "does not verify under US's registered key");
        isError(submit(Party.US, prepared(Party.US, "sign-bad-0003", "US-X3"), "abcd"), 400, "64 bytes");
        JsonNode v4 = prepared(Party.US, "sign-bad-0004", "US-X4");
        isError(submit(Party.RU, v4, sign(keys.get(Party.RU), v4)), 404, "no write of RU waits");
        assertThat(size()).isEqualTo(before);
        // the head moves (RU writes) between preparing and signing: the signed bytes no longer describe the write
        JsonNode v5 = prepared(Party.US, "sign-bad-0005", "US-X5");
        assertThat(post(Party.RU, "/api/ledger/items?nonce=sign-ru-0001", "uid,system,category,status,facility,"
                + "warheads\nRU-S1,RS-24,MOBILE_ICBM,non_deployed,Teykovo,0\n", "text/csv").status()).isEqualTo(201);
        isError(submit(Party.US, v5, sign(keys.get(Party.US), v5)), 409, "does not verify");
        assertThat(size()).isEqualTo(before + 1);
    }

    private long size() {
        return api.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/ledger"))
                .header("Authorization", "Bearer " + tokens.get(Party.US)).GET()).json().get("entries").asLong();
    }
}
