package org.treatylab.verification.declaration;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.treatylab.domain.Party;
import org.treatylab.verification.VerificationException;

/**
 * One party's item database and the state machine that notifications drive: it rejects impossible changes with a
 * reason naming the item, its status and what the change needs. Identifiers are never reused, not even after an
 * item is eliminated.
 *
 * <p>Mutable and not thread-safe: it is rebuilt by replaying the party's ledger entries.
 */
public final class Declarations {
    private final Party party;
    private final Map<String, Item> items = new TreeMap<>();
    private final Set<String> everUsed = new HashSet<>();

    public Declarations(Party party) {
        this.party = party;
    }

    public Party party() {
        return party;
    }

    /** Declares items in a database declaration; every uid must be new. Nothing changes when one is rejected. */
    public void declare(Collection<Item> declared) {
        check(declared);
        for (Item i : declared) {
            items.put(i.uid(), i);
            everUsed.add(i.uid());
        }
    }

    /** Checks a declaration as {@link #declare} does, without declaring anything. */
    public void check(Collection<Item> declared) {
        Set<String> batch = new HashSet<>();
        for (Item i : declared) {
            if (!i.party().equals(party)) {
                throw VerificationException.rejected("item " + i.uid() + " is declared by " + party + " but belongs to "
                        + i.party());
            }
            if (everUsed.contains(i.uid()) || !batch.add(i.uid())) {
                throw VerificationException.rejected("item " + i.uid() + " is already declared; identifiers are unique "
                        + "(use a notification to change an item)");
            }
            if (i.status() == ItemStatus.ELIMINATED) {
                throw VerificationException.rejected("item " + i.uid() + " cannot be declared as eliminated");
            }
        }
    }

    /**
     * Applies a notification and returns the item's new state.
     *
     * @throws VerificationException naming the item and why the change is impossible; nothing changes then
     */
    public Item apply(Notification n) {
        Item next = next(n);
        items.put(next.uid(), next);
        everUsed.add(next.uid());
        return next;
    }

    /** The item a notification would produce, without applying it. */
    public Item next(Notification n) {
        if (n.event() == NotificationEvent.ADD) {
            Item a = n.added();
            if (everUsed.contains(a.uid())) {
                throw VerificationException.rejected("cannot add item " + a.uid() + ": the identifier is already in use");
            }
            if (!a.party().equals(party)) {
                throw VerificationException.rejected("cannot add item " + a.uid() + " of " + a.party() + " to " + party);
            }
            if (a.status() != ItemStatus.NON_DEPLOYED && a.status() != ItemStatus.TEST) {
                throw VerificationException.rejected("cannot add item " + a.uid() + " as " + a.status().label()
                        + ": a new item enters as non_deployed or test");
            }
            return a;
        }
        Item cur = items.get(n.uid());
        if (cur == null) {
            throw VerificationException.rejected("no declared item " + n.uid() + " of " + party);
        }
        String verb = n.event().label();
        ItemStatus s = cur.status();
        if (s == ItemStatus.ELIMINATED) {
            throw reject(cur, verb, "it is eliminated");
        }
        switch (n.event()) {
            case DEPLOY -> {
                require(cur, verb, s == ItemStatus.NON_DEPLOYED, "non_deployed");
                long w = n.warheads() == null ? 0 : n.warheads();
                if (cur.category().isBallisticMissile() && w == 0) {
                    throw reject(cur, verb, "a missile is deployed with its emplaced warheads (give --warheads)");
                }
                return moved(cur.withStatus(ItemStatus.DEPLOYED, cur.category().isBomber() ? 0 : w), n.to());
            }
            case STORE -> {
                require(cur, verb, s == ItemStatus.DEPLOYED, "deployed");
                return moved(cur.withStatus(ItemStatus.NON_DEPLOYED, 0), n.to());
            }
            case MOVE -> {
                if (cur.facility().equals(n.to().trim())) {
                    throw reject(cur, verb, "it is already at " + cur.facility());
                }
                return cur.atFacility(n.to());
            }
            case CONVERT -> {
                require(cur, verb, s == ItemStatus.NON_DEPLOYED || s == ItemStatus.TEST, "non_deployed or test; "
                        + "store a deployed item first");
                return moved(cur.withStatus(ItemStatus.CONVERTED, 0), n.to());
            }
            case ELIMINATE -> {
                require(cur, verb, s != ItemStatus.DEPLOYED, "non_deployed, test or converted; store a deployed "
                        + "item first");
                return moved(cur.withStatus(ItemStatus.ELIMINATED, 0), n.to());
            }
            default -> throw new IllegalStateException("unhandled event " + n.event());
        }
    }

    private static Item moved(Item i, String to) {
        return to == null || to.isBlank() ? i : i.atFacility(to);
    }

    private static void require(Item cur, String verb, boolean ok, String needs) {
        if (!ok) {
            throw reject(cur, verb, "it is " + cur.status().label() + " (" + verb + " needs " + needs + ")");
        }
    }

    private static VerificationException reject(Item cur, String verb, String why) {
        return VerificationException.rejected("item " + cur.uid() + ": cannot " + verb + ": " + why);
    }

    public Optional<Item> item(String uid) {
        return Optional.ofNullable(items.get(uid));
    }

    /** Every item ever declared, in uid order, eliminated ones included. */
    public List<Item> all() {
        return List.copyOf(items.values());
    }

    /** The items that still exist (not eliminated), in uid order: what a data exchange reports. */
    public List<Item> current() {
        return items.values().stream().filter(i -> i.status() != ItemStatus.ELIMINATED).toList();
    }
}
