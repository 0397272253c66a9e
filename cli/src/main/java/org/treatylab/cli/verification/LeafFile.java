package org.treatylab.cli.verification;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.treatylab.domain.InputException;
import org.treatylab.verification.merkle.Hex;
import org.treatylab.verification.merkle.MerkleTree;

/**
 * Reads a leaves file: one hex-encoded leaf datum per line, an empty line being a 0-byte leaf and an empty file the
 * empty tree. A final line break ends the last line; it does not add a leaf.
 */
final class LeafFile {
    private LeafFile() {
    }

    static List<byte[]> read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new InputException(file + ": cannot read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
        List<byte[]> leaves = new ArrayList<>();
        if (text.isEmpty()) {
            return leaves;
        }
        String[] lines = text.split("\n", -1);
        int n = text.endsWith("\n") ? lines.length - 1 : lines.length;
        if (n > MerkleTree.MAX_LEAVES) {
            throw new InputException(file + ": more than " + MerkleTree.MAX_LEAVES + " leaves");
        }
        for (int i = 0; i < n; i++) {
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            try {
                leaves.add(Hex.parse(line));
            } catch (IllegalArgumentException e) {
                throw InputException.at(file.toString(), i + 1, null, e.getMessage());
            }
        }
        return leaves;
    }

    static MerkleTree tree(Path file) {
        MerkleTree t = new MerkleTree();
        read(file).forEach(t::appendLeafData);
        return t;
    }
}
