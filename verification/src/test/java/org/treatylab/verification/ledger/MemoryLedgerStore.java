package org.treatylab.verification.ledger;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.treatylab.domain.Party;
import org.treatylab.verification.merkle.Hex;
import org.treatylab.verification.signing.Ed25519;

/** An in-memory ledger store for engine tests: the same checks as the JDBC stores, nothing durable. */
public final class MemoryLedgerStore implements LedgerStore {
    public final Map<String, PartyRow> parties = new TreeMap<>();
    public final List<Entry> entries = new ArrayList<>();
    public final List<BatchHeader> batches = new ArrayList<>();
    /** Stored private parts by seq: the party column and the encoded text. */
    public final TreeMap<Long, PrivateRow> privates = new TreeMap<>();
    public final List<NonceRow> nonces = new ArrayList<>();
    /** The batch each entry row names, by seq. */
    public final TreeMap<Long, Long> links = new TreeMap<>();

    @Override
    public synchronized Optional<PublicKey> publicKey(Party party) {
        return Optional.ofNullable(parties.get(party.code())).map(r -> Ed25519.parsePublic(r.publicKey()));
    }

    @Override
    public synchronized List<PartyRow> partyRows() {
        return List.copyOf(parties.values());
    }

    @Override
    public synchronized List<Party> parties() {
        return parties.keySet().stream().map(Party::parse).toList();
    }

    @Override
    public synchronized Optional<Party> partyForTokenHash(byte[] tokenHash) {
        return parties.values().stream().filter(r -> r.tokenSha256().equals(Hex.of(tokenHash)))
                .map(r -> Party.parse(r.code())).findFirst();
    }

    @Override
    public synchronized LedgerHead head() {
        if (entries.isEmpty()) {
            return LedgerHead.empty();
        }
        BatchHeader last = batches.get(batches.size() - 1);
        return new LedgerHead(entries.size(), entries.get(entries.size() - 1).hash(), batches.size(), last.root());
    }

    @Override
    public synchronized void append(List<Batch> group) {
        Map<String, PartyRow> newParties = new HashMap<>();
        Set<String> groupNonces = new HashSet<>();
        LedgerHead head = head();
        for (Batch batch : group) {
            PartyRow row = parties.containsKey(batch.party().code()) ? parties.get(batch.party().code())
                    : newParties.get(batch.party().code());
            BatchChecks.check(batch, row == null ? null : Ed25519.parsePublic(row.publicKey()), head);
            for (Seals.Write w : Seals.writes(batch.entries())) {
                Optional<Long> used = nonceEntry(batch.party(), w.nonce());
                if (used.isPresent() || !groupNonces.add(batch.party().code() + " " + w.nonce())) {
                    throw new ReplayException(batch.party(), w.nonce(), used.orElse(w.firstSeq()));
                }
            }
            if (batch.entries().get(0).kind() == EntryKind.REGISTRATION) {
                newParties.put(batch.party().code(), Registrations.row(batch.entries().get(0)));
            }
            head = new LedgerHead(batch.lastSeq() + 1, batch.entries().get(batch.entries().size() - 1).hash(),
                    batch.number() + 1, batch.root());
        }
        parties.putAll(newParties);
        for (Batch batch : group) {
            entries.addAll(batch.entries());
            batch.entries().forEach(e -> links.put(e.seq(), batch.number()));
            batch.privates().forEach((s, f) -> privates.put(s, new PrivateRow(s, batch.party().code(), f.encode())));
            Seals.writes(batch.entries()).forEach(w -> nonces.add(new NonceRow(batch.party().code(), w.nonce(),
                    w.firstSeq())));
            batches.add(new BatchHeader(batch.number(), batch.party(), batch.firstSeq(), batch.lastSeq(),
                    batch.treeSize(), batch.root(), batch.time(), batch.consistency(), batch.signature()));
        }
    }

    @Override
    public synchronized List<Entry> entries(long from, int limit) {
        int f = (int) Math.min(from, entries.size());
        return List.copyOf(entries.subList(f, (int) Math.min(entries.size(), (long) f + limit)));
    }

    @Override
    public synchronized List<BatchHeader> batches() {
        return List.copyOf(batches);
    }

    @Override
    public synchronized Optional<Fields> privatePart(long seq, Party reader) {
        PrivateRow r = privates.get(seq);
        return r == null || !r.party().equals(reader.code()) ? Optional.empty() : Optional.of(Fields.decode(r.payload()));
    }

    @Override
    public synchronized List<PrivateRow> privateParts(long from, int limit) {
        return privates.tailMap(from, true).values().stream().limit(limit).toList();
    }

    @Override
    public synchronized Optional<Long> nonceEntry(Party party, String nonce) {
        return nonces.stream().filter(r -> r.party().equals(party.code()) && r.nonce().equals(nonce))
                .map(NonceRow::seq).findFirst();
    }

    @Override
    public synchronized List<NonceRow> nonces() {
        return nonces.stream().sorted(Comparator.comparingLong(NonceRow::seq)).toList();
    }

    @Override
    public synchronized List<EntryLink> entryLinks(long from, int limit) {
        return links.tailMap(from, true).entrySet().stream().limit(limit)
                .map(e -> new EntryLink(e.getKey(), e.getValue())).toList();
    }

    @Override
    public void close() {
    }
}
