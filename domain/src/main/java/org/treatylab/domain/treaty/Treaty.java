package org.treatylab.domain.treaty;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.treatylab.domain.Party;

/**
 * A treaty (in force, historical or a user's draft): parties, dates, limits and how forces are counted.
 *
 * @param signed signature date, or null for a draft
 * @param entryIntoForce the first day in force
 * @param expiry the first day no longer in force, or null for no fixed end
 * @param termination the first day no longer in force when terminated early, or null
 * @param counting the id of the counting rule set; may be null only for a treaty without limits
 * @param options the counting rule set's options chosen by this treaty
 */
public record Treaty(String id, String name, List<Party> parties, LocalDate signed, LocalDate entryIntoForce,
        LocalDate expiry, LocalDate termination, String counting, Map<String, String> options, List<Limit> limits,
        List<String> sources, String notes) {

    public Treaty {
        Objects.requireNonNull(id, "id");
        if (!id.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("treaty id must be lower-case letters, digits and '-', got '" + id + "'");
        }
        name = name == null || name.isBlank() ? id : name;
        parties = List.copyOf(parties);
        Objects.requireNonNull(entryIntoForce, "entry_into_force");
        options = Map.copyOf(options);
        limits = List.copyOf(limits);
        sources = List.copyOf(sources);
        notes = notes == null ? "" : notes;
        if (parties.size() < 2 || new HashSet<>(parties).size() != parties.size()) {
            throw new IllegalArgumentException("parties: a treaty needs at least two different parties, got " + parties);
        }
        if (signed != null && signed.isAfter(entryIntoForce)) {
            throw new IllegalArgumentException("dates out of order: signed " + signed
                    + " is after entry_into_force " + entryIntoForce);
        }
        if (expiry != null && !expiry.isAfter(entryIntoForce)) {
            throw new IllegalArgumentException("dates out of order: expiry " + expiry
                    + " must be after entry_into_force " + entryIntoForce);
        }
        if (termination != null && termination.isBefore(entryIntoForce)) {
            throw new IllegalArgumentException("dates out of order: termination " + termination
                    + " is before entry_into_force " + entryIntoForce);
        }
        if (!limits.isEmpty() && (counting == null || counting.isBlank())) {
            throw new IllegalArgumentException("counting: the treaty has limits but no counting rule set");
        }
        Set<String> ids = new HashSet<>();
        for (Limit l : limits) {
            if (!ids.add(l.id())) {
                throw new IllegalArgumentException("limit '" + l.id() + "' is defined twice");
            }
            if (l.bindingFrom().isBefore(entryIntoForce)) {
                throw new IllegalArgumentException("dates out of order: limit '" + l.id() + "' binds from "
                        + l.bindingFrom() + ", before entry_into_force " + entryIntoForce);
            }
            for (Map.Entry<Party, List<LimitStep>> own : l.byParty().entrySet()) {
                if (!parties.contains(own.getKey())) {
                    throw new IllegalArgumentException("limit '" + l.id() + "' sets a ceiling for " + own.getKey()
                            + ", who is not a party " + parties);
                }
                if (!own.getValue().isEmpty() && own.getValue().get(0).from().isBefore(entryIntoForce)) {
                    throw new IllegalArgumentException("dates out of order: limit '" + l.id() + "' binds "
                            + own.getKey() + " from " + own.getValue().get(0).from() + ", before entry_into_force "
                            + entryIntoForce);
                }
            }
        }
    }

    /** The first day the treaty is no longer in force (the earlier of expiry and termination), or null. */
    public LocalDate endDate() {
        if (termination == null) {
            return expiry;
        }
        return expiry == null || termination.isBefore(expiry) ? termination : expiry;
    }

    public boolean inForceOn(LocalDate date) {
        LocalDate end = endDate();
        return !date.isBefore(entryIntoForce) && (end == null || date.isBefore(end));
    }

    public Optional<Limit> limit(String limitId) {
        return limits.stream().filter(l -> l.id().equals(limitId)).findFirst();
    }

    public boolean hasParty(Party p) {
        return parties.contains(p);
    }

    /** A copy with another id, name and limits, keeping the dates and counting rules: the start of a draft. */
    public Treaty draft(String newId, String newName, List<Limit> newLimits) {
        return new Treaty(newId, newName, parties, signed, entryIntoForce, expiry, termination, counting, options,
                newLimits, sources, notes);
    }
}
