package org.treatylab.app.foundation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.treatylab.domain.treaty.TreatyDrafts;

class DraftSourcesTest {
    private final Foundation f = new Foundation(new Inputs(TreatyDrafts.NONE));
    private final String newStart = f.treatyFile(new TreatyRef.Id("new-start"));

    @Test
    void draft_ceilingEdited_citesItselfAndWhatTheSourceGave() {
        TreatyView v = f.validate(newStart.replace("id = new-start", "id = d")
                .replace("ceiling = 1550 from 2018-02-05", "ceiling = 1000 from 2018-02-05")).treaty();
        TreatyView.TreatyLimit warheads = v.limits().stream().filter(l -> l.id().equals("warheads")).findFirst()
                .orElseThrow();
        assertThat(warheads.sources()).containsExactly("draft: ceilings edited by its author (the copied text gave"
                + " 1550 from 2018-02-05, from New START treaty text, Article II (U.S. State Department))");
        assertThat(warheads.steps().get(0).status()).isEqualTo("draft");
        // The untouched limits keep the treaty text as their source.
        TreatyView.TreatyLimit launchers = v.limits().get(0);
        assertThat(launchers.sources()).containsExactly("New START treaty text, Article II (U.S. State Department)");
        assertThat(launchers.steps().get(0).status()).isEqualTo("confirmed");
    }

    @Test
    void shippedTreaty_keepsItsSources() {
        assertThat(f.treaty(new TreatyRef.Id("new-start")).limits().get(1).sources())
                .containsExactly("New START treaty text, Article II (U.S. State Department)");
    }
}
