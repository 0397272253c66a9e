package org.treatylab.app.talks;

import java.util.List;
import java.util.Map;
import org.treatylab.app.common.Copies;

/**
 * How each option of each issue is valued by each delegation, with every other issue at the reference terms (the
 * JSON of {@code treatylab talks explain} and {@code GET /api/talks/scenarios/{id}/explain}).
 */
public record ExplainView(String scenario, TermsView referenceTerms, Map<String, ExplainDelegation> delegations,
        List<ExplainIssue> issues) {
    public ExplainView {
        delegations = Copies.ordered(delegations);
        issues = List.copyOf(issues);
    }

    /**
     * A delegation's weights, its value of no treaty and how that value is made.
     *
     * @param weights every criterion the delegation weighs
     * @param noTreatyContributions weight times score of each criterion for no treaty
     * @param noTreatyForces the projected baseline without a treaty, arranged by the delegation's own criteria
     * @param rankings the documented rankings of options, by issue (in name order)
     */
    public record ExplainDelegation(Map<String, ScenarioView.CriterionWeight> weights, double reservation,
            Map<String, Double> noTreatyScores, Map<String, Double> noTreatyContributions,
            RestructuredForces noTreatyForces, Map<String, Ranking> rankings) {
        public ExplainDelegation {
            weights = Copies.ordered(weights);
            noTreatyScores = Copies.ordered(noTreatyScores);
            noTreatyContributions = Copies.ordered(noTreatyContributions);
            rankings = Copies.ordered(rankings);
        }
    }

    /** Options from best to worst, with the rationale. */
    public record Ranking(List<String> order, String rationale) {
        public Ranking {
            order = List.copyOf(order);
        }
    }

    /** One issue: the criteria it moves and each option's value. */
    public record ExplainIssue(String id, String label, String note, List<String> criteria, List<ExplainOption> options) {
        public ExplainIssue {
            criteria = List.copyOf(criteria);
            options = List.copyOf(options);
        }
    }

    /**
     * One option, valued by each delegation. In JSON the delegations' values stand beside {@code option}, keyed by
     * party code ({@code {"option": "1550", "US": {...}, "RU": {...}}}): {@code report} writes them.
     */
    public record ExplainOption(String option, Map<String, OptionValue> byParty) {
        public ExplainOption {
            byParty = Copies.ordered(byParty);
        }
    }

    /**
     * A delegation's value of an option: the weighted sum over the issue's criteria, the scores and the engine
     * figures behind them (in name order).
     *
     * @param forces the delegation's forces restructured under the option's ceilings, or null when the issue moves
     *     no force
     */
    public record OptionValue(double value, Map<String, Double> scores, Map<String, Double> facts,
            RestructuredForces forces) {
        public OptionValue {
            scores = Copies.ordered(scores);
            facts = Copies.ordered(facts);
        }
    }
}
