package org.treatylab.app.talks;

import java.util.LinkedHashMap;
import java.util.Map;
import org.treatylab.app.common.Copies;
import org.treatylab.app.common.FormText;

/**
 * What talks in a room were started from, as kept in the store: enough to play them again to the same point.
 *
 * @param scenario {@code shipped:ID} or {@code file:PATH}
 * @param players party code to agent name or {@code person}, in turn order
 */
record TalksGameSpec(String scenario, long seed, boolean opponentAwareOffers, boolean classroom,
        Map<String, String> players) {
    TalksGameSpec {
        players = Copies.ordered(players);
    }

    String encode() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("scenario", scenario);
        f.put("seed", Long.toString(seed));
        f.put("opponent_aware", Boolean.toString(opponentAwareOffers));
        f.put("classroom", Boolean.toString(classroom));
        players.forEach((p, a) -> f.put("player." + p, a));
        return FormText.encode(f);
    }

    static TalksGameSpec decode(String text) {
        Map<String, String> f = FormText.decode(text);
        return new TalksGameSpec(FormText.require(f, "scenario"), Long.parseLong(FormText.require(f, "seed")),
                Boolean.parseBoolean(FormText.require(f, "opponent_aware")),
                Boolean.parseBoolean(FormText.require(f, "classroom")), FormText.prefixed(f, "player."));
    }
}
