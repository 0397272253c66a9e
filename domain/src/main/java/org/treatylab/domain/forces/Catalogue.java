package org.treatylab.domain.forces;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.treatylab.domain.Party;

/**
 * The delivery-system types TreatyLab knows, each with sourced parameters, for several eras.
 *
 * <p>The shipped catalogue covers the START I MOU (1990), and open-source estimates for about 2009 and 2024.
 */
public final class Catalogue {
    private final List<DeliverySystemType> types;

    public Catalogue(List<DeliverySystemType> types) {
        this.types = List.copyOf(types);
    }

    /** The catalogue shipped in the jar. */
    public static Catalogue shipped() {
        return Holder.SHIPPED;
    }

    public List<DeliverySystemType> types() {
        return types;
    }

    /** The eras present, ascending. */
    public List<Integer> eras() {
        return List.copyOf(new TreeSet<>(types.stream().map(DeliverySystemType::era).toList()));
    }

    /** The era closest to {@code year} (the earlier one on a tie), or empty for an empty catalogue. */
    public Optional<Integer> nearestEra(int year) {
        return eras().stream().min(Comparator.comparingInt((Integer e) -> Math.abs(e - year)).thenComparing(e -> e));
    }

    /** Types of one era (or all when null) and one party (or both when null), in catalogue order. */
    public List<DeliverySystemType> select(Integer era, Party party) {
        return types.stream()
                .filter(t -> era == null || t.era() == era)
                .filter(t -> party == null || t.party().equals(party))
                .toList();
    }

    /**
     * The entry for a posture row's system: same party, matching name or alias, era nearest {@code year}.
     */
    public Optional<DeliverySystemType> find(Party party, String systemName, int year) {
        return types.stream()
                .filter(t -> t.party().equals(party) && t.isNamed(systemName))
                .min(Comparator.comparingInt(t -> Math.abs(t.era() - year)));
    }

    private static final class Holder {
        static final Catalogue SHIPPED = CatalogueReader.readShipped();
    }
}
