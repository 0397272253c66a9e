package org.treatylab.verification.declaration;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.treatylab.domain.Category;
import org.treatylab.domain.Party;
import org.treatylab.domain.forces.Posture;
import org.treatylab.domain.forces.PostureRow;
import org.treatylab.verification.VerificationException;

/**
 * Turns item-level declarations into a {@link Posture}, so that a data exchange's aggregates come from the domain's
 * counting engine and always agree with the treaty numbers.
 *
 * <p>One row per system: deployed, non-deployed, test and converted items counted; eliminated items dropped;
 * re-entry vehicles as the total emplaced on the deployed missiles.
 */
public final class ItemPostures {
    private ItemPostures() {
    }

    public static Posture posture(Party party, LocalDate date, Collection<Item> items) {
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, Category> categories = new TreeMap<>();
        for (Item i : items) {
            if (!i.party().equals(party)) {
                throw new IllegalArgumentException("item " + i.uid() + " belongs to " + i.party() + ", not " + party);
            }
            if (i.status() == ItemStatus.ELIMINATED) {
                continue;
            }
            Category known = categories.putIfAbsent(i.system(), i.category());
            if (known != null && known != i.category()) {
                throw VerificationException.rejected("system " + i.system() + " is declared both as " + known + " and as "
                        + i.category() + " (item " + i.uid() + ")");
            }
            long[] c = counts.computeIfAbsent(i.system(), s -> new long[5]);
            c[i.status().ordinal()]++;
            c[4] = Math.addExact(c[4], i.warheads());
        }
        List<PostureRow> rows = counts.entrySet().stream().map(e -> {
            long[] c = e.getValue();
            Category cat = categories.get(e.getKey());
            Long total = cat.isBallisticMissile() ? c[4] : null;
            return new PostureRow(party, e.getKey(), cat, c[ItemStatus.DEPLOYED.ordinal()],
                    c[ItemStatus.NON_DEPLOYED.ordinal()], c[ItemStatus.TEST.ordinal()],
                    c[ItemStatus.CONVERTED.ordinal()], null, total, null, null, null, date, Map.of(), "",
                    "declared items of " + e.getKey());
        }).toList();
        return new Posture(party, date, rows);
    }
}
