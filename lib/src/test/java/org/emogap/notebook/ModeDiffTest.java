package org.emogap.notebook;

import org.emogap.io.DataFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

class ModeDiffTest {
    @TempDir Path dir;

    private Path write(String tree, String... lines) throws Exception {
        Path f = dir.resolve(tree).resolve("goemotions/model_summary.csv");
        Files.createDirectories(f.getParent());
        Files.writeString(f, String.join("\n", lines) + "\n");
        return f;
    }

    @Test
    void listsEachDifferingQuantityWithBothValues() throws Exception {
        write("e", "model,temperature,jsd_mean,failed_share", "a,pooled,0.500000,0.020000", "b,pooled,0.400000,0.000000");
        write("p", "model,temperature,jsd_mean,failed_share,wasserstein_paper_mean", "a,pooled,0.490000,0.000000,5.000000",
                "b,pooled,0.4000001,0.000000,4.000000", "c,pooled,0.300000,0.000000,3.000000");
        Table t = ModeDiff.compare(dir.resolve("e"), dir.resolve("p"));
        // a: jsd 0.5 vs 0.49, failed 0.02 vs 0, wasserstein only in paper (3); b: jsd within the tolerance,
        // wasserstein only in paper (1); c: a row only in paper (1)
        assertEquals(5, t.rowCount(), t.print());
        assertEquals(-0.01, t.doubleColumn("difference").get(0), 1e-12);
        assertTrue(t.stringColumn("quantity").asList().contains("(row only in paper mode)"));
        String md = ModeDiff.markdown(t);
        assertTrue(md.contains("| `goemotions/model_summary.csv` | jsd_mean | 1 | a · pooled | 0.5000 | 0.4900 |"), md);
    }

    @Test
    void aCellThatIsNoNumberNamesItsFileAndLine() throws Exception {
        write("e", "model,temperature,jsd_mean", "a,pooled,0.5");
        write("p", "model,temperature,jsd_mean", "a,pooled,0.5", "b,pooled,half");
        DataFileException e = assertThrows(DataFileException.class, () -> ModeDiff.compare(dir.resolve("e"), dir.resolve("p")));
        assertTrue(e.getMessage().contains("model_summary.csv:3"), e.getMessage());
    }
}
