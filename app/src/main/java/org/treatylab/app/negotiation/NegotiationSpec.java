package org.treatylab.app.negotiation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.treatylab.app.common.FormText;

/**
 * What a negotiation session was started from, as kept in the store (enough to play it again to the same point), and
 * the scenario references that tournament jobs keep too.
 */
final class NegotiationSpec {
    private NegotiationSpec() {
    }

    static String encode(NegotiationStart r) {
        Map<String, String> f = new LinkedHashMap<>();
        putRef(f, "", r.scenario());
        FormText.putList(f, "agent", r.agents());
        f.put("rounds", Integer.toString(r.rounds()));
        f.put("seed", Long.toString(r.seed()));
        f.put("classroom", Boolean.toString(r.classroom()));
        NegotiationLimits l = r.limits();
        f.put("limits", l.analyzeOutcomes() + "," + l.frontierPoints() + "," + l.playOutcomes() + ","
                + l.uploadsBounded());
        return FormText.encode(f);
    }

    /** Puts a scenario reference under {@code prefix}: a shipped name, uploaded files' texts, or files' paths. */
    static void putRef(Map<String, String> f, String prefix, NegotiationScenarioRef ref) {
        if (ref instanceof NegotiationScenarioRef.Shipped s) {
            f.put(prefix + "ref", "shipped");
            f.put(prefix + "name", s.name());
            f.put(prefix + "field", s.field());
        } else if (ref instanceof NegotiationScenarioRef.Upload u) {
            f.put(prefix + "ref", "upload");
            f.put(prefix + "field", u.field());
            f.put(prefix + "domain.name", u.domain().name());
            f.put(prefix + "domain.text", u.domain().text());
            FormText.putList(f, prefix + "profile.name", u.profiles().stream().map(UploadedFile::name).toList());
            FormText.putList(f, prefix + "profile.text", u.profiles().stream().map(UploadedFile::text).toList());
        } else if (ref instanceof NegotiationScenarioRef.Files fs) {
            f.put(prefix + "ref", "files");
            f.put(prefix + "domain", fs.domain().toAbsolutePath().toString());
            FormText.putList(f, prefix + "profile", fs.profiles().stream().map(p -> p.toAbsolutePath().toString())
                    .toList());
        } else {
            String v = ((NegotiationScenarioRef.FolderOrName) ref).value();
            f.put(prefix + "ref", "folder");
            f.put(prefix + "value", java.nio.file.Files.isDirectory(Path.of(v)) ? Path.of(v).toAbsolutePath()
                    .toString() : v);
        }
    }

    /** The scenario reference put under {@code prefix}. */
    static NegotiationScenarioRef ref(Map<String, String> f, String prefix) {
        return switch (FormText.require(f, prefix + "ref")) {
            case "shipped" -> new NegotiationScenarioRef.Shipped(FormText.require(f, prefix + "name"),
                    f.get(prefix + "field"));
            case "upload" -> {
                List<String> names = FormText.list(f, prefix + "profile.name");
                List<String> texts = FormText.list(f, prefix + "profile.text");
                List<UploadedFile> profiles = new ArrayList<>();
                for (int i = 0; i < names.size(); i++) {
                    profiles.add(new UploadedFile(names.get(i), texts.get(i)));
                }
                yield new NegotiationScenarioRef.Upload(new UploadedFile(FormText.require(f, prefix + "domain.name"),
                        FormText.require(f, prefix + "domain.text")), profiles, f.get(prefix + "field"));
            }
            case "files" -> new NegotiationScenarioRef.Files(Path.of(FormText.require(f, prefix + "domain")),
                    FormText.list(f, prefix + "profile").stream().map(Path::of).toList());
            case "folder" -> new NegotiationScenarioRef.FolderOrName(FormText.require(f, prefix + "value"));
            default -> throw new IllegalStateException("stored scenario: unknown kind " + f.get(prefix + "ref"));
        };
    }

    static NegotiationStart decode(String text) {
        Map<String, String> f = FormText.decode(text);
        String[] l = FormText.require(f, "limits").split(",");
        NegotiationLimits limits = new NegotiationLimits(Long.parseLong(l[0]), Integer.parseInt(l[1]),
                Long.parseLong(l[2]), Boolean.parseBoolean(l[3]));
        return new NegotiationStart(ref(f, ""), FormText.list(f, "agent"),
                Integer.parseInt(FormText.require(f, "rounds")), Long.parseLong(FormText.require(f, "seed")), null,
                Boolean.parseBoolean(FormText.require(f, "classroom")), limits);
    }
}
