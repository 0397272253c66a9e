package org.treatylab.app.talks;

import java.util.Map;
import org.treatylab.app.common.Copies;

/**
 * Terms the person might offer, with the person's value of them.
 *
 * @param options the terms as issue id to option (what an offer names)
 */
public record RankedTerms(TermsView terms, Map<String, String> options, double yourValue) {
    public RankedTerms {
        options = Copies.ordered(options);
    }
}
