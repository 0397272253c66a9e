package org.treatylab.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.treatylab.app.talks.RankedTerms;
import org.treatylab.app.talks.ScenarioRef;
import org.treatylab.app.talks.ScenarioView;
import org.treatylab.app.talks.TalksDoor;
import org.treatylab.app.talks.TalksMoveRequest;
import org.treatylab.app.talks.TalksState;
import org.treatylab.domain.Party;

/** What a client of the API reads back (the console's remote seat) is the record that was written. */
class JsonReadTest {
    private static final TalksDoor TALKS = new TalksDoor();
    private static final ScenarioRef START = new ScenarioRef.Shipped("start-2009");

    @Test
    void talksState_inPlayAndOverWithTheResult_readsBackEqual() {
        TalksState seat = TALKS.start(START, Party.RU, Map.of(), 1);
        assertThat(Json.read(Json.compact(seat), TalksState.class)).isEqualTo(seat);
        TalksState offered = TALKS.move(seat.id(), seat.seatSecret(), TalksMoveRequest.offer(Map.of("warheads",
                "1500", "conventional_missiles", "counted")));
        assertThat(offered.history().get(1).terms().otherIssues()).containsEntry("conventional_missiles", "counted");
        assertThat(Json.read(Json.write(offered), TalksState.class)).isEqualTo(offered);
        TalksState over = TALKS.move(seat.id(), seat.seatSecret(), TalksMoveRequest.accept());
        assertThat(over.result()).isNotNull();
        assertThat(Json.read(Json.compact(over), TalksState.class)).isEqualTo(over);
    }

    @Test
    void scenarioAndBestTerms_readBackEqual() throws Exception {
        ScenarioView s = TALKS.scenario(START);
        assertThat(Json.read(Json.compact(s), ScenarioView.class)).isEqualTo(s);
        TalksState seat = TALKS.start(START, Party.US, Map.of(), 2);
        List<RankedTerms> best = TALKS.best(seat.id(), seat.seatSecret(), 3);
        RankedTerms[] back = Json.read(Json.compact(best), RankedTerms[].class);
        assertThat(List.of(back)).isEqualTo(best);
    }

    @Test
    void read_notTheRecordsJson_namesTheType() {
        assertThatThrownBy(() -> Json.read("[1, 2]", TalksState.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not the JSON of TalksState: ");
    }
}
