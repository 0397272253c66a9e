package org.treatylab.app.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.treatylab.domain.ErrorKind;
import org.treatylab.domain.TreatyLabException;

class SeatsTest {
    private static Seats twoPeopleAndAnAgent() {
        Map<String, String> players = new LinkedHashMap<>();
        players.put("US", Seats.PERSON);
        players.put("RU", Seats.PERSON);
        players.put("CN", "boulware");
        return new Seats(players);
    }

    private static void kind(Runnable r, ErrorKind kind) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(TreatyLabException.class,
                e -> assertThat(e.kind()).isEqualTo(kind));
    }

    @Test
    void take_eachSeatOnce_thenEveryOtherTakeIsRefusedAndNothingChanges() {
        Seats s = twoPeopleAndAnAgent();
        SeatGrant us = s.take(null);
        assertThat(us.party()).isEqualTo("US");
        kind(() -> s.take("US"), ErrorKind.CONFLICT);
        kind(() -> s.take("CN"), ErrorKind.BAD_INPUT);
        kind(() -> s.take("FR"), ErrorKind.BAD_INPUT);
        String before = s.state();
        SeatGrant ru = s.take("RU");
        kind(() -> s.take(null), ErrorKind.CONFLICT);
        assertThat(s.open()).isEmpty();
        assertThat(s.viewer(us.secret())).isEqualTo(new Viewer.InSeat("US"));
        assertThat(s.viewer(ru.secret())).isEqualTo(new Viewer.InSeat("RU"));
        assertThat(s.viewer(null)).isEqualTo(Viewer.WATCHER);
        kind(() -> s.viewer("0".repeat(64)), ErrorKind.FORBIDDEN);
        assertThat(before).doesNotContain(us.secret());
    }

    @Test
    void restore_ofTheStoredState_knowsTheSameSecretsButNeverStoresThem() {
        Seats s = twoPeopleAndAnAgent();
        SeatGrant us = s.take("US");
        Seats back = twoPeopleAndAnAgent();
        back.restore(s.state());
        assertThat(back.viewer(us.secret())).isEqualTo(new Viewer.InSeat("US"));
        assertThat(back.open()).containsExactly("RU");
        assertThat(s.state()).doesNotContain(us.secret()).contains(Seats.hash(us.secret()));
    }

    @Test
    void roomCodes_haveNoLookAlikesAndTypedCodesAreNormalised() {
        SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < 1000; i++) {
            String code = RoomCodes.next(r);
            assertThat(code).matches("[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}").doesNotContain("0", "O", "1", "I", "L");
            assertThat(RoomCodes.normalise(" " + code.replace("-", "").toLowerCase() + " ")).isEqualTo(code);
        }
    }

    @Test
    void formText_anyTextReadsBackInOrder() {
        SplittableRandom r = new SplittableRandom(11);
        for (int i = 0; i < 200; i++) {
            Map<String, String> f = new LinkedHashMap<>();
            for (int k = 0; k < 1 + r.nextInt(6); k++) {
                StringBuilder v = new StringBuilder();
                for (int c = 0; c < r.nextInt(20); c++) {
                    v.appendCodePoint(r.nextInt(2) == 0 ? r.nextInt(32, 127) : r.nextInt(0x400, 0x4ff));
                }
                f.put("k" + k + (char) r.nextInt(33, 127), v.toString());
            }
            assertThat(FormText.decode(FormText.encode(f))).containsExactlyEntriesOf(f);
        }
        assertThatThrownBy(() -> FormText.decode("a=1&b")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stored text: 'b' is not name=value");
    }
}
