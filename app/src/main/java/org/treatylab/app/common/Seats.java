package org.treatylab.app.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The seats of one game, one per party in turn order: each played by an engine agent or by a person. A person's seat
 * is open until someone takes it; taking it gives its secret once ({@link SeatGrant}), and only the secret's SHA-256
 * is kept, so neither the store nor another seat's answers can give it away. Not thread-safe: the game that owns the
 * seats guards them.
 */
public final class Seats {
    /** The player name of a seat a person plays. */
    public static final String PERSON = "person";
    private final Map<String, String> players;
    private final Map<String, String> hashes = new LinkedHashMap<>();

    /** @param players party to agent name or {@link #PERSON}, in turn order */
    public Seats(Map<String, String> players) {
        this.players = Copies.ordered(players);
    }

    /** Party to agent name or {@link #PERSON}, in turn order. */
    public Map<String, String> players() {
        return players;
    }

    public boolean isPerson(String party) {
        return PERSON.equals(players.get(party));
    }

    /** The person seats nobody has taken yet, in turn order. */
    public List<String> open() {
        List<String> out = new ArrayList<>();
        players.forEach((p, who) -> {
            if (PERSON.equals(who) && !hashes.containsKey(p)) {
                out.add(p);
            }
        });
        return out;
    }

    /**
     * Takes the seat of {@code party}, or the first open one when null. BAD_INPUT for a party not in the game or
     * played by an agent; CONFLICT when the seat is taken or none is open. Nothing changes on a failure.
     */
    public SeatGrant take(String party) {
        String seat = party;
        if (seat == null) {
            List<String> open = open();
            if (open.isEmpty()) {
                throw AppException.conflict("every seat of this game is taken (watch it instead)");
            }
            seat = open.get(0);
        } else if (!players.containsKey(seat)) {
            throw AppException.badInput("no seat '" + seat + "' in this game (seats: " + players.keySet() + ")");
        } else if (!isPerson(seat)) {
            throw AppException.badInput("seat " + seat + " is played by the agent " + players.get(seat)
                    + ", not by a person");
        } else if (hashes.containsKey(seat)) {
            throw AppException.conflict("seat " + seat + " is taken (open seats: " + open() + ")");
        }
        String secret = RoomCodes.secret();
        hashes.put(seat, hash(secret));
        return new SeatGrant(seat, secret);
    }

    /** Takes a seat for whoever starts the game (the seat stays open when null). */
    public SeatGrant takeIfAny(String party) {
        return party == null ? null : take(party);
    }

    /**
     * Who holds {@code secret}: a watcher when it is null or blank, else the seat whose secret it is; FORBIDDEN when
     * it is no seat's.
     */
    public Viewer viewer(String secret) {
        if (secret == null || secret.isBlank()) {
            return Viewer.WATCHER;
        }
        byte[] h = hash(secret.strip()).getBytes(StandardCharsets.US_ASCII);
        String found = null;
        for (Map.Entry<String, String> e : hashes.entrySet()) {
            // every seat compared in constant time, so the time taken does not tell how close a guess was
            if (MessageDigest.isEqual(h, e.getValue().getBytes(StandardCharsets.US_ASCII))) {
                found = e.getKey();
            }
        }
        if (found == null) {
            throw AppException.forbidden("the seat secret is not one of this game's seats");
        }
        return new Viewer.InSeat(found);
    }

    /** The taken seats' hashes as stored text. */
    public String state() {
        return FormText.encode(hashes);
    }

    /** Takes back the seats of a stored state. */
    public void restore(String state) {
        hashes.clear();
        FormText.decode(state).forEach((p, h) -> {
            if (!isPerson(p)) {
                throw new IllegalStateException("stored seats: " + p + " is not a person's seat");
            }
            hashes.put(p, h);
        });
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }
}
