package org.treatylab.cli.verification;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.treatylab.cli.Json;
import org.treatylab.cli.TextTable;
import org.treatylab.cli.UserError;
import org.treatylab.domain.Category;
import org.treatylab.domain.InputException;
import org.treatylab.domain.Party;
import org.treatylab.domain.treaty.Treaties;
import org.treatylab.domain.treaty.Treaty;
import org.treatylab.store.JdbcLedgerStore;
import org.treatylab.store.Stores;
import org.treatylab.verification.declaration.Item;
import org.treatylab.verification.declaration.ItemStatus;
import org.treatylab.verification.declaration.ItemsCsv;
import org.treatylab.verification.declaration.Notification;
import org.treatylab.verification.declaration.NotificationEvent;
import org.treatylab.verification.escrow.Opening;
import org.treatylab.verification.ledger.ApiTokens;
import org.treatylab.verification.ledger.LedgerReport;
import org.treatylab.verification.ledger.LedgerVerifier;
import org.treatylab.verification.merkle.Hex;
import org.treatylab.verification.regime.ExchangeRecord;
import org.treatylab.verification.regime.Finding;
import org.treatylab.verification.regime.RegimeChecks;
import org.treatylab.verification.regime.Reveal;
import org.treatylab.verification.signing.Ed25519;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code treatylab ledger}: the signed, hash-chained verification ledger. */
@Command(name = "ledger", mixinStandardHelpOptions = true,
        description = "The verification ledger: declarations, notifications, data exchanges, step-by-step reveals "
                + "and inspections, signed by their parties and verifiable end to end.",
        subcommands = {LedgerCommand.Init.class, LedgerCommand.Declare.class, LedgerCommand.Notify.class,
            LedgerCommand.Exchange.class, LedgerCommand.RevealCmd.class, LedgerCommand.Inspect.class,
            LedgerCommand.Verify.class, LedgerExport.class})
