package org.treatylab.app.negotiation;

/** A named agent (strategy) and the source it follows. */
public record AgentView(String name, String description, String source) {
}
