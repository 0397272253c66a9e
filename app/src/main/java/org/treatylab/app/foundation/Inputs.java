package org.treatylab.app.foundation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.treatylab.domain.InputException;
import org.treatylab.domain.Party;
import org.treatylab.domain.compliance.AggregateSeries;
import org.treatylab.domain.forces.Posture;
import org.treatylab.domain.forces.PostureReader;
import org.treatylab.domain.forces.Postures;
import org.treatylab.domain.treaty.Treaties;
import org.treatylab.domain.treaty.Treaty;
import org.treatylab.domain.treaty.TreatyDrafts;
import org.treatylab.domain.treaty.TreatyReader;
import org.treatylab.domain.treaty.TreatyWriter;
import org.treatylab.domain.io.TextFiles;

/**
 * Resolves references to treaties, postures and series, the same way for every door: shipped data, drafts kept by
 * the store, files, or text. Every problem is an {@link InputException} (or NOT_FOUND) naming what was given.
 */
public final class Inputs {
    private final TreatyDrafts drafts;

    public Inputs(TreatyDrafts drafts) {
        this.drafts = Objects.requireNonNull(drafts, "drafts");
    }

    public TreatyDrafts drafts() {
        return drafts;
    }

    public Treaty treaty(TreatyRef ref) {
        if (ref instanceof TreatyRef.Id id) {
            return Treaties.byId(id.id()).or(() -> drafts.get(id.id()).map(Inputs::parseTreaty))
                    .orElseThrow(() -> InputException.notFound("no treaty '" + id.id() + "' (shipped: "
                            + Treaties.SHIPPED_IDS + ", drafts: " + drafts.all().keySet() + ")"));
        }
        if (ref instanceof TreatyRef.Text text) {
            return parseTreaty(text.text());
        }
        return Treaties.resolve(((TreatyRef.IdOrFile) ref).value());
    }

    /** Whether the reference names a shipped treaty (not a draft, a file or text). */
    public static boolean isShipped(TreatyRef ref) {
        String id = ref instanceof TreatyRef.Id i ? i.id() : ref instanceof TreatyRef.IdOrFile f
                && !Files.exists(Path.of(f.value())) ? f.value() : null;
        return id != null && Treaties.byId(id).isPresent();
    }

    /** A treaty file's text read as the file {@code draft}. */
    public static Treaty parseTreaty(String text) {
        if (text == null || text.isBlank()) {
            throw new InputException("the treaty text is empty");
        }
        return TreatyReader.parse("draft", text);
    }

    public List<Posture> postures(PostureRef ref) {
        if (ref instanceof PostureRef.Shipped s) {
            if (!Postures.SHIPPED.contains(s.name())) {
                throw InputException.notFound((s.field() == null ? "" : "field '" + s.field() + "': ")
                        + "no shipped posture '" + s.name() + "' (shipped: " + Postures.SHIPPED + ")");
            }
            return Postures.resolve(s.name(), null);
        }
        if (ref instanceof PostureRef.Csv csv) {
            if (csv.text() == null || csv.text().isBlank()) {
                throw new InputException("the posture CSV is empty");
            }
            return PostureReader.parse("posture.csv", csv.text(), null);
        }
        return Postures.resolve(((PostureRef.NameOrFile) ref).value(), null);
    }

    public AggregateSeries series(SeriesRef ref) {
        if (ref instanceof SeriesRef.Shipped s) {
            return AggregateSeries.shipped(s.name())
                    .orElseThrow(() -> InputException.notFound("no shipped series '" + s.name() + "' (shipped: "
                            + AggregateSeries.SHIPPED + ")"));
        }
        if (ref instanceof SeriesRef.Csv csv) {
            if (csv.text() == null || csv.text().isBlank()) {
                throw new InputException("the aggregates CSV is empty");
            }
            return AggregateSeries.parse("aggregates.csv", csv.text());
        }
        String value = ((SeriesRef.NameOrFile) ref).value();
        Path p = Path.of(value);
        if (Files.isRegularFile(p)) {
            return AggregateSeries.read(p);
        }
        return AggregateSeries.shipped(value).orElseThrow(() -> new InputException(value
                + ": no such file (shipped series: " + AggregateSeries.SHIPPED + ")"));
    }

    /**
     * A treaty's file text ({@code format=file}): a shipped treaty's own file, a draft's text, a file as written, or
     * the treaty written out.
     */
    public String treatyText(TreatyRef ref) {
        if (ref instanceof TreatyRef.Text t) {
            return t.text();
        }
        if (ref instanceof TreatyRef.IdOrFile f) {
            return Treaties.sourceText(f.value()).orElseGet(() -> TextFiles.read(Path.of(f.value())));
        }
        String id = ((TreatyRef.Id) ref).id();
        return Treaties.sourceText(id).or(() -> drafts.get(id)).orElseGet(() -> TreatyWriter.write(treaty(ref)));
    }

    /**
     * A party as a user wrote it (US, USA, RU, USSR, Russia, CN, China or PRC, any case); null stays null. The message names where it
     * was given ({@code label}, e.g. {@code --play} or {@code field 'play'}), when not null.
     */
    public static Party party(String label, String text) {
        if (text == null) {
            return null;
        }
        try {
            return Party.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InputException(label == null ? e.getMessage() : label + ": " + e.getMessage());
        }
    }
}
