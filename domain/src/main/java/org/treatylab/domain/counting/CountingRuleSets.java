package org.treatylab.domain.counting;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/** The registry of counting rule sets: the built-in ones and any found through {@link ServiceLoader}. */
public final class CountingRuleSets {
    private static final List<CountingRuleSet> ALL = load();

    private CountingRuleSets() {
    }

    private static List<CountingRuleSet> load() {
        List<CountingRuleSet> all = new ArrayList<>(builtIn());
        for (CountingRuleSet extra : ServiceLoader.load(CountingRuleSet.class)) {
            if (all.stream().noneMatch(r -> r.id().equals(extra.id()))) {
                all.add(extra);
            }
        }
        return List.copyOf(all);
    }

    /** START I, SORT and New START. */
    public static List<CountingRuleSet> builtIn() {
        return List.of(new StartOneRules(), new SortRules(), new NewStartRules());
    }

    public static List<CountingRuleSet> all() {
        return ALL;
    }

    /**
     * The rule set with this id.
     *
     * @throws IllegalArgumentException naming the id and the known ones
     */
    public static CountingRuleSet get(String id) {
        return ALL.stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown counting rule set '" + id + "' (known: "
                        + ALL.stream().map(CountingRuleSet::id).toList() + ")"));
    }
}
