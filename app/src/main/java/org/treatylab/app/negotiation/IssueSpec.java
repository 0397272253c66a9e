package org.treatylab.app.negotiation;

import java.util.List;

/**
 * What a client needs to write an outcome for one issue. JSON leaves out the fields the type has not ({@code report}
 * omits nulls here): discrete with {@code values}, integer with {@code low} and {@code high}, real with {@code low},
 * {@code high} and {@code steps}.
 *
 * @param type discrete, integer or real
 */
public record IssueSpec(String name, String type, List<String> values, Number low, Number high, Integer steps) {
    public IssueSpec {
        values = values == null ? null : List.copyOf(values);
    }
}
