package org.treatylab.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.treatylab.verification.declaration.Item;
import org.treatylab.verification.escrow.Opening;
import org.treatylab.verification.merkle.Hex;
import org.treatylab.verification.regime.ExchangeRecord;
import org.treatylab.verification.regime.Finding;
import org.treatylab.verification.regime.Reveal;

/** The JSON shapes of the verification regime: reveals with their proofs, data exchanges, findings, items. */
public final class LedgerViews {
    private LedgerViews() {
    }

    public static Map<String, Object> reveal(Reveal r) {
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
            Map<String, Object> x = new LinkedHashMap<>(item(o.item()));
            x.put("salt", o.hexSalt());
            x.put("commitment", Hex.of(o.commitment()));
            x.put("index", o.proof().leafIndex());
            x.put("proof", o.hexPath());
            openings.add(x);
        }
        m.put("openings", openings);
        return m;
    }

    public static Map<String, Object> item(Item i) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("uid", i.uid());
        x.put("system", i.system());
        x.put("category", i.category().name());
        x.put("status", i.status().label());
        x.put("facility", i.facility());
        x.put("warheads", i.warheads());
        return x;
    }

    public static Map<String, Object> exchange(ExchangeRecord x) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("party", x.exchange().party().code());
        m.put("date", x.exchange().date().toString());
        m.put("treaty", x.exchange().treaty());
        m.put("entry", x.seq());
        m.put("items", x.exchange().items().size());
        m.put("aggregates", x.exchange().aggregates());
        m.put("snapshot_root", Hex.of(x.snapshotHead().head().root()));
        m.put("snapshot_signature", Hex.of(x.snapshotHead().signature()));
        return m;
    }

    public static Map<String, Object> finding(Finding f) {
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
        return m;
    }
}
