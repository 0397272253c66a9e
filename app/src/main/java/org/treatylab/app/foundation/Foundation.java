package org.treatylab.app.foundation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.treatylab.app.common.AppException;
import org.treatylab.domain.InputException;
import org.treatylab.domain.Party;
import org.treatylab.domain.compliance.AggregateSeries;
import org.treatylab.domain.compliance.Compliance;
import org.treatylab.domain.compliance.OfficialComparison;
import org.treatylab.domain.compliance.PartyResult;
import org.treatylab.domain.counting.CountingRuleSet;
import org.treatylab.domain.counting.CountingRuleSets;
import org.treatylab.domain.counting.RuleOption;
import org.treatylab.domain.forces.Catalogue;
import org.treatylab.domain.forces.Posture;
import org.treatylab.domain.forces.Postures;
import org.treatylab.domain.treaty.Treaties;
import org.treatylab.domain.treaty.Treaty;

/**
 * The foundation's front door: the catalogue, postures, treaties and drafts, counting and compliance.
 *
 * <p>Answers that derive from shipped data only (a shipped treaty counted on a shipped posture, a shipped series) are
 * computed once and kept: the same record instance is returned again.
 */
public final class Foundation {
    /** The default window of {@link #checkPosture}: a year either side of the posture's date. */
    public static final int DEFAULT_CHECK_MONTHS = OfficialComparison.DEFAULT_WINDOW_MONTHS;
    private final Inputs inputs;
    private final Map<String, CountResult> counted = new ConcurrentHashMap<>();
    private final Map<String, ComplianceResult> assessed = new ConcurrentHashMap<>();
    private final Map<String, ComplianceOverview> overviews = new ConcurrentHashMap<>();
    private volatile List<TreatyView> shippedTreaties;

    public Foundation(Inputs inputs) {
        this.inputs = Objects.requireNonNull(inputs, "inputs");
    }

    /** Delivery-system types of the era nearest {@code year} (every era when null), of {@code party} (or both). */
    public List<SystemView> catalogue(Integer year, Party party) {
        Catalogue c = Catalogue.shipped();
        Integer era = year == null ? null : c.nearestEra(year).orElse(null);
        return c.select(era, party).stream().map(FoundationViews::system).toList();
    }

    public List<String> shippedPostures() {
        return Postures.SHIPPED;
    }

    public List<String> shippedSeries() {
        return AggregateSeries.SHIPPED;
    }

    /** Postures read and checked, per party and date. */
    public List<PostureView> postures(PostureRef ref) {
        return inputs.postures(ref).stream().map(FoundationViews::posture).toList();
    }

    /** Postures of a file, with {@code date} for rows without {@code as_of}. */
    public List<PostureView> postureFile(String nameOrFile, LocalDate date) {
        return Postures.resolve(nameOrFile, date).stream().map(FoundationViews::posture).toList();
    }

    /** Shipped treaties (described once), then the drafts the store keeps. */
    public List<TreatyView> treaties() {
        List<TreatyView> shipped = shippedTreaties;
        if (shipped == null) {
            shipped = Treaties.shipped().stream().map(t -> FoundationViews.treaty(t, false)).toList();
            shippedTreaties = shipped;
        }
        List<TreatyView> out = new ArrayList<>(shipped);
        inputs.drafts().all().values().forEach(text -> out.add(FoundationViews.treaty(Inputs.parseTreaty(text), true)));
        return out;
    }

    public TreatyView treaty(TreatyRef ref) {
        return FoundationViews.treaty(inputs.treaty(ref), !Inputs.isShipped(ref));
    }

    /** The treaty file: a shipped treaty's own, a draft's text, or a file as written. */
    public String treatyFile(TreatyRef ref) {
        return inputs.treatyText(ref);
    }

    /** The counting rule set a treaty uses, with the option values in effect; null when it names none. */
    public RuleSetView countingRules(TreatyRef ref) {
        Treaty t = inputs.treaty(ref);
        if (t.counting() == null) {
            return null;
        }
        CountingRuleSet rules = CountingRuleSets.get(t.counting());
        Map<String, String> values = rules.withDefaults(t.options());
        List<RuleSetView.Option> options = new ArrayList<>();
        for (RuleOption o : rules.options()) {
            options.add(new RuleSetView.Option(o.name(), o.description(), values.get(o.name()),
                    t.options().containsKey(o.name())));
        }
        return new RuleSetView(rules.id(), rules.description(), options);
    }

    /** Reads and checks a treaty file (the errors name the file, line and field). */
    public TreatyView treatyFileChecked(java.nio.file.Path file) {
        return FoundationViews.treaty(org.treatylab.domain.treaty.TreatyReader.read(file), true);
    }

    /** Validates and keeps a draft; a shipped treaty's id is a CONFLICT. */
    public TreatyView saveDraft(String text) {
        Treaty t = Inputs.parseTreaty(text);
        if (Treaties.byId(t.id()).isPresent()) {
            throw AppException.conflict("'" + t.id() + "' is a shipped treaty; give the draft another id");
        }
        inputs.drafts().put(t.id(), text);
        return FoundationViews.treaty(t, true);
    }

