package org.treatylab.negotiation;

/** A domain or profile file that cannot be read: the message names the file, the element and the problem. */
public final class ScenarioFormatException extends NegotiationException {
    private static final long serialVersionUID = 1L;

    public ScenarioFormatException(String message) {
        super(message);
    }

    /** "FILE, element 'E': problem" (element omitted when null). */
    public static ScenarioFormatException at(String file, String element, String problem) {
        String where = element == null ? file : file + ", element '" + element + "'";
        return new ScenarioFormatException(where + ": " + problem);
    }

    @Override
    public Kind kind() {
        return Kind.BAD_INPUT;
    }
}
