package org.treatylab.verification.declaration;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.treatylab.domain.Category;
import org.treatylab.domain.InputException;
import org.treatylab.domain.Party;
import org.treatylab.domain.io.CsvTable;

/**
 * Reads items CSV files: {@code uid,system,category,status,facility,warheads} ({@code #} comments, columns in any
 * order, {@code warheads} optional and 0 by default). Every uid appears once.
 */
public final class ItemsCsv {
    static final Set<String> COLUMNS = Set.of("uid", "system", "category", "status", "facility", "warheads");

    private ItemsCsv() {
    }

    public static List<Item> read(Path file, Party party) {
        return parse(CsvTable.read(file), party);
    }

    public static List<Item> parse(String fileName, String text, Party party) {
        return parse(CsvTable.parse(fileName, text), party);
    }

    private static List<Item> parse(CsvTable table, Party party) {
        table.requireColumns("uid", "system", "category", "status", "facility");
        table.rejectUnknownColumns(COLUMNS, c -> false);
        List<Item> items = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            String uid = row.required("uid");
            Integer first = seen.putIfAbsent(uid, row.line());
            if (first != null) {
                throw InputException.atColumn(table.file(), row.line(), "uid", "uid '" + uid
                        + "' is already declared on line " + first);
            }
            items.add(item(table.file(), row, party));
        }
        return items;
    }

    private static Item item(String file, CsvTable.Row row, Party party) {
        String column = "category";
        try {
            Category category = Category.parse(row.required("category"));
            column = "status";
            ItemStatus status = ItemStatus.parse(row.required("status"));
            column = "warheads";
            long warheads = row.count("warheads", 0);
            column = null;
            return new Item(party, row.required("uid"), row.required("system"), category, status,
                    row.required("facility"), warheads);
        } catch (IllegalArgumentException e) {
            throw InputException.atColumn(file, row.line(), column, e.getMessage());
        }
    }
}