public final class LedgerCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "init", mixinStandardHelpOptions = true,
            description = "Create the ledger, one Ed25519 key pair and one API token per party (DIR/<party>.key and "
                    + "DIR/<party>.token, owner-only), and register the public keys and token hashes.")
    static final class Init implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        LedgerOptions ledger;

        @Option(names = "--parties", required = true, split = ",", paramLabel = "US,RU")
        List<String> parties;

        @Override
        public Integer call() throws Exception {
            LinkedHashSet<Party> ps = new LinkedHashSet<>();
            for (String p : parties) {
                if (!ps.add(LedgerOptions.party(p))) {
                    throw UserError.badInput("--parties: " + p + " is listed twice");
                }
            }
            if (ps.size() < 2) {
                throw UserError.badInput("--parties: a ledger needs at least two parties, got " + ps);
            }
            Path folder = KeyFiles.folder(ledger.db, ledger.keys);
            for (Party p : ps) {
                for (Path f : List.of(KeyFiles.keyFile(folder, p), KeyFiles.tokenFile(folder, p))) {
                    if (Files.exists(f)) {
                        throw new InputException(f + ": already exists; not overwriting a key");
                    }
                }
            }
            SecureRandom random = new SecureRandom();
            Map<Party, KeyPair> keys = new LinkedHashMap<>();
            Map<Party, String> tokens = new LinkedHashMap<>();
            List<Path> written = new ArrayList<>();
            boolean done = false;
            try {
                KeyFiles.createFolder(folder);
                for (Party p : ps) {
                    keys.put(p, Ed25519.generate(random));
                    tokens.put(p, ApiTokens.newToken(random));
                    KeyFiles.writeOwnerOnly(KeyFiles.keyFile(folder, p), Ed25519.privatePem(keys.get(p).getPrivate()));
                    written.add(KeyFiles.keyFile(folder, p));
                    KeyFiles.writeOwnerOnly(KeyFiles.tokenFile(folder, p), tokens.get(p) + "\n");
                    written.add(KeyFiles.tokenFile(folder, p));
                }
                try (JdbcLedgerStore store = Stores.open(ledger.db, true)) {
                    for (Party p : ps) {
                        store.registerParty(p, keys.get(p).getPublic(), ApiTokens.hash(tokens.get(p)));
                    }
                }
                done = true;
            } finally {
                if (!done) {
                    undo(written);
                }
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println("initialised ledger " + redact(ledger.db) + " for " + ps);
            for (Party p : ps) {
                out.println("  " + p + ": key " + KeyFiles.keyFile(folder, p) + ", API token " + KeyFiles.tokenFile(folder, p));
            }
            return 0;
        }

        private void undo(List<Path> written) throws IOException {
            for (Path f : written) {
                Files.deleteIfExists(f);
            }
            if (!Stores.isUrl(ledger.db)) {
                for (String suffix : List.of("", "-wal", "-shm")) {
                    Files.deleteIfExists(Path.of(ledger.db + suffix));
                }
            }
        }
    }

    static String redact(String db) {
        return db.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    @Command(name = "declare", mixinStandardHelpOptions = true,
            description = "Declare items (CSV: uid,system,category,status,facility,warheads), each committed with a "
                    + "fresh salt, in one signed batch.")
    static final class Declare implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        LedgerOptions ledger;

        @Option(names = "--party", required = true, paramLabel = "P")
        String party;

        @Option(names = "--key", paramLabel = "FILE")
        Path key;

        @Option(names = "--items", required = true, paramLabel = "FILE")
        Path items;

        @Override
        public Integer call() throws Exception {
            Party p = LedgerOptions.party(party);
            List<Item> declared = ItemsCsv.read(items, p);
            var k = ledger.key(p, key);
            try (JdbcLedgerStore store = ledger.openStore()) {
                return Failures.run(true, () -> {
                    long first = store.head().size();
                    LedgerOptions.regime(store).declare(p, k, declared);
                    spec.commandLine().getOut().println("declared " + declared.size() + " items of " + p + " (entries "
                            + first + ".." + (first + declared.size() - 1) + ")");
                    return 0;
                });
            }
        }
    }

    @Command(name = "notify", mixinStandardHelpOptions = true,
            description = "Notify one change to one item; impossible changes are rejected with the reason (exit 2).")
    static final class Notify implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        LedgerOptions ledger;

        @Option(names = "--party", required = true, paramLabel = "P")
        String party;

        @Option(names = "--key", paramLabel = "FILE")
        Path key;

        @Option(names = "--uid", required = true, paramLabel = "U")
        String uid;

        @Option(names = "--event", required = true, paramLabel = "E",
                description = "add, deploy, store, move, convert or eliminate")
        String event;

        @Option(names = "--to", paramLabel = "FACILITY", description = "new facility (move; the facility of an added item)")
        String to;

        @Option(names = "--warheads", paramLabel = "N", description = "warheads emplaced (deploy)")
        Long warheads;

        @Option(names = "--system", paramLabel = "S", description = "system of an added item")
        String system;

        @Option(names = "--category", paramLabel = "C", description = "category of an added item")
        String category;

        @Option(names = "--status", paramLabel = "S", defaultValue = "non_deployed",
                description = "status of an added item: non_deployed (default) or test")
        String status;

        @Override
        public Integer call() throws Exception {
            Party p = LedgerOptions.party(party);
            var k = ledger.key(p, key);
            try (JdbcLedgerStore store = ledger.openStore()) {
                return Failures.run(true, () -> {
                    NotificationEvent e = NotificationEvent.parse(event);
                    Item added = null;
                    if (e == NotificationEvent.ADD) {
                        if (system == null || category == null || to == null) {
                            throw UserError.badInput("event add needs --system, --category and --to FACILITY");
                        }
                        added = new Item(p, uid, system, Category.parse(category), ItemStatus.parse(status), to, 0);
                    }
                    Item next = LedgerOptions.regime(store).notify(p, k, new Notification(uid, e, to, added, warheads));
                    spec.commandLine().getOut().println(p + " " + next.uid() + ": " + next.status().label() + " at "
                            + next.facility() + ", " + next.warheads() + " warheads (entry " + (store.head().size() - 1) + ")");
                    return 0;
                });
            }
        }
    }

    @Command(name = "exchange", mixinStandardHelpOptions = true,
            description = "Six-monthly data exchange: snapshot the party's items, sign the snapshot root and record "
                    + "the treaty aggregates counted from the items.")
    static final class Exchange implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        LedgerOptions ledger;

        @Option(names = "--party", required = true, paramLabel = "P")
        String party;

        @Option(names = "--key", paramLabel = "FILE")
        Path key;

        @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD")
        LocalDate date;

        @Option(names = "--treaty", defaultValue = "new-start", paramLabel = "ID", description = "a shipped treaty id")
        String treaty;

        @Option(names = "--format", defaultValue = "table", description = "table or json")
        org.treatylab.cli.Format format;

        @Override
        public Integer call() throws Exception {
            Party p = LedgerOptions.party(party);
            Treaty t = Treaties.byId(treaty).orElseThrow(() -> UserError.badInput("--treaty: unknown treaty '" + treaty
                    + "' (shipped: " + Treaties.SHIPPED_IDS + ")"));
            var k = ledger.key(p, key);
            try (JdbcLedgerStore store = ledger.openStore()) {
                return Failures.run(true, () -> {
                    ExchangeRecord x = LedgerOptions.regime(store).exchange(p, k, t, date);
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("party", p.code());
                    m.put("date", date.toString());
                    m.put("treaty", t.id());
                    m.put("entry", x.seq());
                    m.put("items", x.exchange().items().size());
                    m.put("aggregates", x.exchange().aggregates());
                    m.put("snapshot_root", Hex.of(x.snapshotHead().head().root()));
                    m.put("snapshot_signature", Hex.of(x.snapshotHead().signature()));
                    PrintWriter out = spec.commandLine().getOut();
                    if (format == org.treatylab.cli.Format.JSON) {
                        out.println(Json.write(m));
                    } else {
                        out.println(p + " data exchange of " + date + " (entry " + x.seq() + "): " + x.exchange().items().size()
                                + " items, snapshot root " + m.get("snapshot_root"));
                        TextTable table = new TextTable("quantity", "counted");
                        x.exchange().aggregates().forEach(table::row);
                        out.print(table.render());
                    }
                    return 0;
                });
            }
        }
    }

    @Command(name = "reveal", mixinStandardHelpOptions = true,
            description = "Reveal one facility of the latest data exchange: each item with its salt and inclusion proof.")
    static final class RevealCmd implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        LedgerOptions ledger;

        @Option(names = "--party", required = true, paramLabel = "P")
        String party;

        @Option(names = "--key", paramLabel = "FILE")
        Path key;

        @Option(names = "--facility", required = true, paramLabel = "F")
        String facility;

        @Option(names = "--format", defaultValue = "json", description = "json or table")
        org.treatylab.cli.Format format;

        @Override
        public Integer call() throws Exception {
            Party p = LedgerOptions.party(party);
            var k = ledger.key(p, key);
            try (JdbcLedgerStore store = ledger.openStore()) {
                return Failures.run(true, () -> {
                    Reveal r = LedgerOptions.regime(store).reveal(p, k, facility);
                    print(spec.commandLine().getOut(), r, format);
                    return 0;
                });
            }
        }

        static void print(PrintWriter out, Reveal r, org.treatylab.cli.Format format) {
            if (format != org.treatylab.cli.Format.JSON) {
                out.println(r.party() + " reveals " + r.openings().size() + " items at " + r.facility() + " (entry "
                        + r.seq() + ", exchange of " + r.date() + ")");
                TextTable t = new TextTable("uid", "system", "category", "status", "warheads", "leaf");
                r.openings().forEach(o -> t.row(o.item().uid(), o.item().system(), o.item().category(),
                        o.item().status().label(), o.item().warheads(), o.proof().leafIndex()));
                out.print(format == org.treatylab.cli.Format.CSV ? t.csv() : t.render());
                return;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("party", r.party().code());
            m.put("facility", r.facility());
            m.put("entry", r.seq());
            m.put("exchange_entry", r.exchangeSeq());
            m.put("date", r.date().toString());
            m.put("snapshot_root", Hex.of(r.snapshotRoot()));
            m.put("tree_size", r.treeSize());
            List<Map<String, Object>> openings = new ArrayList<>();
            for (Opening o : r.openings()) {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("uid", o.item().uid());
                x.put("system", o.item().system());
                x.put("category", o.item().category().name());
                x.put("status", o.item().status().label());
                x.put("facility", o.item().facility());
                x.put("warheads", o.item().warheads());
                x.put("salt", o.hexSalt());
                x.put("commitment", Hex.of(o.commitment()));
                x.put("index", o.proof().leafIndex());
                x.put("proof", o.hexPath());
                openings.add(x);
            }
            m.put("openings", openings);
            out.println(Json.write(m));
        }
    }

    @Command(name = "inspect", mixinStandardHelpOptions = true,
            description = "As the inspecting party, compare the items found at a facility (items CSV) with what the "
                    + "other party revealed there, check every opening, and record the finding. Exit 0 when "
                    + "consistent, 1 when there are discrepancies (the finding is recorded either way).")
    static final class Inspect implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        LedgerOptions ledger;

        @Option(names = "--party", required = true, paramLabel = "INSPECTOR")
        String party;

        @Option(names = "--key", paramLabel = "FILE")
        Path key;

        @Option(names = "--of", required = true, paramLabel = "P", description = "the inspected party")
        String of;

        @Option(names = "--facility", required = true, paramLabel = "F")
        String facility;

        @Option(names = "--found", required = true, paramLabel = "FILE", description = "items CSV of what was found")
        Path found;

        @Option(names = "--format", defaultValue = "table", description = "table or json")
        org.treatylab.cli.Format format;

        @Override
        public Integer call() throws Exception {
            Party inspector = LedgerOptions.party(party);
            Party inspected = LedgerOptions.party(of);
            List<Item> items = ItemsCsv.read(found, inspected);
            var k = ledger.key(inspector, key);
            try (JdbcLedgerStore store = ledger.openStore()) {
                return Failures.run(true, () -> {
                    Finding f = LedgerOptions.regime(store).inspect(inspector, k, inspected, facility, items);
                    PrintWriter out = spec.commandLine().getOut();
                    if (format == org.treatylab.cli.Format.JSON) {
                        Map<String, Object> m = new LinkedHashMap<>();
                        m.put("inspector", f.inspector().code());
                        m.put("of", f.of().code());
                        m.put("facility", f.facility());
                        m.put("entry", f.seq());
                        m.put("reveal_entry", f.revealSeq());
                        m.put("revealed", f.revealed());
                        m.put("found", f.found());
                        m.put("verdict", f.verdict());
                        m.put("issues", f.issues());
                        out.println(Json.write(m));
                    } else {
                        out.println(f.inspector() + " inspected " + f.of() + " at " + f.facility() + ": " + f.verdict()
                                + " (" + f.revealed() + " revealed, " + f.found() + " found; entry " + f.seq() + ")");
                        f.issues().forEach(i -> out.println("  " + i));
                    }
                    return f.consistent() ? 0 : 1;
                });
            }
        }
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Recompute every hash, chain link, commitment, signature and tree head; exit 0 when all "
                    + "hold, else 1 naming the first broken entry.")
    static final class Verify implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--db", required = true, paramLabel = "PATH|JDBC-URL")
        String db;

        @Override
        public Integer call() throws Exception {
            try (JdbcLedgerStore store = Stores.open(db, false)) {
                return Failures.run(false, () -> {
                    LedgerReport r = LedgerVerifier.verify(store, new RegimeChecks(), null);
                    spec.commandLine().getOut().println("ok: " + r.entries() + " entries in " + r.batches()
                            + " signed batches; root " + r.root());
                    return 0;
                });
            }
        }
    }
}
