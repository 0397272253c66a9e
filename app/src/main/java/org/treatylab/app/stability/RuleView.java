package org.treatylab.app.stability;

/** A reduction rule: how a force is cut to a ceiling. */
public record RuleView(String id, String description) {
}
