package org.treatylab.verification.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.treatylab.domain.Category;
import org.treatylab.domain.InputException;
import org.treatylab.domain.Party;
import org.treatylab.domain.treaty.Treaties;
import org.treatylab.verification.VerificationException;

class DeclarationsTest {
    static Item mm3(String uid, ItemStatus s, long w) {
        return new Item(Party.US, uid, "Minuteman III", Category.ICBM, s, "Malmstrom", w);
    }

    static Item b52(String uid, ItemStatus s) {
        return new Item(Party.US, uid, "B-52H", Category.HEAVY_BOMBER, s, "Minot", 0);
    }

    private Declarations db() {
        Declarations d = new Declarations(Party.US);
        d.declare(List.of(mm3("M1", ItemStatus.DEPLOYED, 1), mm3("M2", ItemStatus.NON_DEPLOYED, 0),
                b52("B1", ItemStatus.DEPLOYED), b52("B2", ItemStatus.TEST)));
        return d;
    }

    @Test
    void declare_duplicateUid_rejectedAndNothingChanges() {
        Declarations d = db();
        assertThatThrownBy(() -> d.declare(List.of(mm3("M9", ItemStatus.NON_DEPLOYED, 0), mm3("M1", ItemStatus.NON_DEPLOYED, 0))))
                .hasMessage("item M1 is already declared; identifiers are unique (use a notification to change an item)");
        assertThat(d.item("M9")).isEmpty();
    }

    @Test
    void notify_validLifecycle_movesThroughStates() {
        Declarations d = db();
        assertThat(d.apply(new Notification("M1", NotificationEvent.STORE, "Hill AFB", null, null)))
                .isEqualTo(new Item(Party.US, "M1", "Minuteman III", Category.ICBM, ItemStatus.NON_DEPLOYED, "Hill AFB", 0));
        assertThat(d.apply(new Notification("M1", NotificationEvent.CONVERT, null, null, null)).status())
                .isEqualTo(ItemStatus.CONVERTED);
        assertThat(d.apply(new Notification("M1", NotificationEvent.ELIMINATE, null, null, null)).status())
                .isEqualTo(ItemStatus.ELIMINATED);
        assertThat(d.apply(new Notification("M2", NotificationEvent.DEPLOY, null, null, 3L)).warheads()).isEqualTo(3);
        Item added = mm3("M3", ItemStatus.NON_DEPLOYED, 0);
        assertThat(d.apply(new Notification("M3", NotificationEvent.ADD, null, added, null))).isEqualTo(added);
        assertThat(d.current()).extracting(Item::uid).containsExactly("B1", "B2", "M2", "M3");
    }

    @Test
    void notify_impossibleTransitions_rejectedWithReason() {
        Declarations d = db();
        assertThatThrownBy(() -> d.apply(new Notification("M1", NotificationEvent.DEPLOY, null, null, 1L)))
                .isInstanceOf(VerificationException.class)
                .hasMessage("item M1: cannot deploy: it is deployed (deploy needs non_deployed)");
        assertThatThrownBy(() -> d.apply(new Notification("M1", NotificationEvent.ELIMINATE, null, null, null)))
                .hasMessage("item M1: cannot eliminate: it is deployed (eliminate needs non_deployed, test or "
                        + "converted; store a deployed item first)");
        assertThatThrownBy(() -> d.apply(new Notification("M2", NotificationEvent.DEPLOY, null, null, null)))
                .hasMessage("item M2: cannot deploy: a missile is deployed with its emplaced warheads (give --warheads)");
        assertThatThrownBy(() -> d.apply(new Notification("M1", NotificationEvent.MOVE, "Malmstrom", null, null)))
                .hasMessage("item M1: cannot move: it is already at Malmstrom");
        assertThatThrownBy(() -> d.apply(new Notification("X", NotificationEvent.STORE, null, null, null)))
                .hasMessage("no declared item X of US");
        d.apply(new Notification("B2", NotificationEvent.ELIMINATE, null, null, null));
        assertThatThrownBy(() -> d.apply(new Notification("B2", NotificationEvent.MOVE, "Edwards", null, null)))
                .hasMessage("item B2: cannot move: it is eliminated");
        Item again = b52("B2", ItemStatus.NON_DEPLOYED);
        assertThatThrownBy(() -> d.apply(new Notification("B2", NotificationEvent.ADD, null, again, null)))
                .hasMessage("cannot add item B2: the identifier is already in use");
    }

    @Test
    void item_warheadsOnNonDeployed_rejected() {
        assertThatThrownBy(() -> mm3("M1", ItemStatus.NON_DEPLOYED, 2))
                .hasMessage("item M1 is non_deployed: only a deployed item carries warheads, got 2");
    }

    @Test
    void exchange_aggregates_comeFromTheCountingEngine() {
        // Hand-worked under New START: deployed launchers = 2 ICBMs + 1 bomber = 3; warheads = 1 + 3 + 1 (bomber) = 5;
        // total launchers = 3 deployed + 1 non-deployed ICBM = 4 (the test bomber and the converted item do not count).
        Declarations d = db();
        d.apply(new Notification("M2", NotificationEvent.DEPLOY, null, null, 3L));
        d.declare(List.of(mm3("M4", ItemStatus.NON_DEPLOYED, 0), b52("B3", ItemStatus.CONVERTED)));
        DataExchange x = DataExchange.of(Treaties.byId("new-start").orElseThrow(), Party.US, LocalDate.of(2011, 9, 1),
                d.all());
        assertThat(x.aggregates()).isEqualTo(Map.of("deployed-launchers", 3L, "warheads", 5L, "total-launchers", 4L));
        assertThat(x.items()).hasSize(6);
    }

    @Test
    void itemsCsv_badRow_namesFileLineAndColumn() {
        String text = "uid,system,category,status,facility,warheads\nM1,Minuteman III,ICBM,deployed,Malmstrom,1\n"
                + "M2,Minuteman III,ICBM,parked,Malmstrom,0\n";
        assertThatThrownBy(() -> ItemsCsv.parse("items.csv", text, Party.US)).isInstanceOf(InputException.class)
                .hasMessage("items.csv line 3, column 'status': unknown status 'parked' (expected deployed, "
                        + "non_deployed, test, converted or eliminated)");
        String dup = "uid,system,category,status,facility\nM1,Minuteman III,ICBM,non_deployed,Malmstrom\n"
                + "M1,Minuteman III,ICBM,non_deployed,Malmstrom\n";
        assertThatThrownBy(() -> ItemsCsv.parse("items.csv", dup, Party.US))
                .hasMessage("items.csv line 3, column 'uid': uid 'M1' is already declared on line 2");
    }
}
