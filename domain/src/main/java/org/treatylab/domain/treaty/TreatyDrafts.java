package org.treatylab.domain.treaty;

import java.util.Map;
import java.util.Optional;

/**
 * The port through which draft treaty files are kept by id, beside the shipped treaties: implemented by the
 * {@code store} module (in the server's database), or {@link #NONE} where nothing is kept (the command line).
 * Validation is the caller's: a port keeps text.
 */
public interface TreatyDrafts {
    /** Saves or replaces a draft's text. */
    void put(String id, String text);

    Optional<String> get(String id);

    /** Every draft's text by id, in id order. */
    Map<String, String> all();

    /** @return whether a draft was deleted */
    boolean remove(String id);

    /** No drafts: nothing is kept, every lookup is empty. */
    TreatyDrafts NONE = new TreatyDrafts() {
        @Override
        public void put(String id, String text) {
            throw new UnsupportedOperationException("drafts are kept only by a store");
        }

        @Override
        public Optional<String> get(String id) {
            return Optional.empty();
        }

        @Override
        public Map<String, String> all() {
            return Map.of();
        }

        @Override
        public boolean remove(String id) {
            return false;
        }
    };
}
