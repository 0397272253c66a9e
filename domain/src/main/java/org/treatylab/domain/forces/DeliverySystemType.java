package org.treatylab.domain.forces;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.treatylab.domain.Category;
import org.treatylab.domain.Party;
import org.treatylab.domain.SourcedValue;

/**
 * A catalogue entry: one type of strategic delivery vehicle of one party in one era, with sourced parameters.
 *
 * @param id stable identifier, e.g. {@code us-2009-minuteman-iii}
 * @param era the year the figures describe (1990, 2009, 2024)
 * @param aliases other names under which postures list the system
 * @param basing e.g. silo, road-mobile, SSBN, bomber base
 */
public record DeliverySystemType(String id, Party party, int era, String name, List<String> aliases,
        Category category, String basing, String source, Map<SystemParameter, SourcedValue> parameters) {

    public DeliverySystemType {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
        aliases = List.copyOf(aliases);
        basing = basing == null ? "" : basing;
        source = source == null ? "" : source;
        parameters = Map.copyOf(parameters);
    }

    /** True when {@code systemName} is this type's name or one of its aliases, ignoring case. */
    public boolean isNamed(String systemName) {
        String n = systemName.trim().toLowerCase(Locale.ROOT);
        return name.toLowerCase(Locale.ROOT).equals(n)
                || aliases.stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).equals(n));
    }

    public Optional<SourcedValue> parameter(SystemParameter p) {
        return Optional.ofNullable(parameters.get(p));
    }
}