    /** Checks a treaty file without keeping it. */
    public Validation validate(String text) {
        try {
            return new Validation(true, FoundationViews.treaty(Inputs.parseTreaty(text), true), null);
        } catch (InputException e) {
            return new Validation(false, null, e.getMessage());
        }
    }

    public void deleteDraft(String id) {
        if (Treaties.byId(id).isPresent()) {
            throw AppException.conflict("'" + id + "' is a shipped treaty and cannot be deleted");
        }
        if (!inputs.drafts().remove(id)) {
            throw AppException.notFound("no draft '" + id + "'");
        }
    }

    /**
     * A posture counted under a treaty: per party, the posture in effect on {@code date} (see
     * {@link Postures#inEffect}), each limit counted and judged on that date or, without one, on the posture's own.
     */
    public CountResult count(TreatyRef treaty, PostureRef posture, LocalDate date) {
        String key = treaty instanceof TreatyRef.Id id && Inputs.isShipped(treaty) && posture instanceof PostureRef.Shipped s
                ? id.id() + "/" + s.name() + "/" + date : null;
        CountResult kept = key == null ? null : counted.get(key);
        if (kept != null) {
            return kept;
        }
        Treaty t = inputs.treaty(treaty);
        List<Posture> all = inputs.postures(posture);
        List<PartyLimits> parties = new ArrayList<>();
        LocalDate judged = date;
        for (Posture p : Postures.inEffectOn(all, date, posture.source())) {
            PartyResult r = Compliance.assess(t, p, date);
            parties.add(FoundationViews.partyLimits(r));
            judged = r.date();
        }
        CountResult result = new CountResult(t.id(), judged, parties);
        if (key != null) {
            counted.putIfAbsent(key, result);
            return counted.get(key);
        }
        return result;
    }

    /** Verdicts over a published aggregate series. */
    public ComplianceResult compliance(TreatyRef treaty, SeriesRef series) {
        String key = treaty instanceof TreatyRef.Id id && Inputs.isShipped(treaty) && series instanceof SeriesRef.Shipped s
                ? id.id() + "/" + s.name() : null;
        ComplianceResult kept = key == null ? null : assessed.get(key);
        if (kept != null) {
            return kept;
        }
        Treaty t = inputs.treaty(treaty);
        ComplianceResult result = FoundationViews.compliance(t, Compliance.assess(t, inputs.series(series)));
        if (key != null) {
            assessed.putIfAbsent(key, result);
            return assessed.get(key);
        }
        return result;
    }

    /**
     * A treaty (shipped or draft) over time for all its parties: the shipped official series that count its limits
     * and the shipped postures dated from two years before signature to its end, each judged on its own date.
     */
    public ComplianceOverview complianceOverview(TreatyRef treaty) {
        String key = treaty instanceof TreatyRef.Id id && Inputs.isShipped(treaty) ? id.id() : null;
        if (key != null) {
            return overviews.computeIfAbsent(key, k -> Overviews.of(inputs.treaty(treaty), inputs));
        }
        return Overviews.of(inputs.treaty(treaty), inputs);
    }

    /** Verdicts over dated postures: each posture judged on its own {@code as_of}. */
    public ComplianceResult compliance(TreatyRef treaty, PostureRef datedPostures) {
        Treaty t = inputs.treaty(treaty);
        List<PartyResult> results = new ArrayList<>();
        for (Posture p : inputs.postures(datedPostures)) {
            if (p.asOf() == null) {
                throw new InputException(datedPostures.source() + ": rows for " + p.party()
                        + " have no as_of date (a series needs dates)");
            }
            results.add(Compliance.assess(t, p, p.asOf()));
        }
        return FoundationViews.compliance(t, results);
    }

    /**
     * A posture counted under a treaty beside the nearest official data exchange of that treaty (New START's
     * exchanges, SORT's declarations), within {@code months} of the posture's date.
     *
     * @param date the date for rows without {@code as_of}, or null
     */
    public PostureCheck checkPosture(PostureRef posture, TreatyRef treaty, LocalDate date, int months) {
        if (months < 0) {
            throw new InputException("months must be 0 or more, got " + months);
        }
        Treaty t = inputs.treaty(treaty);
        String seriesName = OfficialComparison.shippedSeries(t.id()).orElseThrow(() -> new InputException(
                "no official data exchange is shipped for treaty '" + t.id() + "' (posture check knows new-start "
                        + "and sort)"));
        AggregateSeries series = AggregateSeries.shipped(seriesName).orElseThrow();
        List<Posture> postures = posture instanceof PostureRef.NameOrFile f ? Postures.resolve(f.value(), date)
                : inputs.postures(posture);
        OfficialComparison c = OfficialComparison.of(t, postures, series, months);
        List<PostureCheck.PartyCheck> parties = new ArrayList<>();
        for (OfficialComparison.PartyComparison p : c.parties()) {
            parties.add(new PostureCheck.PartyCheck(p.party().code(), p.postureDate(), p.exchange() == null ? null
                    : new PostureCheck.OfficialExchange(p.exchange().asOf(), p.exchange().status(),
                            p.exchange().source()),
                    p.lines().stream().map(l -> new PostureCheck.CheckLine(l.limit(), l.counted(), l.declared(),
                            l.difference(), l.percent())).toList()));
        }
        return new PostureCheck(c.treaty(), c.series(), c.windowMonths(), parties);
    }
}
