package org.treatylab.server;

import java.util.List;
import java.util.Optional;
import org.treatylab.domain.InputException;
import org.treatylab.domain.treaty.Treaties;
import org.treatylab.domain.treaty.Treaty;
import org.treatylab.domain.treaty.TreatyReader;
import org.treatylab.domain.treaty.TreatyDrafts;

/**
 * The treaties users draft through the API, by id, beside the shipped ones (which cannot be replaced); kept in the
 * server's database, so a draft acknowledged with 201 survives a restart.
 */
public final class DraftTreaties {
    private final TreatyDrafts texts;

    public DraftTreaties(TreatyDrafts texts) {
        this.texts = texts;
    }

    /** Validates and keeps a draft; returns it. */
    public Treaty put(String text) {
        Treaty t = parse(text);
        if (Treaties.byId(t.id()).isPresent()) {
            throw ApiError.conflict("'" + t.id() + "' is a shipped treaty; give the draft another id");
        }
        texts.put(t.id(), text);
        return t;
    }

    /** Parses treaty file text, mapping problems to a 400. */
    public static Treaty parse(String text) {
        if (text == null || text.isBlank()) {
            throw ApiError.badRequest("the treaty text is empty");
        }
        try {
            return TreatyReader.parse("draft", text);
        } catch (InputException e) {
            throw ApiError.badRequest(e.getMessage());
        }
    }

    public Optional<Treaty> get(String id) {
        return texts.get(id).map(DraftTreaties::parse);
    }

    public Optional<String> text(String id) {
        return texts.get(id);
    }

    public List<Treaty> all() {
        return texts.all().values().stream().map(DraftTreaties::parse).toList();
    }

    public boolean remove(String id) {
        return texts.remove(id);
    }

    /**
     * The treaty a request names: {@code treaty} (a shipped or draft id) or {@code treaty_text} (a treaty file),
     * exactly one of them.
     */
    public Treaty fromRequest(com.fasterxml.jackson.databind.JsonNode body) {
        String id = Requests.text(body, "treaty");
        String text = Requests.text(body, "treaty_text");
        if ((id == null) == (text == null)) {
            throw ApiError.badRequest("give exactly one of 'treaty' (an id) or 'treaty_text' (a treaty file)");
        }
        return id != null ? resolve(id) : parse(text);
    }

    /** A shipped treaty or a draft by id; 404 when neither. */
    public Treaty resolve(String id) {
        return Treaties.byId(id).or(() -> get(id))
                .orElseThrow(() -> ApiError.notFound("no treaty '" + id + "' (shipped: " + Treaties.SHIPPED_IDS
                        + ", drafts: " + texts.all().keySet() + ")"));
    }
}
