package org.treatylab.verification.ledger;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.treatylab.domain.Party;

/** An in-memory ledger store for engine tests: the same checks as the JDBC stores, nothing durable. */
public final class MemoryLedgerStore implements LedgerStore {
    private final Map<Party, PublicKey> keys = new TreeMap<>(java.util.Comparator.comparing(Party::code));
    private final Map<Party, byte[]> tokens = new HashMap<>();
    public final List<Entry> entries = new ArrayList<>();
    public final List<BatchHeader> batches = new ArrayList<>();
    public final Map<Long, Fields> privates = new HashMap<>();

    @Override
    public synchronized void registerParty(Party party, PublicKey key, byte[] tokenHash) {
        if (keys.putIfAbsent(party, key) != null) {
            throw new IllegalStateException(party + " is already registered");
        }
        tokens.put(party, tokenHash.clone());
    }

    @Override
    public synchronized Optional<PublicKey> publicKey(Party party) {
        return Optional.ofNullable(keys.get(party));
    }

    @Override
    public synchronized List<Party> parties() {
        return List.copyOf(keys.keySet());
    }

    @Override
    public synchronized Optional<Party> partyForTokenHash(byte[] tokenHash) {
        return tokens.entrySet().stream().filter(e -> Arrays.equals(e.getValue(), tokenHash)).map(Map.Entry::getKey)
                .findFirst();
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
    public synchronized void append(Batch batch) {
        BatchChecks.check(batch, keys.get(batch.party()), head());
        entries.addAll(batch.entries());
        privates.putAll(batch.privates());
        batches.add(new BatchHeader(batch.number(), batch.party(), batch.firstSeq(), batch.lastSeq(), batch.treeSize(),
                batch.root(), batch.time(), batch.consistency(), batch.signature()));
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
        if (seq >= entries.size() || !entries.get((int) seq).party().equals(reader)) {
            return Optional.empty();
        }
        return Optional.ofNullable(privates.get(seq));
    }

    @Override
    public void close() {
    }
}
