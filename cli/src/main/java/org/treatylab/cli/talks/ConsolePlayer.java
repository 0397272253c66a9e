package org.treatylab.cli.talks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.treatylab.app.talks.RankedTerms;
import org.treatylab.app.talks.TalksMoveRequest;
import org.treatylab.app.talks.TalksRun;
import org.treatylab.app.talks.TalksState;
import org.treatylab.domain.ErrorKind;
import org.treatylab.domain.TreatyLabException;

/**
 * A person plays one delegation at the console, in a seat of talks in this process or in a server's room (the same
 * session the HTTP API and the web page drive): at each turn they see their own value of the offer on the table, the
 * history and the time left (dated), and answer with an offer, an acceptance or an end. While another person is to
 * move, the console waits for their move.
 */
final class ConsolePlayer {
    private final Seat seat;
    private final BufferedReader in;
    private final PrintWriter out;
    private List<RankedTerms> lastList = List.of();

    ConsolePlayer(Seat seat, BufferedReader in, PrintWriter out) {
        this.seat = seat;
        this.in = in;
        this.out = out;
    }

    /** Plays until the talks are over; returns their evaluated result. */
    TalksRun play() {
        TalksState st = seat.state();
        while (!st.over()) {
            if (!st.yourTurn()) {
                show(st);
                out.printf("Waiting for %s to move...%n", st.turn());
                out.flush();
                st = seat.awaitTurn(st);
                continue;
            }
            show(st);
            st = turn(st);
        }
        return st.result();
    }

    private void show(TalksState st) {
        int round = st.round();
        out.printf("%n== Round %d of %d, %s: %d rounds and %d days left before the deadline %s%n", round, st.rounds(),
                st.date(), st.rounds() - round, st.daysLeft(), st.deadline());
        List<TalksState.TalksMove> h = st.history();
        for (TalksState.TalksMove m : h.subList(Math.max(0, h.size() - 6), h.size())) {
            out.printf("   %s %s %s%n", m.date(), m.party(), describe(m));
        }
        if (st.offerOnTable() != null) {
            out.printf("On the table (from %s): %s%n   your value %s (no treaty: %s)%n", st.offerOnTable().by(),
                    Texts.terms(st.offerOnTable().terms()), Texts.u(st.offerOnTable().yourValue()),
                    Texts.u(st.yourReservation()));
        } else {
            out.printf("No offer on the table yet. Your value of no treaty: %s%n", Texts.u(st.yourReservation()));
        }
    }

    /** Reads commands until one is a move; returns the state after it (or the fresh state after a refused one). */
    private TalksState turn(TalksState st) {
        while (true) {
            out.print("Your move as " + st.play() + " ([a]ccept, [o]ffer k=v ..., [b]est N, [p]ick K, [e]nd, [h]elp): ");
            out.flush();
            String line;
            try {
                line = in.readLine();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (line == null) {
                out.println("(end of input: ending the talks)");
                return seat.move(TalksMoveRequest.end().inRound(st.round()));
            }
            try {
                TalksState next = command(line.strip(), st);
                if (next != null) {
                    return next;
                }
            } catch (TreatyLabException e) {
                if (e.kind() == ErrorKind.CONFLICT) {
                    // the room moved on meanwhile (another seat, another tab): show where it is now
                    out.println("  " + e.getMessage());
                    return seat.state();
                }
                if (e.kind() != ErrorKind.BAD_INPUT) {
                    throw e;
                }
                out.println("  " + e.getMessage());
            }
        }
    }

    private TalksState command(String cmd, TalksState st) {
        if (cmd.isEmpty() || cmd.equals("h") || cmd.equals("help")) {
            out.println("  a            accept the offer on the table");
            out.println("  o k=v ...    offer: the offer on the table (or your last) with these changes, e.g.");
            out.println("               o warheads=1550 deployed_launchers=700 missile_defense=preamble");
            out.println("  b N          list your N best outcomes with your value of each");
            out.println("  p K          offer item K of the last list");
            out.println("  e            end the talks without agreement");
            if (seat.scenario() != null) {
                out.println("  issues: " + seat.scenario().issues().stream().map(i -> i.id() + " " + i.values())
                        .toList());
            }
            return null;
        }
        if (cmd.equals("a")) {
            return seat.move(TalksMoveRequest.accept().inRound(st.round()));
        }
        if (cmd.equals("e")) {
            return seat.move(TalksMoveRequest.end().inRound(st.round()));
        }
        if (cmd.startsWith("b")) {
            lastList = seat.best(number(cmd.substring(1).strip(), 10));
            for (int i = 0; i < lastList.size(); i++) {
                out.printf("  %d. %s  your value %s%n", i + 1, Texts.terms(lastList.get(i).terms()),
                        Texts.u(lastList.get(i).yourValue()));
            }
            return null;
        }
        if (cmd.startsWith("p")) {
            int k = number(cmd.substring(1).strip(), -1);
            if (k < 1 || k > lastList.size()) {
                throw bad("pick a number from 1 to " + lastList.size() + " (list with 'b N')");
            }
            return offered(seat.move(TalksMoveRequest.offer(lastList.get(k - 1).options()).inRound(st.round())), st);
        }
        if (cmd.startsWith("o")) {
            Map<String, String> changes = new LinkedHashMap<>();
            for (String kv : cmd.substring(1).strip().split("\\s+")) {
                if (kv.isEmpty()) {
                    continue;
                }
                int eq = kv.indexOf('=');
                if (eq <= 0) {
                    throw bad("expected issue=value, got '" + kv + "'");
                }
                changes.put(kv.substring(0, eq), kv.substring(eq + 1));
            }
            return offered(seat.move(TalksMoveRequest.offer(changes).inRound(st.round())), st);
        }
        throw bad("unknown move '" + cmd + "' (h for help)");
    }

    /** Says what the person offered (its value), from the history after the move. */
    private TalksState offered(TalksState after, TalksState before) {
        TalksState.TalksMove mine = after.history().get(before.history().size());
        out.printf("  offering: %s (your value %s)%n", Texts.terms(mine.terms()), Texts.u(mine.yourValue()));
        return after;
    }

    private static String describe(TalksState.TalksMove m) {
        return switch (m.move()) {
            case "offer" -> "offers " + Texts.terms(m.terms());
            case "accept" -> "accepts";
            default -> "ends the talks";
        };
    }

    private static int number(String s, int dflt) {
        if (s.isEmpty()) {
            return dflt;
        }
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw bad("expected a number, got '" + s + "'");
        }
    }

    private static TreatyLabException bad(String message) {
        return new TreatyLabException(ErrorKind.BAD_INPUT, message);
    }
}
