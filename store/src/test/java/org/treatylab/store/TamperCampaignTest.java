package org.treatylab.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatylab.domain.Category;
import org.treatylab.domain.Party;
import org.treatylab.domain.treaty.Treaties;
import org.treatylab.verification.declaration.Item;
import org.treatylab.verification.declaration.ItemStatus;
import org.treatylab.verification.declaration.Notification;
import org.treatylab.verification.declaration.NotificationEvent;
import org.treatylab.verification.escrow.Opening;
import org.treatylab.verification.ledger.ApiTokens;
import org.treatylab.verification.ledger.Ledger;
import org.treatylab.verification.ledger.LedgerVerifier;
import org.treatylab.verification.regime.Regime;
import org.treatylab.verification.regime.RegimeChecks;
import org.treatylab.verification.regime.Reveal;

/**
 * The tamper campaign on a small SQLite ledger (2 registrations, a declaration of 3 items, a notification, an
 * exchange, a reveal and a finding): every column of every ledger table mutated one byte at a time, and every row
 * deleted. Each mutation is either detected by {@code ledger verify} (a CONFLICT naming an entry and a check), refused
 * by the database, or leaves the ledger's meaning unchanged; none changes the meaning undetected. The table by column
 * is written to {@code target/tamper-campaign.md}. Run every position of every column with
 * {@code -Dtamper.full=true}.
 */
class TamperCampaignTest {
    @TempDir
    Path dir;

    @Test
    void everyColumnOfEveryTable_mutatedByteByByte_detectedOrMeaningUnchanged() throws Exception {
        String target = dir.resolve("ledger.db").toString();
        Clock clock = Clock.fixed(Instant.parse("2026-11-30T06:00:00.123456Z"), ZoneOffset.UTC);
        try (JdbcLedgerStore store = Stores.open(target, true)) {
            Ledger ledger = Ledger.open(store, clock);
            ledger.register(Party.US, LedgerStoreContract.US, ApiTokens.hash("us-token"));
            ledger.register(Party.RU, LedgerStoreContract.RU, ApiTokens.hash(ApiTokens.newToken(new SecureRandom())));
            Regime r = new Regime(ledger, clock, new SplittableRandom(13));
            var us = LedgerStoreContract.US.getPrivate();
            r.declare(Party.US, us, List.of(item("M1", ItemStatus.DEPLOYED, "Malmstrom", 1),
                    item("M2", ItemStatus.DEPLOYED, "Malmstrom", 1), item("M3", ItemStatus.NON_DEPLOYED, "Hill", 0)));
            r.notify(Party.US, us, new Notification("M3", NotificationEvent.MOVE, "Malmstrom", null, null));
            r.exchange(Party.US, us, Treaties.byId("new-start").orElseThrow(), LocalDate.of(2011, 9, 1));
            Reveal rev = r.reveal(Party.US, us, "Malmstrom");
            r.inspect(Party.RU, LedgerStoreContract.RU.getPrivate(), Party.US, "Malmstrom",
                    rev.openings().stream().map(Opening::item).toList());
            assertThat(LedgerVerifier.verify(store, new RegimeChecks(), null).entries()).isEqualTo(9);

            boolean full = Boolean.getBoolean("tamper.full");
            TamperCampaign campaign = new TamperCampaign("jdbc:sqlite:" + target, store);
            campaign.run(full ? Integer.MAX_VALUE : 10, full ? 0 : 4, 2026);
            String table = campaign.table();
            Path out = Path.of("target", "tamper-campaign.md");
            Files.createDirectories(out.getParent());
            StringBuilder notes = new StringBuilder(table).append("\nMeaning unchanged (undetectable by design), one "
                    + "example per column:\n");
            campaign.byColumn.forEach((col, t) -> {
                if (t.unchangedExample != null) {
                    notes.append("- ").append(col).append(": ").append(t.unchangedExample).append('\n');
                }
            });
            Files.writeString(out, notes);
            assertThat(campaign.unclean).as("every verify failure is a CONFLICT naming the entry").isEmpty();
            campaign.byColumn.forEach((col, t) -> assertThat(t.undetected).as(col + "\n" + table).isEmpty());
            assertThat(campaign.byColumn.keySet()).contains("parties.public_key", "parties.token_hash",
                    "parties.registered_at", "private_parts.party", "private_parts (row deleted)", "nonces.seq",
                    "entries.batch");
            assertThat(campaign.byColumn.values().stream().mapToInt(t -> t.mutations).sum()).isGreaterThan(600);
            assertThat(LedgerVerifier.verify(store, new RegimeChecks(), null).entries()).isEqualTo(9);
        }
    }

    private static Item item(String uid, ItemStatus s, String facility, long w) {
        return new Item(Party.US, uid, "Minuteman III", Category.ICBM, s, facility, w);
    }
}
