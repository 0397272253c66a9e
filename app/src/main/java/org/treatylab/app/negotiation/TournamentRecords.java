package org.treatylab.app.negotiation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.treatylab.app.common.FormText;
import org.treatylab.negotiation.protocol.EndReason;
import org.treatylab.negotiation.tournament.SessionRecord;

/**
 * A tournament's finished sessions and its request as kept in the store. Numbers are written as Java prints them
 * (the shortest text that reads back to the same double), so a record read back is equal to the one written.
 */
final class TournamentRecords {
    private TournamentRecords() {
    }

    static String encode(SessionRecord r) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("index", Integer.toString(r.index()));
        f.put("scenario", r.scenario());
        f.put("repetition", Integer.toString(r.repetition()));
        FormText.putList(f, "agent", r.agents());
        FormText.putList(f, "profile", r.profiles());
        f.put("seed", Long.toString(r.seed()));
        f.put("reason", r.reason().name());
        f.put("rounds", Integer.toString(r.rounds()));
        FormText.putList(f, "score", r.scores().stream().map(d -> Double.toString(d)).toList());
        f.put("welfare", Double.toString(r.welfare()));
        f.put("pareto", Double.toString(r.paretoDistance()));
        if (r.nashDistance().isPresent()) {
            f.put("nash", Double.toString(r.nashDistance().getAsDouble()));
        }
        f.put("agreement", r.agreement());
        return FormText.encode(f);
    }

    static SessionRecord decode(String text) {
        Map<String, String> f = FormText.decode(text);
        List<Double> scores = new ArrayList<>();
        FormText.list(f, "score").forEach(s -> scores.add(Double.parseDouble(s)));
        String nash = f.get("nash");
        return new SessionRecord(Integer.parseInt(FormText.require(f, "index")), FormText.require(f, "scenario"),
                Integer.parseInt(FormText.require(f, "repetition")), FormText.list(f, "agent"),
                FormText.list(f, "profile"), Long.parseLong(FormText.require(f, "seed")),
                EndReason.valueOf(FormText.require(f, "reason")), Integer.parseInt(FormText.require(f, "rounds")),
                scores, Double.parseDouble(FormText.require(f, "welfare")),
                Double.parseDouble(FormText.require(f, "pareto")),
                nash == null ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(nash)),
                FormText.require(f, "agreement"));
    }

    /** The job's spec: the request to run it again, and the request as shown (scenario names), with the total. */
    static String spec(TournamentRequest r, JobStatus.JobRequest shown, int total) {
        Map<String, String> f = new LinkedHashMap<>();
        for (int i = 0; i < r.scenarios().size(); i++) {
            NegotiationSpec.putRef(f, "s." + i + ".", r.scenarios().get(i));
        }
        f.put("scenarios", Integer.toString(r.scenarios().size()));
        FormText.putList(f, "agent", r.agents());
        f.put("repetitions", Integer.toString(r.repetitions()));
        f.put("rounds", Integer.toString(r.rounds()));
        f.put("seed", Long.toString(r.seed()));
        f.put("threads", Integer.toString(r.threads()));
        f.put("sample", Integer.toString(r.sample()));
        FormText.putList(f, "shown", shown.scenarios());
        f.put("total", Integer.toString(total));
        return FormText.encode(f);
    }

    static TournamentRequest request(Map<String, String> f) {
        List<NegotiationScenarioRef> refs = new ArrayList<>();
        int n = Integer.parseInt(FormText.require(f, "scenarios"));
        for (int i = 0; i < n; i++) {
            refs.add(NegotiationSpec.ref(f, "s." + i + "."));
        }
        return new TournamentRequest(refs, FormText.list(f, "agent"), Integer.parseInt(FormText.require(f,
                "repetitions")), Integer.parseInt(FormText.require(f, "rounds")), Long.parseLong(FormText.require(f,
                "seed")), Integer.parseInt(FormText.require(f, "threads")), Integer.parseInt(FormText.require(f,
                "sample")));
    }

    static JobStatus.JobRequest shown(Map<String, String> f) {
        TournamentRequest r = request(f);
        return new JobStatus.JobRequest(FormText.list(f, "shown"), r.agents(), r.repetitions(), r.rounds(), r.seed(),
                r.sample());
    }
}
