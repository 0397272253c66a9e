package org.treatylab.cli.talks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.treatylab.domain.Party;
import org.treatylab.negotiation.model.Outcome;
import org.treatylab.negotiation.protocol.Accept;
import org.treatylab.negotiation.protocol.AgentSetup;
import org.treatylab.negotiation.protocol.EndNegotiation;
import org.treatylab.negotiation.protocol.Move;
import org.treatylab.negotiation.protocol.MoveSource;
import org.treatylab.negotiation.protocol.Offer;
import org.treatylab.negotiation.protocol.Turn;
import org.treatylab.negotiation.protocol.TurnView;
import org.treatylab.talks.play.Talks;
import org.treatylab.talks.scenario.Scenario;
import org.treatylab.talks.scenario.TalksIssue;
import org.treatylab.talks.terms.Terms;

/**
 * A person plays one delegation at the console: at each turn they see their own value of the offer on the table,
 * the history and the time left (dated), and answer with an offer, an acceptance or an end.
 */
final class ConsolePlayer implements MoveSource {
    private final Talks talks;
    private final Party party;
    private final BufferedReader in;
    private final PrintWriter out;
    private List<Outcome> lastList = List.of();

    ConsolePlayer(Talks talks, Party party, BufferedReader in, PrintWriter out) {
        this.talks = talks;
        this.party = party;
        this.in = in;
        this.out = out;
    }

    @Override
    public Move next(AgentSetup self, TurnView view) {
        Scenario s = talks.scenario();
        int round = view.round();
        long daysLeft = ChronoUnit.DAYS.between(s.dateOf(round - 1), s.deadline());
        out.printf("%n== Round %d of %d, %s: %d rounds and %d days left before the deadline %s%n", round, s.rounds(),
                s.dateOf(round - 1), s.rounds() - round, daysLeft, s.deadline());
        List<Turn> h = view.history();
        for (Turn t : h.subList(Math.max(0, h.size() - 6), h.size())) {
            out.printf("   %s %s %s%n", s.dateOf(t.round() - 1), t.party(), describe(t.move()));
        }
        double reservation = self.profile().reservation();
        view.offerOnTable().ifPresentOrElse(o -> out.printf("On the table (from %s): %s%n   your value %s (no treaty: %s)%n",
                view.offeredBy().orElseThrow(), Texts.terms(talks.derivation().terms(o)),
                Texts.u(self.profile().utility(o)), Texts.u(reservation)),
                () -> out.printf("No offer on the table yet. Your value of no treaty: %s%n", Texts.u(reservation)));
        while (true) {
            out.print("Your move as " + party + " ([a]ccept, [o]ffer k=v ..., [b]est N, [p]ick K, [e]nd, [h]elp): ");
            out.flush();
            String line;
            try {
                line = in.readLine();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (line == null) {
                out.println("(end of input: ending the talks)");
                return new EndNegotiation();
            }
            String cmd = line.strip();
            try {
                Move m = parse(cmd, self, view);
                if (m != null) {
                    return m;
                }
            } catch (IllegalArgumentException e) {
                out.println("  " + e.getMessage());
            }
        }
    }

    private Move parse(String cmd, AgentSetup self, TurnView view) {
        if (cmd.isEmpty() || cmd.equals("h") || cmd.equals("help")) {
            out.println("  a            accept the offer on the table");
            out.println("  o k=v ...    offer: the offer on the table (or your last) with these changes, e.g.");
            out.println("               o warheads=1550 deployed_launchers=700 missile_defense=preamble");
            out.println("  b N          list your N best outcomes with your value of each");
            out.println("  p K          offer item K of the last list");
            out.println("  e            end the talks without agreement");
            out.println("  issues: " + talks.scenario().issues().stream().map(i -> i.id() + " " + i.values()).toList());
            return null;
        }
        if (cmd.equals("a")) {
            return new Accept(view.offerOnTable().orElseThrow(() -> new IllegalArgumentException("nothing to accept yet")));
        }
        if (cmd.equals("e")) {
            return new EndNegotiation();
        }
        if (cmd.startsWith("b")) {
            int n = number(cmd.substring(1).strip(), 10);
            List<Outcome> all = new ArrayList<>();
            for (long r = 0; r < talks.derivation().domain().outcomeCount(); r++) {
                all.add(talks.derivation().domain().outcomeAt(r));
            }
            all.sort(Comparator.comparingDouble((Outcome o) -> -self.profile().utility(o)));
            lastList = all.subList(0, Math.min(n, all.size()));
            for (int i = 0; i < lastList.size(); i++) {
                out.printf("  %d. %s  your value %s%n", i + 1, Texts.terms(talks.derivation().terms(lastList.get(i))),
                        Texts.u(self.profile().utility(lastList.get(i))));
            }
            return null;
        }
        if (cmd.startsWith("p")) {
            int k = number(cmd.substring(1).strip(), -1);
            if (k < 1 || k > lastList.size()) {
                throw new IllegalArgumentException("pick a number from 1 to " + lastList.size() + " (list with 'b N')");
            }
            return new Offer(lastList.get(k - 1));
        }
        if (cmd.startsWith("o")) {
            Scenario s = talks.scenario();
            Map<String, String> opts = new LinkedHashMap<>();
            if (view.offerOnTable().isPresent()) {
                opts.putAll(talks.derivation().terms(view.offerOnTable().get()).options(s));
            } else {
                s.issues().forEach(i -> opts.put(i.id(), i.values().get(0)));
            }
            for (String kv : cmd.substring(1).strip().split("\\s+")) {
                if (kv.isEmpty()) {
                    continue;
                }
                int eq = kv.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("expected issue=value, got '" + kv + "'");
                }
                String issue = kv.substring(0, eq);
                String value = kv.substring(eq + 1);
                TalksIssue ti = s.issue(issue).orElseThrow(() -> new IllegalArgumentException("unknown issue '" + issue
                        + "' (issues: " + s.issues().stream().map(TalksIssue::id).toList() + ")"));
                if (!ti.values().contains(value)) {
                    throw new IllegalArgumentException("issue '" + issue + "' takes " + ti.values() + ", not '" + value + "'");
                }
                opts.put(issue, value);
            }
            Outcome o = talks.derivation().outcome(Terms.of(opts));
            out.printf("  offering: %s (your value %s)%n", Texts.terms(talks.derivation().terms(o)),
                    Texts.u(self.profile().utility(o)));
            return new Offer(o);
        }
        throw new IllegalArgumentException("unknown move '" + cmd + "' (h for help)");
    }

    private String describe(Move m) {
        if (m instanceof Offer o) {
            return "offers " + Texts.terms(talks.derivation().terms(o.outcome()));
        }
        if (m instanceof Accept) {
            return "accepts";
        }
        return "ends the talks";
    }

    private static int number(String s, int dflt) {
        if (s.isEmpty()) {
            return dflt;
        }
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected a number, got '" + s + "'");
        }
    }
}
